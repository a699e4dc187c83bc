import { DEFAULT_PLATFORM, LINKS, type Region } from '../../core/catalogue.js';
import { complaintAdvice, standingOf, type Whereabouts } from '../../core/follow-up.js';
import { formatDate } from '../../core/dates.js';
import { fill } from '../../core/messages.js';
import { guideProgress, type ProgressState } from '../../core/progress.js';
import type { Context } from '../../context.js';
import { confirm } from '../../terminal/prompts.js';
import { composeFollowUp, showText } from './compose.js';
import { FORM } from './form.js';

/** Where the objection stands now, on the path it was recorded on. */
export function objectionStanding(state: ProgressState, now: Date): Whereabouts {
  return standingOf(FORM, guideProgress(state, FORM, state.guides[FORM.id]?.platform ?? DEFAULT_PLATFORM), now);
}

/** LinkedIn said it extended its deadline: the follow-up names the extended one as passed. */
export function wasExtended(state: ProgressState): boolean {
  return state.guides[FORM.id]?.verification?.result === 'extended';
}

/** What to do with the follow-up once it is written: where to paste it, where to complain, how to record the answer. */
export function followUpNotes(context: Context, region: Region | undefined): string[] {
  const { messages } = context;
  return [
    fill(messages.objection.paste, { link: LINKS.objectionForm }),
    // Before a complaint, LinkedIn's Data Protection Officer, who has a form of their own (FACTS §2).
    fill(messages.followUp.dpo, { link: LINKS.dpoForm }),
    `${messages.followUp.stillNoAnswer} ${complaintAdvice(messages, region)}`,
    fill(messages.followUp.record, { command: context.command }),
  ];
}

/**
 * For the guide, started again: when a follow-up is due, says so and offers its text (asked like
 * `objection --follow-up`: name and e-mail optional, never saved), with the notes after it.
 */
export async function offerFollowUp(context: Context, state: ProgressState, region: Region | undefined): Promise<void> {
  const where = objectionStanding(state, context.deps.now());
  // Due only counted from a saved day of sending.
  if (where.standing !== 'follow-up-due' || where.sentAt === null) return;
  const { messages } = context;
  const date = formatDate(where.sentAt, messages.meta.dateFormat, context.language);
  context.print();
  const show = await confirm(context, fill(messages.followUp.offer, { date }), { yes: messages.objection.offerFollowUp, no: messages.followUp.notNow }, true);
  if (!show) return;
  const say = (line: string) => context.say(line);
  const text = await composeFollowUp(context, { sentAt: where.sentAt, extended: wasExtended(state) }, {}, true, say);
  context.print();
  showText(context, text);
  context.print();
  for (const line of followUpNotes(context, region)) say(line);
}
