import {
  guidesFor,
  GUIDES,
  LANGUAGES,
  MAIN_GUIDE,
  PLATFORMS,
  REGIONS,
  TERMS_CHANGE_DATE,
  type GuideDefinition,
  type GuideId,
  type Language,
  type Platform,
  type Region,
} from '../../core/catalogue.js';
import { timeline } from '../../core/dates.js';
import { fill } from '../../core/messages.js';
import { chosenGuides, emptyState, guideProgress, isEmpty, withSettings } from '../../core/progress.js';
import type { Checklist } from '../../core/checklist.js';
import { renderChecklistText } from '../../core/render.js';
import { createContext, loadProgress, type CommonOptions, type Context } from '../../context.js';
import type { AppDeps } from '../../deps.js';
import { CancelledError, UsageError } from '../../errors.js';
import { loadMessages } from '../../locales.js';
import { choose, isInteractive, select } from '../../terminal/prompts.js';
import { checklistOf } from '../shared.js';
import { createSession, type Session } from './session.js';
import { printGuideIntro, runSteps, verify } from './steps.js';

export interface GuideOptions extends CommonOptions {
  readonly platform?: Platform;
  readonly region?: Region;
}

type NextMove = 'resume' | 'recheck' | 'start-over' | 'quit';

/** The interactive guide. Ctrl+C at any question ends it with exit code 130, progress kept. */
export async function guide(options: GuideOptions, deps: AppDeps): Promise<void> {
  const detected = createContext(options, deps);
  if (!isInteractive(detected)) {
    throw new UsageError(fill(detected.messages.errors.notInteractive, { command: detected.command }));
  }
  const state = await loadProgress(detected, { setAside: true });
  const session = createSession(detected, state);
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
  session.context.say(session.context.style.heading(session.context.messages.intro.title));

  const language = options.lang ?? (returning ? saved.language : undefined) ?? (await askLanguage(session.context, saved.language));
  session.context = session.context.inLanguage(language);
  const { context } = session;
  if (!returning) {
    const { intro, meta } = context.messages;
    const since = timeline(TERMS_CHANGE_DATE, context.deps.now(), meta.dateFormat, language, intro);
    context.say(fill(intro.stakes, { since }));
    context.say(context.style.dim(context.messages.intro.privacy));
  }

  let move: NextMove = 'resume';
  if (returning) {
    const platform = options.platform ?? saved.platform ?? 'web';
    printSummary(session, platform, options.region ?? saved.region, fill(context.messages.resume.heading, { path: context.store.path }));
    move = await askNextMove(session, platform, options.region ?? saved.region);
    if (move === 'quit') return;
    if (move === 'start-over') {
      await context.store.remove().catch(() => undefined);
      session.state = emptyState();
    }
  }
  const keepSaved = move !== 'start-over';
  const platform = options.platform ?? (keepSaved ? saved.platform : undefined) ?? (await askPlatform(context));
  const region = options.region ?? (keepSaved ? saved.region : undefined) ?? (await askRegion(context));
  await session.save(withSettings(session.state, { language, platform, region }));

  if (move === 'recheck') {
    await recheck(session, platform, region);
  } else {
    // Returning to continue: the guides chosen then still hold.
    const selected = move === 'resume' && returning ? saved.selected : await chooseGuides(session, region);
    await session.save(withSettings(session.state, selected === undefined ? {} : { selected }));
    for (const guide of chosenGuides(session.state, region)) {
      const progress = guideProgress(session.state, guide, platform);
      if (progress.status === 'done') continue;
      // A guide that was not confirmed is walked through again from the start.
      const start = progress.status === 'unresolved' ? 0 : progress.nextStep;
      printGuideIntro(session, guide, platform, region);
      const outcome = await runSteps(session, guide, platform, start);
      if (outcome === 'stopped') {
        context.print();
        context.say(fill(context.messages.stopped, { command: context.command }));
        return;
      }
    }
  }
  printFinish(session, platform, region);
}

async function askLanguage(context: Context, saved: Language | undefined): Promise<Language> {
  // Asked in both languages at once, each option in its own language.
  const names = Object.fromEntries(LANGUAGES.map((code) => [code, loadMessages(context.deps.localesDir, code)])) as Record<
    Language,
    ReturnType<typeof loadMessages>
  >;
  const message = LANGUAGES.map((code) => names[code].intro.languageQuestion).join(' / ');
  const choices = LANGUAGES.map((code) => ({ value: code, name: names[code].meta.languageName }));
  return select(context, message, choices, saved ?? context.language);
}

