import { DEFAULT_PLATFORM, type Outcome, type Region } from '../../core/catalogue.js';
import { formatDate } from '../../core/dates.js';
import { complaintAdvice, OUTCOME_RESULTS } from '../../core/follow-up.js';
import { fill } from '../../core/messages.js';
import { recordVerification, type ProgressState } from '../../core/progress.js';
import type { Context } from '../../context.js';
import { describeStateError } from '../../state/progress-file.js';
import { StateError, type StateStore } from '../../state/store.js';
import { objectionStanding } from './follow-up.js';
import { FORM } from './form.js';

/**
 * Records LinkedIn's answer to the objection (`objection --outcome`) as the objection form's
 * verification, dated now, and says what was recorded and, for a refusal or silence, where to complain.
 */
export async function recordOutcome(context: Context, store: StateStore, state: ProgressState, region: Region | undefined, outcome: Outcome): Promise<void> {
  const now = context.deps.now();
  const platform = state.guides[FORM.id]?.platform ?? state.settings.platform ?? DEFAULT_PLATFORM;
  const next = recordVerification(state, FORM, platform, OUTCOME_RESULTS[outcome], now);
  try {
    await store.write(next);
  } catch (error) {
    if (error instanceof StateError) throw describeStateError(error, context);
    throw error;
  }
  const { messages } = context;
  const date = (value: Date) => formatDate(value, messages.meta.dateFormat, context.language);
  // An extension moves the follow-up day (Art. 12(3) GDPR); it is not a refusal, so no complaint
  // advice. Without a saved day of sending there is no day to move: none is made up.
  const due = objectionStanding(next, now).followUpDueAt;
  const recorded = outcome === 'extended' && due === null ? messages.followUp.recordedExtendedUndated : messages.followUp.recorded[outcome];
  context.say(fill(recorded, { date: date(now), due: due === null ? '' : date(due) }));
  if (outcome === 'refused' || outcome === 'no-answer') context.say(complaintAdvice(messages, region));
}
