import { join } from 'node:path';
import { type CalendarEntry, calendarFile } from '../../core/calendar.js';
import { TOOL_NAME, type Platform, type Region } from '../../core/catalogue.js';
import type { ProgressState } from '../../core/progress.js';
import { formatDate } from '../../core/dates.js';
import { printable } from '../../core/printable.js';
import { fill } from '../../core/messages.js';
import type { ReminderEvent } from '../../core/reminder.js';
import { plainDecoration, renderText } from '../../core/text.js';
import type { CommonOptions, Context } from '../../context.js';
import type { AppDeps } from '../../deps.js';
import { CliError, ExitCode } from '../../errors.js';
import { reasonOf, reasonText } from '../../state/file-reason.js';
import { writeOutputFile } from '../../state/output-file.js';
import { openRecord, recheckMonths, reminderEventsOf } from '../shared.js';

export interface ReminderOptions extends CommonOptions {
  /** Where to write the .ics file; by default DEFAULT_FILE in the current folder. */
  readonly output?: string;
  /** Replace a file that is there already. */
  readonly force?: boolean;
  readonly recheckAfter?: string;
}

const DEFAULT_FILE = `${TOOL_NAME}-reminder.ics`;

/**
 * `reminder`: an iCalendar file with an all-day event on the re-check day and, while an objection
 * waits for LinkedIn's answer, one on the day its follow-up is due; each with an alarm, in the
 * user's language. Never replaces a file without `--force`; nothing goes online.
 */
export async function reminder(options: ReminderOptions, deps: AppDeps): Promise<void> {
  const { context, store, state, platform, region } = await openRecord(options, deps);
  const written = await writeReminder(context, state, platform, region, { ...options, months: recheckMonths(options), stateFile: store.path });
  context.say(written);
}

/**
 * Writes the calendar file for what is recorded and returns the sentence that says what it holds;
 * throws a CliError when there is no day to remind of or the file cannot be written. The guide's
 * last screen uses it too.
 */
async function writeReminder(
  context: Context,
  state: ProgressState,
  platform: Platform,
  region: Region | undefined,
  options: { readonly output?: string; readonly force?: boolean; readonly months: number; readonly stateFile: string },
): Promise<string> {
  const { messages, deps } = context;
  const now = deps.now();
  const events = reminderEventsOf(context, state, platform, region, options.months);
  if (events.length === 0) throw new CliError(fill(messages.reminder.nothing, { command: context.command }), ExitCode.Error);

  const entries = events.map((event) => entryOf(event, context));
  const content = calendarFile(entries, { name: messages.reminder.calendarName, language: context.language, now });
  const shown = printable(options.output ?? DEFAULT_FILE);
  const path = options.output ?? join(deps.cwd ?? '.', DEFAULT_FILE);
  // Everything that is said afterwards is made before the file is written: nothing can fail after it.
  const list = entries.map((entry, index) => fill(messages.reminder.event, { summary: entry.summary, date: day(events[index] as ReminderEvent, context) }));
  try {
    writeOutputFile(path, content, { overwrite: options.force === true, protect: [options.stateFile] });
  } catch (error) {
    const reason = reasonOf(error);
    if (reason.kind === 'exists') throw new CliError(fill(messages.reminder.exists, { path: shown }), ExitCode.Error);
    throw new CliError(fill(messages.checklist.writeFailed, { path: shown, reason: reasonText(reason, context) }), ExitCode.Error);
  }
  return fill(messages.reminder.written, { path: shown, events: list.join(messages.meta.listSeparator) });
}

function day(event: ReminderEvent, context: Context): string {
  return formatDate(event.day, context.messages.meta.dateFormat, context.language);
}

function entryOf(event: ReminderEvent, context: Context): CalendarEntry {
  const { reminder: texts, meta } = context.messages;
  const uid = `${event.kind}-${event.due}@${TOOL_NAME}`;
  if (event.kind === 'recheck') {
    return {
      uid,
      day: event.day,
      summary: texts.recheckSummary,
      description: renderText(texts.recheckDescription, meta, plainDecoration, context.messages.labels, { command: context.command }),
    };
  }
  const sent = formatDate(event.sentAt, meta.dateFormat, context.language);
  return { uid, day: event.day, summary: texts.followUpSummary, description: fill(texts.followUpDescription, { date: sent, command: context.command }) };
}
