import { GUIDE_IDS, isLanguage, isPlatform, isRegion, type GuideId } from './catalogue.js';
import { STATE_VERSION, VERIFICATION_RESULTS, type GuideRecord, type ProgressState, type StepRecord, type VerificationResult } from './progress.js';
import { isValidTimestamp } from './timestamp.js';

/**
 * A recorded date must be before the year 9000: the dates computed from it (a re-check up to 10
 * years later) then stay years of four digits, which ISO timestamps and date-fns need. A date in the
 * year 9999 is unexpected content, reported as such, never a crash ("Invalid time value").
 */
const LATEST_RECORD = Date.UTC(9000, 0, 1);

function isRecordedTimestamp(text: unknown): text is string {
  return isValidTimestamp(text) && Date.parse(text) < LATEST_RECORD;
}

/** What is wrong with a file's content, as a key of `errors.shape` in the locales, with its values. */
export type ShapeReason =
  | { readonly key: 'tooLarge' | 'notObject' | 'noVersion' | 'settingsNotObject' | 'unknownLanguage' | 'unknownPlatform' }
  | { readonly key: 'unknownRegion' | 'selectedNotList' | 'guidesNotObject' }
  | { readonly key: 'noMigration'; readonly version: number }
  | { readonly key: 'inGuide'; readonly guide: string; readonly problem: RecordReason };

export type RecordReason =
  | { readonly key: 'notObject' | 'unknownPlatform' | 'stepsNotObject' | 'verificationNotObject' | 'unknownResult' | 'verificationNoDate' }
  | { readonly key: 'stepNoDate'; readonly step: string };

export type StateProblem =
  | { readonly kind: 'not-json' }
  | { readonly kind: 'wrong-shape'; readonly reason: ShapeReason }
  | { readonly kind: 'future-version'; readonly version: number };

export type Parsed = { readonly ok: true; readonly state: ProgressState } | { readonly ok: false; readonly problem: StateProblem };

/** Upgrades a file of version N to N + 1. Empty while version 1 is the only one that was ever written. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;
const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** Reads the text of a progress file: validates it, migrates older versions, and says what is wrong otherwise. */
export function parseState(text: string, migrations: Readonly<Record<number, Migration>> = MIGRATIONS, currentVersion: number = STATE_VERSION): Parsed {
  let data: unknown;
  try {
    // A byte-order mark, as some Windows editors save, is not part of the JSON.
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  if (!isObject(data)) return wrong({ key: 'notObject' });
  const version = data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return wrong({ key: 'noVersion' });
  if (version > currentVersion) return { ok: false, problem: { kind: 'future-version', version } };
  let current: Record<string, unknown> = data;
  for (let from = version; from < currentVersion; from += 1) {
    const migrate = migrations[from];
    if (migrate === undefined) return wrong({ key: 'noMigration', version: from });
    current = { ...migrate(current), version: from + 1 };
  }
  return validate(current);
}

function validate(data: Record<string, unknown>): Parsed {
  const settings = data['settings'] ?? {};
  if (!isObject(settings)) return wrong({ key: 'settingsNotObject' });
  const { language, platform, region } = settings;
  if (language !== undefined && !isLanguage(language)) return wrong({ key: 'unknownLanguage' });
  if (platform !== undefined && !isPlatform(platform)) return wrong({ key: 'unknownPlatform' });
  if (region !== undefined && !isRegion(region)) return wrong({ key: 'unknownRegion' });
  const selectedData = settings['selected'];
  if (selectedData !== undefined && !Array.isArray(selectedData)) return wrong({ key: 'selectedNotList' });
  // Guides this version does not know are dropped, as in "guides" below.
  const selected = selectedData?.filter((id): id is GuideId => (GUIDE_IDS as readonly unknown[]).includes(id));

  const guidesData = data['guides'] ?? {};
  if (!isObject(guidesData)) return wrong({ key: 'guidesNotObject' });
  const guides: Partial<Record<GuideId, GuideRecord>> = {};
  for (const [id, value] of Object.entries(guidesData)) {
    // A guide this version no longer knows is dropped rather than failing the whole file.
    if (!(GUIDE_IDS as readonly string[]).includes(id)) continue;
    const record = validateRecord(value);
    if ('key' in record) return wrong({ key: 'inGuide', guide: id, problem: record });
    guides[id as GuideId] = record;
  }
  return {
    ok: true,
    state: {
      version: STATE_VERSION,
      settings: {
        ...(language !== undefined ? { language } : {}),
        ...(platform !== undefined ? { platform } : {}),
        ...(region !== undefined ? { region } : {}),
        ...(selected !== undefined ? { selected } : {}),
      },
      guides,
    },
  };
}

function validateRecord(value: unknown): GuideRecord | RecordReason {
  if (!isObject(value)) return { key: 'notObject' };
  if (!isPlatform(value['platform'])) return { key: 'unknownPlatform' };
  const stepsData = value['steps'] ?? {};
  if (!isObject(stepsData)) return { key: 'stepsNotObject' };
  const steps: Record<string, StepRecord> = {};
  for (const [id, step] of Object.entries(stepsData)) {
    // A step jumped over is recorded with when, as "skippedAt", never as done.
    if (!isObject(step)) return { key: 'stepNoDate', step: id };
    if (isRecordedTimestamp(step['doneAt'])) steps[id] = { doneAt: step['doneAt'] };
    else if (isRecordedTimestamp(step['skippedAt'])) steps[id] = { skippedAt: step['skippedAt'] };
    else return { key: 'stepNoDate', step: id };
  }
  const verification = value['verification'];
  if (verification === undefined) return { platform: value['platform'], steps };
  if (!isObject(verification)) return { key: 'verificationNotObject' };
  const { result, at, checkedAt } = verification;
  if (!(VERIFICATION_RESULTS as readonly unknown[]).includes(result)) return { key: 'unknownResult' };
  if (!isRecordedTimestamp(at)) return { key: 'verificationNoDate' };
  // When a re-check found the same: kept when it is a time, dropped otherwise (the answer still stands).
  const checked = isRecordedTimestamp(checkedAt) ? { checkedAt } : {};
  return { platform: value['platform'], steps, verification: { result: result as VerificationResult, at, ...checked } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function wrong(reason: ShapeReason): Parsed {
  return { ok: false, problem: { kind: 'wrong-shape', reason } };
}

export function serializeState(state: ProgressState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}
