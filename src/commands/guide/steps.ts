import { LINKS, type GuideDefinition, type Platform, type Region } from '../../core/catalogue.js';
import { guideText, guideValues } from '../../core/checklist.js';
import { formatDate, isOutdated } from '../../core/dates.js';
import { fill, optionalText } from '../../core/messages.js';
import { markStepDone, recordVerification, type VerificationResult } from '../../core/progress.js';
import { bullet, marked } from '../../core/render.js';
import { renderText } from '../../core/text.js';
import { openInBrowser } from '../../terminal/browser.js';
import { qrCode, select } from '../../terminal/prompts.js';
import { composeObjection } from '../objection/compose.js';
import type { Session } from './session.js';

type StepAction = 'done' | 'cant-find' | 'text' | 'open' | 'qr' | 'back' | 'stop';

export type GuideOutcome = 'finished' | 'stopped';

/** Fills a text of this guide: its UI labels highlighted, links and dates put in. */
function renderer(session: Session, guide: GuideDefinition) {
  const { context } = session;
  const text = guideText(context.messages, guide.id);
  const values = guideValues(guide, { messages: context.messages, language: context.language, command: context.command });
  return (template: string, extra: Record<string, string> = {}) =>
    renderText(template, context.messages.meta, context.style, text.labels, { ...values, ...extra });
}

/** Title, what the control does and does not do, and on the website the direct link. */
export function printGuideIntro(session: Session, guide: GuideDefinition, platform: Platform, region: Region): void {
  const { context } = session;
  const text = guideText(context.messages, guide.id);
  const render = renderer(session, guide);
  context.print();
  context.say(context.style.heading(text.title));
  context.say(render(text.summary));
  context.say(render(text.scope));
  const regionNote = optionalText(text.regionNotes, region);
  if (regionNote !== undefined) context.say(render(regionNote));
  const sourceNote = optionalText(text, 'sourceNote');
  if (sourceNote !== undefined) context.say(context.style.dim(render(sourceNote)));
  if (isOutdated(guide.lastChecked, context.deps.now())) context.say(context.style.warn(render(context.messages.checklist.outdated)));
  const shortcut = optionalText(text, 'shortcut');
  if (platform === 'web' && shortcut !== undefined) context.say(render(shortcut));
}

function printFallback(session: Session, guide: GuideDefinition, platform: Platform): void {
  const { context } = session;
  const render = renderer(session, guide);
  context.say(context.style.warn(context.messages.step.fallbackHeading));
  for (const line of guideText(context.messages, guide.id).fallback[platform]) context.say(render(line), bullet(context.style), '    ');
}

/**
 * Shows the steps from `start` on, one at a time, saving after each. Returns 'stopped' when the
 * user stops for now, 'finished' after the verification question.
 */
export async function runSteps(session: Session, guide: GuideDefinition, platform: Platform, start: number): Promise<GuideOutcome> {
  const steps = guide.steps[platform];
  const render = renderer(session, guide);
  let index = Math.min(Math.max(start, 0), steps.length);
  while (index < steps.length) {
    const { context } = session;
    const { step } = context.messages;
    const stepId = steps[index] as string;
    const stepTexts: Record<string, string> = guideText(context.messages, guide.id).steps[platform];
    context.print();
    context.print(context.style.dim(fill(step.progress, { current: index + 1, total: steps.length })));
    const { short } = step;
    const choices = [
      { value: 'done' as const, name: step.done, short: step.doneShort },
      { value: 'cant-find' as const, name: step.cantFind, short: short.cantFind },
      ...(stepId === guide.textStep ? [{ value: 'text' as const, name: context.messages.objection.offer, short: short.text }] : []),
      // The link at hand: in the first step (the shortcut) and wherever the step names it.
      ...(index === 0 || (stepTexts[stepId] ?? '').includes('{link}')
        ? [
            platform === 'web'
              ? { value: 'open' as const, name: context.messages.links.open, short: short.open }
              : { value: 'qr' as const, name: context.messages.links.qr, short: short.qr },
          ]
        : []),
      ...(index > 0 ? [{ value: 'back' as const, name: step.back, short: short.back }] : []),
      { value: 'stop' as const, name: step.stop, short: short.stop },
    ];
    const action: StepAction = await select(context, render(stepTexts[stepId] ?? stepId), choices, 'done');
    if (action === 'done') {
      await session.save(markStepDone(session.state, guide, platform, stepId, context.deps.now()));
      index += 1;
    } else if (action === 'cant-find') {
      printFallback(session, guide, platform);
    } else if (action === 'open') {
      const link = LINKS[guide.directLink];
      const opened = await openInBrowser(link, context.deps.platform, context.deps.env);
      context.say(opened ? context.style.dim(fill(context.messages.links.opened, { link })) : context.style.warn(fill(context.messages.links.openFailed, { link })));
    } else if (action === 'qr') {
      const link = LINKS[guide.directLink];
      context.print();
      context.print(await qrCode(link));
      context.say(fill(context.messages.links.qrHint, { link }));
    } else if (action === 'text') {
      context.print();
      const text = await composeObjection(context, true, (line) => context.say(line));
      context.print();
      context.print(text);
      context.print();
      context.say(context.style.dim(fill(context.messages.objection.copyHint, { command: context.command })));
    } else if (action === 'back') {
      index -= 1;
    } else {
      return 'stopped';
    }
  }
  await verify(session, guide, platform);
  return 'finished';
}

/** Asks whether it worked and records exactly what the user answered: never a success they did not confirm. */
export async function verify(session: Session, guide: GuideDefinition, platform: Platform): Promise<VerificationResult> {
  const { context } = session;
  const text = guideText(context.messages, guide.id);
  const render = renderer(session, guide);
  context.print();
  const result = await select<VerificationResult>(context, render(text.verify.question), [
    { value: 'yes', name: render(text.verify.yes), short: context.messages.answers.yes },
    { value: 'no', name: render(text.verify.no), short: context.messages.answers.no },
    { value: 'unsure', name: render(text.verify.unsure), short: context.messages.answers.unsure },
  ]);
  const now = context.deps.now();
  await session.save(recordVerification(session.state, guide, platform, result, now));
  if (result === 'yes') {
    const date = formatDate(now, context.messages.meta.dateTimeFormat, context.language);
    context.say(context.style.ok(marked(context.style, '✓', fill(text.verify.confirmed, { date }))));
  } else {
    context.say(context.style.warn(marked(context.style, '✗', text.verify.notConfirmed)));
    for (const line of text.verify.next) context.say(render(line, { form: LINKS.objectionForm }), bullet(context.style), '    ');
  }
  return result;
}
