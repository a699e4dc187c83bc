import {
  guidesFor,
  MAIN_GUIDE,
  VERIFICATION_RESULTS,
  type VerificationResult,
  type GuideDefinition,
  type GuideId,
  type Language,
  type Platform,
  type Region,
} from './catalogue.js';

export const STATE_VERSION = 1;

export { VERIFICATION_RESULTS, type VerificationResult };

/** A step the person did (with when), or one they jumped over ("I'm already at the setting", the direct link). */
export type StepRecord = { readonly doneAt: string } | { readonly skippedAt: string };

export function isStepDone(step: StepRecord | undefined): step is { readonly doneAt: string } {
  return step !== undefined && 'doneAt' in step;
}

export interface GuideRecord {
  /** The path the steps were done on; steps of the other path do not count. */
  readonly platform: Platform;
  readonly steps: Readonly<Record<string, StepRecord>>;
  readonly verification?: Verification;
}

/**
 * The answer to a guide's check: `at` is when it first read so (the switch seen "Off", the form sent,
 * LinkedIn's answer noted); a re-check that finds the same adds `checkedAt` and never moves `at`.
 */
export interface Verification {
  readonly result: VerificationResult;
  readonly at: string;
  readonly checkedAt?: string;
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

/** How far the steps of a guide are on a path; where it stands is `standingOf` (standing.ts). */
export interface GuideProgress {
  /** Steps the person did; skipped ones are not counted. */
  readonly stepsDone: number;
  readonly totalSteps: number;
  /** Index of the first step neither done nor skipped; equals totalSteps when there is none. */
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
  const step = (id: string) => (record !== undefined && record.platform === platform ? record.steps[id] : undefined);
  const stepsDone = steps.filter((id) => isStepDone(step(id))).length;
  const firstOpen = steps.findIndex((id) => step(id) === undefined);
  const nextStep = firstOpen === -1 ? steps.length : firstOpen;
  return { stepsDone, totalSteps: steps.length, nextStep, record };
}

export function markStepDone(state: ProgressState, guide: GuideDefinition, platform: Platform, stepId: string, now: Date): ProgressState {
  return recordSteps(state, guide, platform, [stepId], { doneAt: now.toISOString() });
}

/** Steps the person jumped over: recorded as skipped, never as done. A step already done stays done. */
export function markStepsSkipped(state: ProgressState, guide: GuideDefinition, platform: Platform, stepIds: readonly string[], now: Date): ProgressState {
  const previous = state.guides[guide.id];
  const kept = previous?.platform === platform ? previous.steps : {};
  const open = stepIds.filter((id) => !isStepDone(kept[id]));
  return recordSteps(state, guide, platform, open, { skippedAt: now.toISOString() });
}

function recordSteps(state: ProgressState, guide: GuideDefinition, platform: Platform, stepIds: readonly string[], entry: StepRecord): ProgressState {
  const previous = state.guides[guide.id];
  // Switching path starts that guide's steps afresh: the other path's steps are different screens.
  // A check already answered stays: it is about the account, not the path (as in mergeStates).
  const steps = previous?.platform === platform ? previous.steps : {};
  const record: GuideRecord = {
    ...previous,
    platform,
    steps: { ...steps, ...Object.fromEntries(stepIds.map((id) => [id, entry])) },
  };
  return { ...state, guides: { ...state.guides, [guide.id]: record } };
}

/**
 * Whether an answer leaves the earlier one standing: the same answer again, and "not yet" after a
 * confirmation or after LinkedIn extended its deadline (neither is undone by a mail not yet here).
 */
function keeps(previous: Verification | undefined, next: VerificationResult): previous is Verification {
  if (previous === undefined) return false;
  return previous.result === next || (next === 'waiting' && (previous.result === 'yes' || previous.result === 'extended'));
}

/**
 * Records the answer to a guide's check at `now`. An answer that leaves the earlier one standing
 * (see keeps) keeps its date and adds when it was checked: a re-check never re-dates the switch or the send.
 */
export function recordVerification(state: ProgressState, guide: GuideDefinition, platform: Platform, result: VerificationResult, now: Date): ProgressState {
  const previous = state.guides[guide.id];
  const earlier = previous?.verification;
  const verification: Verification = keeps(earlier, result)
    ? { result: earlier.result, at: earlier.at, checkedAt: now.toISOString() }
    : { result, at: now.toISOString() };
  const record: GuideRecord = {
    platform: previous?.platform ?? platform,
    steps: previous?.steps ?? {},
    verification,
  };
  return { ...state, guides: { ...state.guides, [guide.id]: record } };
}

/** When a check was last answered: a re-check's date, else the answer's own. */
export function lastChecked(verification: Verification): string {
  return verification.checkedAt ?? verification.at;
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
  const verification = laterVerification(theirs.verification, mine.verification, now);
  if (theirs.platform !== mine.platform) return { ...mine, ...(verification ? { verification } : {}) };
  const steps: Record<string, StepRecord> = { ...theirs.steps };
  for (const [id, step] of Object.entries(mine.steps)) {
    const existing = steps[id];
    // Done beats skipped; between two of a kind the later one wins.
    const kind = isStepDone(step) === isStepDone(existing);
    if (existing === undefined || (isStepDone(step) && !isStepDone(existing)) || (kind && isNewer(stepTime(step), stepTime(existing), now))) {
      steps[id] = step;
    }
  }
  return { platform: mine.platform, steps, ...(verification ? { verification } : {}) };
}

function stepTime(step: StepRecord): string {
  return 'doneAt' in step ? step.doneAt : step.skippedAt;
}

/** The later answer wins, except that one which leaves the earlier standing keeps its date (see keeps). */
function laterVerification(theirs: Verification | undefined, mine: Verification | undefined, now: number): Verification | undefined {
  if (theirs === undefined) return mine;
  if (mine === undefined) return theirs;
  const [earlier, latest] = isNewer(lastChecked(theirs), lastChecked(mine), now) ? [mine, theirs] : [theirs, mine];
  if (!keeps(earlier, latest.result)) return latest;
  const checkedAt = lastChecked(latest);
  // The same answer of the same moment twice (one run's record merged with itself) is no re-check.
  return checkedAt === earlier.at ? earlier : { result: earlier.result, at: earlier.at, checkedAt };
}

/** Whether time `a` is later than time `b`, a time after `now` counting as earlier than any other. */
function isNewer(a: string, b: string, now: number): boolean {
  const [timeA, timeB] = [Date.parse(a), Date.parse(b)];
  const [futureA, futureB] = [timeA > now, timeB > now];
  if (futureA !== futureB) return futureB;
  return timeA > timeB;
}
