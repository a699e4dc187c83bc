import type { Platform, Region } from '../../core/catalogue.js';
import type { Checklist } from '../../core/checklist.js';
import { fill } from '../../core/messages.js';
import { chosenGuides } from '../../core/progress.js';
import { renderChecklistText } from '../../core/render.js';
import { hasReminderDay } from '../reminder/index.js';
import { checklistOf } from '../shared.js';
import type { Session } from './session.js';

/** One line per chosen guide under a heading; returns what it showed. */
export function printSummary(session: Session, platform: Platform, region: Region | undefined, heading: string): Checklist {
  const { context } = session;
  context.print();
  context.say(context.style.heading(heading));
  const model = checklistOf(context, session.state, platform, region, chosenGuides(session.state, region));
  for (const line of renderChecklistText(model, context.messages, context.style, { steps: false })) {
    context.say(line.text, `  ${line.indent}`, `  ${line.hanging}`);
  }
  return model;
}

/** The summary (when it says something new), what is still open, and how to keep a receipt. */
export function printFinish(session: Session, platform: Platform, region: Region, withSummary: boolean): void {
  const { context } = session;
  const { finished } = context.messages;
  const model = withSummary
    ? printSummary(session, platform, region, finished.heading)
    : checklistOf(context, session.state, platform, region, chosenGuides(session.state, region));
  const open = model.guides.filter((guide) => guide.status !== 'done' && guide.status !== 'waiting');
  context.print();
  if (context.accessible) {
    printFinishHeard(session, open, hasReminderDay(context, session.state, platform, region));
    return;
  }
  if (open.length === 0) context.say(fill(finished.allDone, { command: context.command }));
  else context.say(fill(finished.openAdvice, { titles: open.map((guide) => guide.title).join(context.messages.meta.listSeparator), command: context.command }));
  context.say(context.style.dim(fill(finished.keep, { command: context.command })));
  // The re-check where people see it: their calendar (the reminder command), once there is a day for it.
  if (hasReminderDay(context, session.state, platform, region)) context.say(context.style.dim(fill(finished.reminder, { command: context.command })));
}

/**
 * The same, for the ear: the command is said once, on a line of its own to copy, instead of three
 * times inside sentences (a path or a long command read aloud is noise).
 */
function printFinishHeard(session: Session, open: readonly Checklist['guides'][number][], reminder: boolean): void {
  const { context } = session;
  const { accessible, meta } = context.messages;
  if (open.length === 0) context.say(accessible.allDone);
  else context.say(fill(accessible.openAdvice, { titles: open.map((guide) => guide.title).join(meta.listSeparator) }));
  context.say(reminder ? accessible.againReminder : accessible.again);
  context.print(context.command);
}
