import type { GuideDefinition, Platform, VerificationResult } from '../../core/catalogue.js';
import { guideText } from '../../core/checklist.js';
import { formatDate } from '../../core/dates.js';
import { fill } from '../../core/messages.js';
import { isStepDone, markStepDone, markStepsSkipped, recordVerification, type ProgressState } from '../../core/progress.js';
import { marked } from '../../core/marks.js';
import { renderer } from './show.js';
import type { Session } from './session.js';
import type { Effect } from './walk.js';

/** The progress after an answer's effects: steps done or jumped over, the check answered. Pure. */
export function recorded(state: ProgressState, guide: GuideDefinition, platform: Platform, effects: readonly Effect[], now: Date): ProgressState {
  const steps = guide.steps[platform];
  let next = state;
  for (const effect of effects) {
    switch (effect.kind) {
      case 'skip':
        if (effect.to > effect.from) next = markStepsSkipped(next, guide, platform, steps.slice(effect.from, effect.to), now);
        break;
      case 'done':
        next = markStepDone(next, guide, platform, steps[effect.step] as string, now);
        break;
      case 'verify':
        next = recordVerification(next, guide, platform, effect.result, now);
        break;
      // Opening a link, a QR code, a text, help: nothing to record.
    }
  }
  return next;
}

/** Saves an answer (once, whatever it recorded) and, for a check, says what was saved and when it happened. */
export async function saveAnswer(session: Session, guide: GuideDefinition, platform: Platform, effects: readonly Effect[]): Promise<void> {
  const next = recorded(session.state, guide, platform, effects, session.context.deps.now());
  if (next === session.state) return;
  // When saving fails, the guide has said so instead; nothing claims it was saved.
  if (!(await session.save(next, guide.id))) return;
  if (effects.some((effect) => effect.kind === 'verify')) sayRecorded(session, guide);
}

/** Saves the answer to a re-check and says what was saved. */
export async function saveCheck(session: Session, guide: GuideDefinition, platform: Platform, result: VerificationResult): Promise<void> {
  await saveAnswer(session, guide, platform, [{ kind: 'verify', result }]);
}

/**
 * "Saved: …" for the check as it stands on disk: what it says, the day it happened (the switch seen
 * "Off", the form sent, LinkedIn's answer noted) and, after a re-check that found the same, the day of the check.
 */
function sayRecorded(session: Session, guide: GuideDefinition): void {
  const { context } = session;
  const record = session.state.guides[guide.id];
  if (record?.verification === undefined) return;
  const { verification } = record;
  const { messages, style, language } = context;
  const render = renderer(session, guide);
  const when = (iso: string) => formatDate(iso, messages.meta.dateFormat, language);
  const title = `${messages.meta.quoteOpen}${guideText(messages, guide.id).title}${messages.meta.quoteClose}`;
  const sent = guide.sentStep === undefined ? undefined : record.steps[guide.sentStep];
  const values = {
    title,
    date: when(verification.at),
    checked: when(verification.checkedAt ?? verification.at),
    command: context.command,
  };
  const { saved } = messages;
  const checked = verification.checkedAt !== undefined;
  switch (verification.result) {
    case 'yes': {
      const template = guide.sentStep === undefined ? (checked ? saved.checked : saved.switchOff) : checked ? saved.confirmedChecked : saved.confirmed;
      context.say(style.ok(marked(style, 'completed', render(template, values))));
      return;
    }
    case 'waiting':
    case 'extended': {
      // The day it was sent, never the day of a later "not yet".
      const date = isStepDone(sent) ? when(sent.doneAt) : values.date;
      context.say(marked(style, 'waiting', render(checked ? saved.stillWaiting : saved.sent, { ...values, date })));
      return;
    }
    default:
      context.say(style.warn(render(fill(messages.notConfirmed, { title, date: values.date, command: context.command }))));
  }
}
