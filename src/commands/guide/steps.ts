import { LANGUAGE_FACTS, PAGE_AFTER_STEP, type GuideDefinition, type Platform } from '../../core/catalogue.js';
import { guideText } from '../../core/checklist.js';
import { fill, optionalText } from '../../core/messages.js';
import { select, type Choice } from '../../terminal/prompts.js';
import { completes, stepChoices, type StepAction, type StepSituation } from './choices.js';
import { saveAnswer } from './record.js';
import type { Session } from './session.js';
import { openLink, printFallback, renderer, showObjectionText, showQr } from './show.js';
import { move, startOf, type Effect, type Position, type WalkShape } from './walk.js';

export type GuideOutcome = 'finished' | 'stopped';

/** Opening a link says so itself ("Opened in your browser.", or why not): heard, that is what was taken. */
const announces = (action: StepAction) => action === 'open' || action === 'reopen';

/**
 * The words of each answer, in the user's language. `sends`: the answers are to the check of a guide
 * that sends something (the form), asked at the step that sends it: they say it was sent.
 */
export function choiceFor(session: Session, guide: GuideDefinition, action: StepAction, sends?: boolean): Choice<StepAction> {
  const { messages } = session.context;
  const { step, links } = messages;
  const render = renderer(session, guide);
  const verify = guideText(messages, guide.id).verify as { answers: Record<string, string>; sent?: Record<string, string> };
  switch (action) {
    case 'open':
      return { value: action, name: links.open };
    case 'reopen':
      return { value: action, name: step.reopen };
    case 'qr':
      // A screen reader reads a QR code's blocks as noise: in accessible mode the link is given as text.
      return session.context.accessible ? { value: action, name: links.phoneLink } : { value: action, name: links.qr };
    case 'menus':
      return { value: action, name: step.menus };
    case 'done':
      return { value: action, name: step.done };
    case 'already':
      return { value: action, name: step.already };
    case 'from-start':
      return { value: action, name: step.fromStart };
    case 'cant-find':
      return { value: action, name: step.cantFind };
    case 'text':
      return { value: action, name: messages.objection.offer };
    case 'back':
      return { value: action, name: step.back };
    case 'stop':
      return { value: action, name: step.stop };
    case 'not-sent':
      return { value: action, name: step.notSent };
    case 'go-on':
      return { value: action, name: step.goOn };
    default: {
      // A guide that sends something has the words for it.
      const names = sends ? (verify.sent as Record<string, string>) : verify.answers;
      return { value: action, name: render(names[action] ?? action) };
    }
  }
}

async function ask(session: Session, guide: GuideDefinition, message: string, situation: StepSituation): Promise<StepAction> {
  const { actions, default: preset } = stepChoices(situation);
  // The check is asked only at the last step, which for the form is the one that sends it.
  const choices = actions.map((action) => choiceFor(session, guide, action, situation.sends));
  return select(session.context, message, choices, preset, { completes, announces });
}

/**
 * Walks one guide: asks, shows and saves; what each answer means is decided by `move` (walk.ts). On
 * the website (and on the app path in a preview language, as a QR code) a guide with a direct link
 * starts with it; the way through the menus is one choice away. `start` is where its way through the
 * menus starts (a guide that shares its first steps with the previous one starts where that one left
 * the person). Saves after every answer. Returns 'stopped' when the person stops for now.
 */
export async function walkGuide(session: Session, guide: GuideDefinition, platform: Platform, start: number): Promise<GuideOutcome> {
  const { context } = session;
  const steps = guide.steps[platform];
  const text = guideText(context.messages, guide.id);
  const render = renderer(session, guide);
  const stepTexts: Record<string, string> = text.steps[platform];
  const direct = optionalText(text, 'direct');
  const hasMenus = direct !== undefined;
  // In a preview language (FACTS §8) the labels may not match the screen: the link comes first on the app path too.
  const routeFirst = hasMenus && (platform === 'web' || LANGUAGE_FACTS[context.language].preview);
  // Every step recorded but the check not answered: the guide goes on at the setting.
  const shape: WalkShape = { total: steps.length, menuStart: Math.min(start, steps.length - 1), hasMenus, routeFirst };
  const situation = (position: Position): StepSituation => ({
    kind: position.kind,
    platform,
    index: position.index,
    // The form has no menus: its one step before the check opens its link.
    namesLink: !hasMenus,
    hasMenus,
    offersText: steps[position.index] === guide.textStep,
    answers: guide.answers,
    arrivedDirectly: position.arrivedDirectly,
    // Offered at a step only: the setting, the route and a retry never offer the way from the start.
    continuing: shape.menuStart > 0 && position.index === shape.menuStart,
    sends: guide.sentStep !== undefined,
  });

  let next = startOf(shape);
  for (;;) {
    await carryOut(session, guide, platform, next.effects, next.next);
    if (next.next === 'finished' || next.next === 'stopped') return next.next;
    const position = next.next;
    context.print();
    const action = await ask(session, guide, question(session, guide, platform, shape, position, render, stepTexts), situation(position));
    next = move(shape, position, action);
  }
}

/** What is asked at a position: the route, a step (with where it starts when continuing), the setting with its check, or what to do after a "no". */
function question(
  session: Session,
  guide: GuideDefinition,
  platform: Platform,
  shape: WalkShape,
  position: Position,
  render: ReturnType<typeof renderer>,
  stepTexts: Record<string, string>,
): string {
  const { context } = session;
  const text = guideText(context.messages, guide.id);
  const steps = guide.steps[platform];
  // The route is offered only where the guide has a direct link.
  if (position.kind === 'route') return render(optionalText(text, 'direct') as string);
  if (position.kind === 'retry') return context.messages.step.retry;
  const stepId = steps[position.index] as string;
  const message = render(stepTexts[stepId] ?? stepId);
  if (shape.hasMenus && !position.arrivedDirectly) {
    // Where a continuing guide starts: the page the previous one left the person on.
    const page = PAGE_AFTER_STEP[steps[shape.menuStart - 1] ?? '']?.[platform];
    if (position.index === shape.menuStart && page !== undefined) context.say(render(fill(context.messages.step.continuing, { page: `{${page}}` })));
    context.print(context.style.dim(fill(context.messages.step.progress, { current: position.index + 1, total: steps.length })));
  }
  if (position.kind === 'step') return message;
  const check = optionalText(text.verify, 'now');
  return check === undefined ? message : `${message} ${render(check)}`;
}

/** Saves what an answer recorded (once), then opens, shows or helps as it says. */
async function carryOut(
  session: Session,
  guide: GuideDefinition,
  platform: Platform,
  effects: readonly Effect[],
  next: Position | 'finished' | 'stopped',
): Promise<void> {
  await saveAnswer(session, guide, platform, effects);
  const render = renderer(session, guide);
  const { step } = session.context.messages;
  for (const effect of effects) {
    if (effect.kind === 'open') await openLink(session, guide);
    else if (effect.kind === 'qr') await showQr(session, guide);
    else if (effect.kind === 'text') await showObjectionText(session);
    else if (effect.kind === 'help') {
      if (effect.about === 'fallback') {
        // Help is given where the person stays: `next` is their position.
        printFallback(session, guide, platform, (next as Position).index > 0);
        continue;
      }
      // Names the choice the person will see right below.
      const retry = choiceFor(session, guide, platform === 'web' ? 'reopen' : 'qr').name;
      const choice = `${session.context.messages.meta.quoteOpen}${retry}${session.context.messages.meta.quoteClose}`;
      session.context.say(render(effect.about === 'still-on' ? step.stillOn : step.howToRead, { choice }));
    }
  }
}
