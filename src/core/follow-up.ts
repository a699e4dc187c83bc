import { addMonths } from 'date-fns/addMonths';
import { LINKS, type GuideDefinition, type Language, type Outcome, type Region } from './catalogue.js';
import { formatDate, parseDate } from './dates.js';
import { fill, type Messages } from './messages.js';
import type { GuideProgress, VerificationResult } from './progress.js';
import { recordedStanding, sentDate, type Standing } from './standing.js';

/**
 * Art. 12(3) GDPR: a controller answers a request within one month of receiving it, or within two
 * further months when it extends the deadline and says so (FACTS §2).
 */
const ANSWER_WITHIN_MONTHS = 1;
const EXTENDED_BY_MONTHS = 2;

/** The verification result each recorded answer of LinkedIn is kept as. */
export const OUTCOME_RESULTS: Readonly<Record<Outcome, VerificationResult>> = {
  confirmed: 'yes',
  extended: 'extended',
  refused: 'refused',
  'no-answer': 'no-answer',
};

/**
 * `sentAt`: when the form was sent (see sentDate); null when that is not saved. `followUpDueAt`: a
 * month after sending (three after an extension) while LinkedIn's answer is awaited; null when no
 * answer is awaited or no day of sending is saved: there is no day to count from then.
 */
export type Whereabouts =
  | { readonly standing: Standing; readonly sentAt: string; readonly followUpDueAt: Date }
  | { readonly standing: Standing; readonly sentAt: string | null; readonly followUpDueAt: null };

/** Where a guide stands at `now` (see Standing): the one place the record and the clock are put together. */
export function standingOf(guide: GuideDefinition, progress: Pick<GuideProgress, 'record' | 'stepsDone'>, now: Date): Whereabouts {
  const standing = recordedStanding(guide, progress);
  const sentAt = sentDate(guide, progress.record);
  if (sentAt === null || (standing !== 'waiting' && standing !== 'extended')) return { standing, sentAt, followUpDueAt: null };
  const followUpDueAt = addMonths(parseDate(sentAt), ANSWER_WITHIN_MONTHS + (standing === 'extended' ? EXTENDED_BY_MONTHS : 0));
  return { standing: followUpDueAt <= now ? 'follow-up-due' : standing, sentAt, followUpDueAt };
}

/** Which authority to complain to, by where the profile is; everyone's when the region is not known. */
export function complaintAdvice(messages: Messages, region: Region | undefined): string {
  const { complain } = messages.followUp;
  const text = region === 'eu' || region === 'ch' || region === 'uk' ? complain[region] : complain.other;
  return fill(text, { link: LINKS.dpaList });
}

/**
 * The follow-up for LinkedIn's form, in the user's language: it names the day the objection was
 * sent (a visible placeholder when that is not recorded) and asks for confirmation.
 */
export function followUpText(
  messages: Messages,
  sentAt: string | null,
  language: Language,
  person: { readonly name?: string | undefined; readonly email?: string | undefined },
  extended = false,
): string {
  const { followUp, objection } = messages;
  const date = sentAt === null ? followUp.datePlaceholder : formatDate(sentAt, messages.meta.dateFormat, language);
  const name = person.name || objection.namePlaceholder;
  const email = person.email || objection.emailPlaceholder;
  // The deadline the letter names is the one that has passed: a month, or three after LinkedIn extended it.
  const deadline = extended ? followUp.deadlineExtended : followUp.deadline;
  return followUp.text.map((paragraph) => fill(paragraph, { date, name, email, deadline })).join('\n\n');
}
