import { guidesFor, MAIN_GUIDE, type GuideDefinition, type GuideId, type Language, type Platform, type Region } from './catalogue.js';

export const STATE_VERSION = 1;

/**
 * The answer to a guide's check. For the objection form, `yes` means LinkedIn confirmed it; `waiting`
 * that it was sent and no answer came yet; `refused` and `no-answer` (none even after a follow-up)
 * are LinkedIn's answer as the person recorded it (`objection --outcome`).
 */
export const VERIFICATION_RESULTS = ['yes', 'no', 'unsure', 'waiting', 'refused', 'no-answer'] as const;
export type VerificationResult = (typeof VERIFICATION_RESULTS)[number];

export interface StepRecord {
  readonly doneAt: string;
}

export interface GuideRecord {
  /** The path the steps were done on; steps of the other path do not count. */
  readonly platform: Platform;
  readonly steps: Readonly<Record<string, StepRecord>>;
  readonly verification?: { readonly result: VerificationResult; readonly at: string };
}

/** What is kept on disk: the user's choices and progress, nothing about the LinkedIn account. */
export interface ProgressState {
  readonly version: typeof STATE_VERSION;
  readonly settings: {
    readonly language?: Language;
    readonly platform?: Platform;
    readonly region?: Region;
    /** The guides chosen for this region; absent means every one that applies. */
    readonly selected?: readonly GuideId[];
  };
  readonly guides: Readonly<Partial<Record<GuideId, GuideRecord>>>;
}

export type GuideStatus = 'done' | 'unresolved' | 'in-progress' | 'open';

export interface GuideProgress {
  readonly status: GuideStatus;
  readonly stepsDone: number;
  readonly totalSteps: number;
  /** Index of the first step not yet done; equals totalSteps when all are done. */
  readonly nextStep: number;
  readonly record: GuideRecord | undefined;
}

export function emptyState(): ProgressState {
  return { version: STATE_VERSION, settings: {}, guides: {} };
}

export function isEmpty(state: ProgressState): boolean {
  return Object.keys(state.guides).length === 0;
}

export function withSettings(state: ProgressState, settings: ProgressState['settings']): ProgressState {
  return { ...state, settings: { ...state.settings, ...settings } };
}

/**
 * The guides this person is working through: those that apply to the region and were chosen (all of
 * them until a choice is recorded), and the main switch in any case.
 */
export function chosenGuides(state: ProgressState, region: Region | undefined): readonly GuideDefinition[] {
  const selected = state.settings.selected;
  return guidesFor(region).filter((guide) => guide.id === MAIN_GUIDE || selected === undefined || selected.includes(guide.id));
}

/** The record of a guide as it counts for a platform: steps done on the other path are not counted. */
function recordFor(state: ProgressState, guide: GuideDefinition, platform: Platform): GuideRecord | undefined {
  const record = state.guides[guide.id];
  if (record === undefined) return undefined;
  if (record.platform !== platform && record.verification === undefined) return undefined;
  return record;
}

export function guideProgress(state: ProgressState, guide: GuideDefinition, platform: Platform): GuideProgress {
  const steps = guide.steps[platform];
  const record = recordFor(state, guide, platform);
  const done = (id: string) => record !== undefined && record.platform === platform && Object.hasOwn(record.steps, id);
  const stepsDone = steps.filter(done).length;
  const firstOpen = steps.findIndex((id) => !done(id));
  const nextStep = firstOpen === -1 ? steps.length : firstOpen;
  let status: GuideStatus = 'open';
  if (record?.verification?.result === 'yes') status = 'done';
  else if (record?.verification !== undefined) status = 'unresolved';
  else if (stepsDone > 0) status = 'in-progress';
  return { status, stepsDone, totalSteps: steps.length, nextStep, record };
}

export function markStepDone(
  state: ProgressState,
  guide: GuideDefinition,
  platform: Platform,
  stepId: string,
  now: Date,
): ProgressState {
  const previous = state.guides[guide.id];
  // Switching path starts that guide's steps afresh: the other path's steps are different screens.
  const steps = previous?.platform === platform ? previous.steps : {};
  const record: GuideRecord = {
    ...(previous?.platform === platform ? previous : {}),
    platform,
    steps: { ...steps, [stepId]: { doneAt: now.toISOString() } },
  };
  return { ...state, guides: { ...state.guides, [guide.id]: record } };
}

export function recordVerification(
  state: ProgressState,
  guide: GuideDefinition,
  platform: Platform,
  result: VerificationResult,
  now: Date,
): ProgressState {
  const previous = state.guides[guide.id];
  const record: GuideRecord = {
    platform: previous?.platform ?? platform,
    steps: previous?.steps ?? {},
    verification: { result, at: now.toISOString() },
  };
  return { ...state, guides: { ...state.guides, [guide.id]: record } };
}

/**
 * Combines what is on disk with what this process recorded, so that two runs at once lose no
 * completed step: steps are united (the later time wins), and the later verification wins. Times
 * are compared as times, not as text; one after `now` was written under a wrong clock and counts
 * as older than any other, so an answer given now always wins over it. Settings come from `mine`,
 * the run that is writing.
 */
export function mergeStates(onDisk: ProgressState, mine: ProgressState, now: Date): ProgressState {
  const guides: Partial<Record<GuideId, GuideRecord>> = { ...onDisk.guides };
  for (const [id, record] of Object.entries(mine.guides) as [GuideId, GuideRecord][]) {
    const other = guides[id];
    guides[id] = other === undefined ? record : mergeRecords(other, record, now.getTime());
  }
  return { version: STATE_VERSION, settings: { ...onDisk.settings, ...mine.settings }, guides };
}

function mergeRecords(theirs: GuideRecord, mine: GuideRecord, now: number): GuideRecord {
  const verification = later(theirs.verification, mine.verification, now);
  if (theirs.platform !== mine.platform) return { ...mine, ...(verification ? { verification } : {}) };
  const steps: Record<string, StepRecord> = { ...theirs.steps };
  for (const [id, step] of Object.entries(mine.steps)) {
    const existing = steps[id];
    steps[id] = existing === undefined || isNewer(step.doneAt, existing.doneAt, now) ? step : existing;
  }
  return { platform: mine.platform, steps, ...(verification ? { verification } : {}) };
}

function later<T extends { at: string }>(theirs: T | undefined, mine: T | undefined, now: number): T | undefined {
  if (theirs === undefined) return mine;
  if (mine === undefined) return theirs;
  return isNewer(theirs.at, mine.at, now) ? theirs : mine;
}

/** Whether time `a` is later than time `b`, a time after `now` counting as earlier than any other. */
function isNewer(a: string, b: string, now: number): boolean {
  const [timeA, timeB] = [Date.parse(a), Date.parse(b)];
  const [futureA, futureB] = [timeA > now, timeB > now];
  if (futureA !== futureB) return futureB;
  return timeA > timeB;
}
