import { findGuide, LINKS, type Region } from '../../core/catalogue.js';
import { complaintAdvice, objectionReply, type ObjectionReply } from '../../core/follow-up.js';
import { fill } from '../../core/messages.js';
import type { ProgressState } from '../../core/progress.js';
import type { Context } from '../../context.js';

const FORM = findGuide('objection-form');

/** Where the recorded objection stands now; null when none was sent or answered. */
export function recordedReply(state: ProgressState, now: Date): ObjectionReply | null {
  return FORM === undefined ? null : objectionReply(FORM, state.guides['objection-form'], now);
}

/** What to do with the follow-up once it is written: where to paste it, where to complain, how to record the answer. */
export function followUpNotes(context: Context, region: Region | undefined): string[] {
  const { messages } = context;
  return [
    fill(messages.objection.paste, { link: LINKS.objectionForm }),
    `${messages.followUp.stillNoAnswer} ${complaintAdvice(messages, region)}`,
    fill(messages.followUp.record, { command: context.command }),
  ];
}
