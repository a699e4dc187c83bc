import { LANGUAGE_FACTS, LINKS, type GuideDefinition, type Platform, type Region, type VerificationResult } from '../../core/catalogue.js';
import { guideText, guideValues } from '../../core/checklist.js';
import { formatDate, isOutdated } from '../../core/dates.js';
import { fill, optionalText } from '../../core/messages.js';
import { markStepDone, markStepsSkipped, recordVerification } from '../../core/progress.js';
import { bullet, marked } from '../../core/render.js';
import { renderText } from '../../core/text.js';
import { openInBrowser } from '../../terminal/browser.js';
import { qrCode, select, type Choice } from '../../terminal/prompts.js';
import { composeObjection, showText } from '../objection/compose.js';
import { completes, stepChoices, type StepAction, type StepSituation } from './choices.js';
import type { Session } from './session.js';

export type GuideOutcome = 'finished' | 'stopped';

/** Fills a text of this guide: its UI labels highlighted, links and dates put in. */
function renderer(session: Session, guide: GuideDefinition) {
  const { context } = session;
  const text = guideText(context.messages, guide.id);
  const values = guideValues(guide, { messages: context.messages, language: context.language, command: context.command });
  return (template: string, extra: Record<string, string> = {}) =>
    renderText(template, context.messages.meta, context.style, text.labels, { ...values, ...extra });
}

/** The title and what only this guide has to say: its scope, a note for the region, how sure the sources are. */
export function printGuideIntro(
  session: Session,
  guide: GuideDefinition,
  region: Region,
  position?: { readonly current: number; readonly total: number },
): void {
  const { context } = session;
  const text = guideText(context.messages, guide.id);
  const render = renderer(session, guide);
  context.print();
  // Heard, not seen: "Guide 1 of 3" says where the person is in the plan.
  const heading = context.accessible && position ? fill(context.messages.accessible.guideHeading, { ...position, title: text.title }) : text.title;
  context.say(context.style.heading(heading));
  // The facts every run needs once (what the switch covers, that it is not retroactive) belong to the main switch.
  for (const key of ['scope', 'hiring'] as const) {
    const note = guide.id === 'generative-ai' ? optionalText(text, key) : undefined;
    if (note !== undefined) context.say(render(note));
  }
  const regionNote = optionalText(text.regionNotes, region);
  if (regionNote !== undefined) context.say(render(regionNote));
  const sourceNote = optionalText(text, 'sourceNote');
  if (sourceNote !== undefined) context.say(context.style.dim(render(sourceNote)));
  if (isOutdated(guide.asOf, context.deps.now())) context.say(context.style.warn(render(context.messages.checklist.outdated)));
}

function printFallback(session: Session, guide: GuideDefinition, platform: Platform): void {
  const { context } = session;
  const render = renderer(session, guide);
  const text = guideText(context.messages, guide.id);
  context.say(context.style.warn(context.messages.step.fallbackHeading));
  const local = optionalText(text.localFallback, platform);
  for (const line of [...text.fallback[platform], ...(local === undefined ? [] : [local])]) context.say(render(line), bullet(context.style), '    ');
}

/** The words of each answer, in the user's language. */
function choiceFor(session: Session, guide: GuideDefinition, action: StepAction, sent: boolean): Choice<StepAction> {
  const { messages } = session.context;
  const { step, links } = messages;
  const render = renderer(session, guide);
  const verify = guideText(messages, guide.id).verify as { answers: Record<string, string>; sent?: Record<string, string> };
  switch (action) {
    case 'open':
      return { value: action, name: links.open, short: step.short.open };
    case 'reopen':
      return { value: action, name: step.reopen, short: step.short.open };
    case 'qr':
      // A screen reader reads a QR code's blocks as noise: in accessible mode the link is given as text.
      return session.context.accessible
        ? { value: action, name: links.phoneLink, short: step.short.open }
        : { value: action, name: links.qr, short: step.short.qr };
    case 'menus':
      return { value: action, name: step.menus, short: step.short.menus };
    case 'done':
      return { value: action, name: step.done, short: step.doneShort };
    case 'already':
      return { value: action, name: step.already, short: step.short.already };
    case 'cant-find':
      return { value: action, name: step.cantFind, short: step.short.cantFind };
    case 'text':
      return { value: action, name: messages.objection.offer, short: step.short.text };
    case 'back':
      return { value: action, name: step.back, short: step.short.back };
    case 'stop':
      return { value: action, name: step.stop, short: step.short.stop };
    case 'go-on':
      return { value: action, name: step.goOn, short: step.short.goOn };
    default: {
      if (sent && verify.sent !== undefined) {
        return { value: action, name: render(verify.sent[action] ?? action), short: action === 'yes' ? step.short.sentConfirmed : step.short.sent };
      }
      return { value: action, name: render(verify.answers[action] ?? action), short: optionalText(messages.answers, action) ?? action };
    }
  }
}

