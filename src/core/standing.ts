import type { GuideDefinition } from './catalogue.js';
import { isStepDone, type GuideProgress, type GuideRecord } from './progress.js';

/**
 * Where a guide stands, in one word, as every screen says it (checklist, receipt, status, the guide,
 * the follow-up, the reminder): computed once, by `standingOf` (follow-up.ts). `done`: the check answered yes (for
 * the form: LinkedIn confirmed). A sent objection stands by LinkedIn's answer and the clock:
 * `waiting` within the month, `extended` within the three months after LinkedIn said it needs
 * longer (or with no day of sending saved), `follow-up-due` after either; `refused` and `no-answer`
 * as recorded. `unresolved`: answered "no" or "not sure"; `in-progress`: some steps done; `open`.
 */
export type Standing = 'done' | 'waiting' | 'extended' | 'follow-up-due' | 'refused' | 'no-answer' | 'unresolved' | 'in-progress' | 'open';

/** LinkedIn's answers as recorded: they end the wait, whatever the clock says. */
const ANSWERED: Partial<Record<string, Standing>> = { yes: 'done', refused: 'refused', 'no-answer': 'no-answer' };

/** When the form was sent: its send step's date, the only date ever shown as a sending; null when not saved. */
export function sentDate(guide: GuideDefinition, record: GuideRecord | undefined): string | null {
  const sent = guide.sentStep === undefined ? undefined : record?.steps[guide.sentStep];
  return isStepDone(sent) ? sent.doneAt : null;
}

/**
 * Where a guide stands by its record alone, from its record as it counts on the path (see
 * guideProgress); only the clock tells `follow-up-due` from `waiting` and `extended` (standingOf in
 * follow-up.ts). Clock-free, so the guide's first questions need no dates.
 */
export function recordedStanding(guide: GuideDefinition, progress: Pick<GuideProgress, 'record' | 'stepsDone'>): Standing {
  const result = progress.record?.verification?.result;
  const answered = result === undefined ? undefined : ANSWERED[result];
  if (answered !== undefined) return answered;
  // Sent: LinkedIn's answer is awaited, whatever else the check was answered.
  if (result === 'extended' || result === 'waiting') return result;
  if (sentDate(guide, progress.record) !== null) return 'waiting';
  if (result !== undefined) return 'unresolved';
  return progress.stepsDone > 0 ? 'in-progress' : 'open';
}

/** Nothing for the person to do now: done, or the objection within LinkedIn's deadline. */
export function isSettled(standing: Standing): boolean {
  return standing === 'done' || standing === 'waiting' || standing === 'extended';
}

/** Sent, and what follows is LinkedIn's answer (or the follow-up): the guide has nothing more to walk. */
export function isWithLinkedIn(standing: Standing): boolean {
  return standing === 'waiting' || standing === 'extended' || standing === 'follow-up-due';
}

/**
 * The words of schema 2 of `checklist --format json` (and `status --format json`), which promise
 * never to drop a field: `status` and `reply` as they were, derived from the standing.
 */
export function publishedFields(standing: Standing, sends: boolean): { status: string; reply: string | null } {
  const status = isWithLinkedIn(standing) ? 'waiting' : standing === 'refused' || standing === 'no-answer' ? 'unresolved' : standing;
  const reply = !sends || standing === 'unresolved' || standing === 'in-progress' || standing === 'open' ? null : standing === 'done' ? 'confirmed' : standing;
  return { status, reply };
}
