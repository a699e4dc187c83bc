import { addMonths } from 'date-fns/addMonths';
import { LINKS, type GuideDefinition, type Language, type Outcome, type Region } from './catalogue.js';
import { formatDate, parseDate } from './dates.js';
import { fill, type Messages } from './messages.js';
import { isStepDone, type GuideRecord, type VerificationResult } from './progress.js';

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
 * Where an objection that was sent stands: `waiting` within the month LinkedIn has to answer,
 * `extended` within the three months after LinkedIn said it needs longer, `follow-up-due` after
 * either without a confirmation, or LinkedIn's answer as recorded.
 */
export type ReplyState = 'waiting' | 'extended' | 'follow-up-due' | 'confirmed' | 'refused' | 'no-answer';

export interface ObjectionReply {
  readonly state: ReplyState;
  /** When the form was sent (the guide's send step), if that is recorded. */
  readonly sentAt: string | null;
  /** One month after sending (three when LinkedIn extended its deadline), while no answer is recorded. */
  readonly followUpDueAt: Date | null;
  /** LinkedIn said it extended its deadline by two months. */
  readonly extended: boolean;
}

const RECORDED: Partial<Record<VerificationResult, ReplyState>> = { yes: 'confirmed', refused: 'refused', 'no-answer': 'no-answer' };

/**
 * Decides where an objection stands at `now`; null for a guide that sends nothing, or an objection
 * neither sent nor answered. "Not yet", "not sure" and no answer at all count as waiting.
 */
export function objectionReply(guide: GuideDefinition, record: GuideRecord | undefined, now: Date): ObjectionReply | null {
  if (guide.sentStep === undefined || record === undefined) return null;
  const sent = record.steps[guide.sentStep];
  const sentAt = isStepDone(sent) ? sent.doneAt : null;
  const recorded = record.verification === undefined ? undefined : RECORDED[record.verification.result];
  if (recorded !== undefined) return { state: recorded, sentAt, followUpDueAt: null, extended: false };
  if (sentAt === null) return null;
  const extended = record.verification?.result === 'extended';
  const followUpDueAt = addMonths(parseDate(sentAt), ANSWER_WITHIN_MONTHS + (extended ? EXTENDED_BY_MONTHS : 0));
  if (followUpDueAt <= now) return { state: 'follow-up-due', sentAt, followUpDueAt, extended };
  return { state: extended ? 'extended' : 'waiting', sentAt, followUpDueAt, extended };
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
  person: { readonly name?: string; readonly email?: string },
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