async function ask(session: Session, guide: GuideDefinition, message: string, situation: StepSituation): Promise<StepAction> {
  const { actions, default: preset } = stepChoices(situation);
  const sent = situation.kind === 'last' && guide.sentStep !== undefined;
  const choices = actions.map((action) => choiceFor(session, guide, action, sent));
  return select(session.context, message, choices, preset, { completes });
}

async function openLink(session: Session, guide: GuideDefinition): Promise<void> {
  const { context } = session;
  const link = LINKS[guide.directLink];
  const opened = await openInBrowser(link, context.deps.platform, context.deps.env);
  // Read aloud, an address is noise ("https colon slash slash …"): said, not spelled, once the browser has it.
  if (opened && context.accessible) return void context.say(context.messages.accessible.opened);
  context.say(
    opened ? context.style.dim(fill(context.messages.links.opened, { link })) : context.style.warn(fill(context.messages.links.openFailed, { link })),
  );
}

async function showQr(session: Session, guide: GuideDefinition): Promise<void> {
  const { context } = session;
  const link = LINKS[guide.directLink];
  if (context.accessible) {
    context.say(fill(context.messages.links.phoneHint, { link }));
    return;
  }
  context.print();
  context.print(await qrCode(link));
  context.say(fill(context.messages.links.qrHint, { link }));
}

async function showObjectionText(session: Session): Promise<void> {
  const { context } = session;
  context.print();
  const text = await composeObjection(context, true, (line) => context.say(line));
  context.print();
  showText(context, text);
  context.print();
  context.say(context.style.dim(fill(context.messages.objection.copyHint, { command: context.command })));
}

/**
 * Walks one guide. On the website (and on the app path in a preview language, as a QR code) a guide with a direct link starts with it (two answers: open the
 * setting, then confirm); the way through the menus is one choice away. `start` is the first step
 * to show on the way through the menus (a guide that shares its first steps with the previous one
 * starts where that one left the person). Saves after every answer. Returns 'stopped' when the
 * person stops for now.
 */
