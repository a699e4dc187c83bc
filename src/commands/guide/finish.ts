import { DEFAULT_RECHECK_MONTHS, type Platform, type Region } from '../../core/catalogue.js';
import { recheckDueAt } from '../../core/dates.js';
import { guideText, type Checklist } from '../../core/checklist.js';
import { fill } from '../../core/messages.js';
import { chosenGuides, isEmpty } from '../../core/progress.js';
import { renderChecklistText } from '../../core/render.js';
import { isSettled } from '../../core/standing.js';
import { checklistOf, hasReminderDay } from '../shared.js';
import type { Session } from './session.js';

/** One line per chosen guide under a heading; returns what it showed. */
export function printSummary(session: Session, platform: Platform, region: Region | undefined, heading: string, state = session.state): Checklist {
  const { context } = session;
  context.print();
  context.say(context.style.heading(heading));
  const model = checklistOf(context, state, platform, region, chosenGuides(state, region));
  for (const line of renderChecklistText(model, context.messages, context.style, { steps: false })) {
    context.say(line.text, `  ${line.indent}`, `  ${line.hanging}`);
  }
  return model;
}

/** Whether a switch was last seen "Off" long enough ago that a re-check is due (as `status` counts it). */
export function recheckDue(model: Checklist, now: Date): boolean {
  return model.guides.some((guide) => guide.completedAt !== null && recheckDueAt(guide.lastCheckedAt ?? guide.completedAt, DEFAULT_RECHECK_MONTHS) <= now);
}

/** What is not on disk because saving failed: said on the last screen, so that no answer is lost unnoticed. */
function printUnsaved(session: Session): void {
  const { context } = session;
  if (session.unsaved.length === 0) return;
  const titles = session.unsaved.map((id) => guideText(context.messages, id).title).join(context.messages.meta.listSeparator);
  context.say(context.style.warn(fill(context.messages.finished.notSaved, { titles })));
}

/**
 * The summary (when it says something new), what is still open, and how to keep a receipt: all of
 * it from what is saved, so that after a failed save nothing unsaved shows as done and `reminder`
 * (which reads the file) is offered only for a day that is on disk. What it calls open is what
 * `status` calls open: the same standing, from the same model.
 */
export function printFinish(session: Session, platform: Platform, region: Region, withSummary: boolean): void {
  const { context } = session;
  const { finished, followUp } = context.messages;
  const state = session.saved;
  const model = withSummary
    ? printSummary(session, platform, region, finished.heading, state)
    : checklistOf(context, state, platform, region, chosenGuides(state, region));
  const open = model.guides.filter((guide) => !isSettled(guide.standing) && guide.standing !== 'follow-up-due');
  const followUpDue = model.guides.some((guide) => guide.standing === 'follow-up-due');
  context.print();
  printUnsaved(session);
  if (context.accessible) {
    printFinishHeard(session, open, followUpDue, hasReminderDay(context, state, platform, region));
    return;
  }
  if (followUpDue) context.say(fill(followUp.due, { command: context.command }));
  if (open.length > 0) {
    context.say(fill(finished.openAdvice, { titles: open.map((guide) => guide.title).join(context.messages.meta.listSeparator), command: context.command }));
  } else if (!followUpDue) context.say(fill(finished.allDone, { command: context.command }));
  context.say(context.style.dim(fill(finished.keep, { command: context.command })));
  // The re-check where people see it: their calendar (the reminder command), once there is a day for it.
  if (hasReminderDay(context, state, platform, region)) context.say(context.style.dim(fill(finished.reminder, { command: context.command })));
}

/** When the person stops for now: "progress saved" only when something is, and what is not. */
export function printStopped(session: Session): void {
  const { context } = session;
  context.print();
  printUnsaved(session);
  if (isEmpty(session.state)) context.say(fill(context.messages.stoppedNothing, { command: context.command }));
  else if (session.allSaved) context.say(fill(context.messages.stopped, { command: context.command }));
}

/**
 * The same, for the ear: the command is said once, on a line of its own to copy, instead of three
 * times inside sentences (a path or a long command read aloud is noise).
 */
function printFinishHeard(session: Session, open: readonly Checklist['guides'][number][], followUpDue: boolean, reminder: boolean): void {
  const { context } = session;
  const { accessible, meta, followUp } = context.messages;
  if (followUpDue) context.say(fill(followUp.due, { command: context.command }));
  if (open.length > 0) context.say(fill(accessible.openAdvice, { titles: open.map((guide) => guide.title).join(meta.listSeparator) }));
  else if (!followUpDue) context.say(accessible.allDone);
  context.say(reminder ? accessible.againReminder : accessible.again);
  context.print(context.command);
}
