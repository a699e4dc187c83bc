import { DEFAULT_PLATFORM, DEFAULT_RECHECK_MONTHS, TOOL_NAME, type GuideDefinition, type Platform, type Region } from '../core/catalogue.js';
import { buildChecklist, type Checklist } from '../core/checklist.js';
import { chosenGuides, type ProgressState } from '../core/progress.js';
import { reminderEvents, type ReminderEvent } from '../core/reminder.js';
import { createContext, type CommonOptions, type Context } from '../context.js';
import { loadProgress, openStore } from '../state/progress-file.js';
import type { StateStore } from '../state/store.js';
import type { AppDeps } from '../deps.js';

/**
 * Context and progress for a command that reads the record (a broken file is reported and left
 * alone; only the guide sets one aside). The language is `--lang`, else the one chosen in the guide,
 * else the detected one; platform and region likewise come from the options, else from the record,
 * and the platform else is the website.
 */
export async function openRecord(
  options: CommonOptions & { readonly platform?: Platform; readonly region?: Region },
  deps: AppDeps,
): Promise<{ context: Context; store: StateStore; state: ProgressState; platform: Platform; region: Region | undefined }> {
  const detected = createContext(options, deps);
  const store = openStore(options.stateFile, deps, detected.messages);
  const state = await loadProgress(detected, store, { setAside: false });
  const saved = state.settings;
  const language = options.lang === undefined && saved.language !== undefined ? detected.inLanguage(saved.language) : detected;
  const region = options.region ?? saved.region;
  return { context: language.inRegion(region), store, state, platform: options.platform ?? saved.platform ?? DEFAULT_PLATFORM, region };
}

/** The months after a confirmation that a re-check is due: `--recheck-after`, else the default. */
export function recheckMonths(options: { readonly recheckAfter?: string }): number {
  return options.recheckAfter === undefined ? DEFAULT_RECHECK_MONTHS : Number(options.recheckAfter);
}

export function checklistOf(
  context: Context,
  state: ProgressState,
  platform: Platform,
  region: Region | undefined,
  guides?: readonly GuideDefinition[],
): Checklist {
  return buildChecklist({
    ...(guides ? { guides } : {}),
    state,
    language: context.language,
    platform,
    region,
    messages: context.messages,
    now: context.deps.now(),
    tool: { name: TOOL_NAME, version: context.deps.version },
    command: context.command,
  });
}

/** The days `reminder` puts in the calendar for the chosen guides: re-checks, and a follow-up due. */
export function reminderEventsOf(context: Context, state: ProgressState, platform: Platform, region: Region | undefined, months: number): ReminderEvent[] {
  const model = checklistOf(context, state, platform, region, chosenGuides(state, region));
  return reminderEvents(model.guides, months, context.deps.now());
}

/** Whether `reminder` has a day to put in the calendar, so the guide's last screen can point to it. */
export function hasReminderDay(context: Context, state: ProgressState, platform: Platform, region: Region | undefined): boolean {
  return reminderEventsOf(context, state, platform, region, DEFAULT_RECHECK_MONTHS).length > 0;
}
