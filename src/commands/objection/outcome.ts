import { findGuide, type Outcome, type Region } from '../../core/catalogue.js';
import { formatDate } from '../../core/dates.js';
import { complaintAdvice, OUTCOME_RESULTS } from '../../core/follow-up.js';
import { fill } from '../../core/messages.js';
import { recordVerification, type ProgressState } from '../../core/progress.js';
import type { Context } from '../../context.js';
import { describeStateError } from '../../state/progress-file.js';
import { StateError } from '../../state/store.js';

/**
 * Records LinkedIn's answer to the objection (`objection --outcome`) as the objection form's
 * verification, dated now, and says what was recorded and, for a refusal or silence, where to complain.
 */
export async function recordOutcome(context: Context, state: ProgressState, region: Region | undefined, outcome: Outcome): Promise<void> {
  const form = findGuide('objection-form');
  if (form === undefined) return;
  const now = context.deps.now();
  const platform = state.guides['objection-form']?.platform ?? state.settings.platform ?? 'web';
  try {
    await context.store.write(recordVerification(state, form, platform, OUTCOME_RESULTS[outcome], now));
  } catch (error) {
    if (error instanceof StateError) throw describeStateError(error, context);
    throw error;
  }
  const { messages } = context;
  context.say(fill(messages.followUp.recorded[outcome], { date: formatDate(now, messages.meta.dateFormat, context.language) }));
  if (outcome !== 'confirmed') context.say(complaintAdvice(messages, region));
}