async function askPlatform(context: Context): Promise<Platform> {
  const { platform } = context.messages.questions;
  return select(
    context,
    platform.message,
    PLATFORMS.map((value) => ({ value, name: platform[value], short: context.messages.platforms[value] })),
  );
}

async function askRegion(context: Context): Promise<Region> {
  return select(
    context,
    context.messages.questions.region.message,
    REGIONS.map((value) => ({ value, name: context.messages.regions[value] })),
  );
}

async function askNextMove(session: Session, platform: Platform, region: Region | undefined): Promise<NextMove> {
  const { resume } = session.context.messages;
  const guides = chosenGuides(session.state, region);
  const anyOpen = guides.some((guide) => guideProgress(session.state, guide, platform).status !== 'done');
  const anyAnswered = guides.some((guide) => guideProgress(session.state, guide, platform).record?.verification !== undefined);
  const choices = [
    ...(anyOpen ? [{ value: 'resume' as const, name: resume.resume }] : []),
    ...(anyAnswered ? [{ value: 'recheck' as const, name: resume.recheck }] : []),
    { value: 'start-over' as const, name: resume.startOver },
    { value: 'quit' as const, name: resume.quit },
  ];
  return select(session.context, resume.question, choices);
}

/**
 * Shows which guides apply to the region and why, and lets the person pick which to do now: all
 * preselected, the AI switch first and always included. Returns the ids of the chosen guides.
 */
async function chooseGuides(session: Session, region: Region): Promise<GuideId[]> {
  const { context } = session;
  const { plan, guides } = context.messages;
  const applicable = guidesFor(region);
  context.print();
  context.say(fill(plan.heading, { region: context.messages.regions[region] }));
  applicable.forEach((guide, index) => {
    const marks = [guide.recommended ? plan.recommended : '', guide.unclearIn?.includes(region) ? plan.unclear : ''].filter(Boolean);
    const title = `${guides[guide.id].title}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}`;
    context.say(title, `  ${index + 1}. `, '     ');
    context.say(context.style.dim(fill(plan.why, { why: guides[guide.id].why })), '     ', '     ');
  });
  for (const guide of GUIDES.filter((candidate) => !applicable.includes(candidate))) {
    context.say(context.style.dim(fill(plan.notApplicable, { title: guides[guide.id].title })), '  ', '  ');
  }
  return choose(
    context,
    plan.question,
    applicable.map((guide) => ({
      value: guide.id,
      name: guides[guide.id].title,
      checked: true,
      ...(guide.id === MAIN_GUIDE ? { fixed: plan.fixed } : {}),
    })),
  );
}

/** Opens each guide that was answered before and asks the verification question again. */
async function recheck(session: Session, platform: Platform, region: Region): Promise<void> {
  const { context } = session;
  context.print();
  context.say(context.messages.recheck.intro);
  const answered: GuideDefinition[] = chosenGuides(session.state, region).filter(
    (guide) => guideProgress(session.state, guide, platform).record?.verification !== undefined,
  );
  for (const guide of answered) {
    printGuideIntro(session, guide, platform, region);
    await verify(session, guide, platform);
  }
}

/** One line per chosen guide under a heading; returns what it showed. */
function printSummary(session: Session, platform: Platform, region: Region | undefined, heading: string): Checklist {
  const { context } = session;
  context.print();
  context.say(context.style.heading(heading));
  const model = checklistOf(context, session.state, platform, region, context.style, chosenGuides(session.state, region));
  for (const line of renderChecklistText(model, context.messages, context.style, { steps: false })) context.say(line, '  ', '    ');
  return model;
}

function printFinish(session: Session, platform: Platform, region: Region): void {
  const { context } = session;
  const { finished } = context.messages;
  const open = printSummary(session, platform, region, finished.heading).guides.filter((guide) => guide.status !== 'done');
  context.print();
  if (open.length === 0) context.say(fill(finished.allDone, { command: context.command }));
  else context.say(fill(finished.openAdvice, { titles: open.map((guide) => guide.title).join('; '), command: context.command }));
  context.say(context.style.dim(fill(finished.keep, { command: context.command })));
}