export async function walkGuide(session: Session, guide: GuideDefinition, platform: Platform, start: number): Promise<GuideOutcome> {
  const { context } = session;
  const steps = guide.steps[platform];
  const last = steps.length - 1;
  const text = guideText(context.messages, guide.id);
  const render = renderer(session, guide);
  const stepTexts: Record<string, string> = text.steps[platform];
  const direct = optionalText(text, 'direct');
  const hasMenus = direct !== undefined;
  const menuStart = Math.min(Math.max(start, 0), last);
  const now = () => context.deps.now();
  const situation = (kind: StepSituation['kind'], index: number, arrivedDirectly = false): StepSituation => ({
    kind,
    platform,
    index,
    total: steps.length,
    // A guide without menus (the form) starts by opening its link.
    namesLink: (stepTexts[steps[index] as string] ?? '').includes('{link}') || (!hasMenus && index === 0),
    hasMenus,
    offersText: steps[index] === guide.textStep,
    answers: guide.answers,
    arrivedDirectly,
  });

  let index = menuStart;
  let arrivedDirectly = false;
  // The step whose help the person asked for with "I can't find it": a "No" right after it there
  // goes on to what to do next instead of printing the same list again.
  let helpShownAt: number | null = null;
  // In a preview language (FACTS §8) the labels may not match the screen: the link comes first on the app path too.
  if ((platform === 'web' || LANGUAGE_FACTS[context.language].preview) && direct !== undefined) {
    context.print();
    const action = await ask(session, guide, render(direct), situation('route', 0));
    if (action === 'stop') return 'stopped';
    if (action === 'open' || action === 'qr') {
      if (action === 'open') await openLink(session, guide);
      else await showQr(session, guide);
      // The link took the place of the menus: those steps were skipped, not done.
      await session.save(markStepsSkipped(session.state, guide, platform, steps.slice(0, last), now()));
      index = last;
      arrivedDirectly = true;
    }
  }
  if (index > 0 && !arrivedDirectly) {
    // Where the previous guide left the person: its first steps are behind them already.
    await session.save(markStepsSkipped(session.state, guide, platform, steps.slice(0, index), now()));
  }

  for (;;) {
    if (helpShownAt !== index) helpShownAt = null;
    const stepId = steps[index] as string;
    const message = render(stepTexts[stepId] ?? stepId);
    context.print();
    if (hasMenus && !arrivedDirectly) context.print(context.style.dim(fill(context.messages.step.progress, { current: index + 1, total: steps.length })));
    if (index < last) {
      const action = await ask(session, guide, message, situation('step', index));
      if (action === 'done' || action === 'open') {
        if (action === 'open') await openLink(session, guide);
        await session.save(markStepDone(session.state, guide, platform, stepId, now()));
        index += 1;
      } else if (action === 'already') {
        await session.save(markStepsSkipped(session.state, guide, platform, steps.slice(index, last), now()));
        index = last;
      } else if (action === 'qr') {
        await showQr(session, guide);
      } else if (action === 'cant-find') {
        printFallback(session, guide, platform);
      } else if (action === 'back') {
        index -= 1;
      } else {
        return 'stopped';
      }
      continue;
    }
    const check = optionalText(text.verify, 'now');
    const action = await ask(session, guide, check === undefined ? message : `${message} ${render(check)}`, situation('last', index, arrivedDirectly));
    if (action === 'stop') return 'stopped';
    if (action === 'text') {
      await showObjectionText(session);
    } else if (action === 'back') {
      index -= 1;
    } else if (action === 'cant-find') {
      if (arrivedDirectly && hasMenus) {
        // The link did not lead there: the way through the menus, from where this guide's menus start.
        arrivedDirectly = false;
        index = menuStart;
      } else {
        printFallback(session, guide, platform);
        helpShownAt = index;
      }
    } else if (action === 'yes' || action === 'waiting') {
      await session.save(markStepDone(session.state, guide, platform, stepId, now()));
      await record(session, guide, platform, action);
      return 'finished';
    } else {
      // "No" or "not sure": help right away (unless it is on screen just above); only going on records it as not confirmed.
      if (helpShownAt !== index) printFallback(session, guide, platform);
      helpShownAt = null;
      const retry = await ask(session, guide, context.messages.step.retry, situation('retry', index));
      if (retry === 'reopen') {
        await openLink(session, guide);
        arrivedDirectly = true;
      } else if (retry === 'qr') {
        await showQr(session, guide);
      } else if (retry === 'menus') {
        arrivedDirectly = false;
        index = menuStart;
      } else {
        await record(session, guide, platform, action as VerificationResult);
        return 'finished';
      }
    }
  }
}

/** Saves exactly what the person answered and says so: never a success they did not confirm. */
async function record(session: Session, guide: GuideDefinition, platform: Platform, result: VerificationResult): Promise<void> {
  const { context } = session;
  const text = guideText(context.messages, guide.id);
  const render = renderer(session, guide);
  const now = context.deps.now();
  // Each line below says what was saved; when saving failed, the guide has said so instead.
  if (!(await session.save(recordVerification(session.state, guide, platform, result, now)))) return;
  // A re-check does not turn a confirmation into "not yet": what is saved, and when, is what is said.
  const verification = session.state.guides[guide.id]?.verification ?? { result, at: now.toISOString() };
  const saved = verification.result;
  const date = formatDate(verification.at, context.messages.meta.dateTimeFormat, context.language);
  const waiting = optionalText(text.verify, 'waiting');
  const { style } = context;
  if (saved === 'yes') context.say(style.ok(marked(style, '✔', render(text.verify.confirmed, { date }))));
  else if (saved === 'waiting' && waiting !== undefined) context.say(marked(style, '◐', render(waiting, { date })));
  else context.say(style.warn(fill(context.messages.notConfirmed, { command: context.command })));
}

/** Asks a guide's check again (the re-check) and saves the answer. */
export async function verify(session: Session, guide: GuideDefinition, platform: Platform): Promise<VerificationResult> {
  const { context } = session;
  const text = guideText(context.messages, guide.id);
  const render = renderer(session, guide);
  context.print();
  const choices = guide.answers.map((result) => ({
    value: result,
    name: render((text.verify.answers as Record<string, string>)[result] ?? result),
    short: optionalText(context.messages.answers, result) ?? result,
  }));
  const result = await select<VerificationResult>(context, render(text.verify.question), choices, undefined, { completes: (value) => value === 'yes' });
  await record(session, guide, platform, result);
  return result;
}
