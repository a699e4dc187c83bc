import { LINKS, type Region } from '../../core/catalogue.js';
import { complaintAdvice, objectionReply, type ObjectionReply } from '../../core/follow-up.js';
import { formatDate } from '../../core/dates.js';
import { fill } from '../../core/messages.js';
import type { ProgressState } from '../../core/progress.js';
import type { Context } from '../../context.js';
import { confirm } from '../../terminal/prompts.js';
import { composeFollowUp, showText } from './compose.js';
import { FORM } from './form.js';

/** Where the recorded objection stands now; null when none was sent or answered. */
export function recordedReply(state: ProgressState, now: Date): ObjectionReply | null {
  return FORM === undefined ? null : objectionReply(FORM, state.guides[FORM.id], now);
}

/** What to do with the follow-up once it is written: where to paste it, where to complain, how to record the answer. */
export function followUpNotes(context: Context, region: Region | undefined): string[] {
  const { messages } = context;
  return [
    fill(messages.objection.paste, { link: LINKS.objectionForm }),
    // Before a complaint, LinkedIn's Data Protection Officer, who has a form of their own (FACTS §2).
    fill(messages.followUp.dpo, { link: LINKS.dpoForm }),
    `${messages.followUp.stillNoAnswer} ${complaintAdvice(messages, region)}`,
    fill(messages.followUp.record, { command: context.command }),
  ];
}

/**
 * For the guide, started again: when a follow-up is due, says so and offers its text (asked like
 * `objection --follow-up`: name and e-mail optional, never saved), with the notes after it.
 */
export async function offerFollowUp(context: Context, state: ProgressState, region: Region | undefined): Promise<void> {
  const reply = recordedReply(state, context.deps.now());
  if (reply?.state !== 'follow-up-due') return;
  const { messages } = context;
  const date = reply.sentAt === null ? messages.followUp.datePlaceholder : formatDate(reply.sentAt, messages.meta.dateFormat, context.language);
  context.print();
  const show = await confirm(context, fill(messages.followUp.offer, { date }), { yes: messages.objection.offerFollowUp, no: messages.followUp.notNow }, true);
  if (!show) return;
  const say = (line: string) => context.say(line);
  const text = await composeFollowUp(context, reply, {}, true, say);
  context.print();
  showText(context, text);
  context.print();
  for (const line of followUpNotes(context, region)) say(line);
}
