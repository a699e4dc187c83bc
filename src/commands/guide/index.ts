import { DEFAULT_PLATFORM, type GuideDefinition, type Platform, type Region } from '../../core/catalogue.js';
import { fill, previewNote } from '../../core/messages.js';
import { printable } from '../../core/printable.js';
import { chosenGuides, emptyState, guideProgress, isEmpty, withSettings } from '../../core/progress.js';
import { isWithLinkedIn, recordedStanding } from '../../core/standing.js';
import { createContext, type CommonOptions } from '../../context.js';
import { loadProgress, openStore } from '../../state/progress-file.js';
import type { AppDeps } from '../../deps.js';
import { CancelledError, UsageError } from '../../errors.js';
import { isInteractive } from '../../terminal/prompts.js';
import { askLanguage, askNextMove, askPlatform, askRegion, type NextMove } from './questions.js';
import { continuesFrom } from './route.js';
import { createSession, type Session } from './session.js';

/** The rest of the guide (see later.ts), loaded when the first question has been answered. */
const later = () => import('./later.js');

export interface GuideOptions extends CommonOptions {
  readonly platform?: Platform;
  readonly region?: Region;
}

/** The interactive guide. Ctrl+C at any question ends it with exit code 130, progress kept. */
export async function guide(options: GuideOptions, deps: AppDeps): Promise<void> {
  const detected = createContext(options, deps);
  if (!isInteractive(detected)) {
    throw new UsageError(fill(detected.messages.errors.notInteractive, { command: detected.command }));
  }
  const store = openStore(options.stateFile, deps, detected.messages);
  const state = await loadProgress(detected, store, { setAside: true });
  const session = createSession(detected, store, state);
  try {
    await run(session, options);
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') {
      throw new CancelledError(session.cancelledMessage());
    }
    throw error;
  }
}

async function run(session: Session, options: GuideOptions): Promise<void> {
  const saved = session.state.settings;
  const returning = !isEmpty(session.state);
  const { messages } = session.context;
  // A title in words, the same in every mode: read aloud, "LinkedIn-KI-Opt-out" was "LinkedIn minus KI minus Opt minus out".
  session.context.say(session.context.style.heading(messages.intro.title));
  const language = options.lang ?? (returning ? saved.language : undefined) ?? (await askLanguage(session.context, saved.language));
  // Swiss German (no "ß") for a profile in Switzerland, as soon as the region is known.
  session.context = session.context.inLanguage(language).inRegion(options.region ?? (returning ? saved.region : undefined));
  if (!returning) printStakes(session);

  // Someone new goes straight to the plan; someone returning is asked how to go on.
  const move = returning ? await askReturning(session, options) : undefined;
  if (move === 'quit') return;
  const keepSaved = move !== 'start-over';
  const platform = options.platform ?? (keepSaved ? saved.platform : undefined) ?? (await askPlatform(session.context));
  const region = options.region ?? (keepSaved ? saved.region : undefined) ?? (await askRegion(session.context));
  session.context = session.context.inRegion(region);
  await session.save(withSettings(session.state, { language, platform, region }));

  if (move === 'recheck') {
    const { printFinish, recheck } = await later();
    await recheck(session, platform, region);
    printFinish(session, platform, region, true);
    return;
  }
  await walkChosen(session, platform, region, move === 'resume');
}

/** What is at stake, once, for someone new; since when and where is one choice away (the plan's "Tell me more first"). */
function printStakes(session: Session): void {
  const { context } = session;
  const { intro } = context.messages;
  context.say(intro.stakes);
  context.say(context.style.dim(intro.privacy));
  const preview = previewNote(context.messages, context.language);
  if (preview !== undefined) context.say(context.style.warn(preview));
}

/** Shows what is recorded and asks how to go on; starting over forgets the record. */
async function askReturning(session: Session, options: GuideOptions): Promise<NextMove> {
  const saved = session.state.settings;
  const platform = options.platform ?? saved.platform ?? DEFAULT_PLATFORM;
  const region = options.region ?? saved.region;
  const { context } = session;
  const { offerFollowUp, printSummary, recheckDue } = await later();
  const model = printSummary(session, platform, region, fill(context.messages.resume.heading, { path: printable(session.store.path) }));
  // A month after the form was sent without a confirmation, the follow-up is offered first.
  await offerFollowUp(context, session.state, region);
  // When a re-check is due, it comes first (Enter), as `status` advises.
  const move = await askNextMove(session, platform, region, recheckDue(model, context.deps.now()));
  if (move === 'start-over') {
    await session.store.remove().catch(() => undefined);
    session.state = emptyState();
  }
  return move;
}

/**
 * Walks through the chosen guides that are not done yet, then says how it ended. Returning to
 * continue, the guides chosen then still hold; otherwise the plan is shown. Each guide continues
 * where the previous one left the person when they share the way there.
 */
async function walkChosen(session: Session, platform: Platform, region: Region, continuing: boolean): Promise<void> {
  const { choosePlan, printFinish, printGuideIntro, printStopped, walkGuide } = await later();
  if (!continuing) await session.save(withSettings(session.state, { selected: await choosePlan(session, region, platform) }));
  let previous: GuideDefinition | undefined;
  let doneBefore = false;
  const chosen = chosenGuides(session.state, region);
  for (const [index, guide] of chosen.entries()) {
    const progress = guideProgress(session.state, guide, platform);
    const standing = recordedStanding(guide, progress);
    // Done, or sent: what follows is LinkedIn's answer, and a due follow-up is offered at the start.
    if (standing === 'done' || isWithLinkedIn(standing)) {
      doneBefore = true;
      continue;
    }
    // A guide that was answered but not confirmed is walked through again from the start.
    const resumeAt = standing === 'in-progress' || standing === 'open' ? progress.nextStep : 0;
    const start = Math.max(resumeAt, continuesFrom(previous, guide, platform));
    printGuideIntro(session, guide, region, { current: index + 1, total: chosen.length });
    if ((await walkGuide(session, guide, platform, start)) === 'stopped') {
      printStopped(session);
      return;
    }
    previous = guide;
  }
  // The summary would only repeat what each guide just said; it helps when some were done before.
  printFinish(session, platform, region, doneBefore);
}
