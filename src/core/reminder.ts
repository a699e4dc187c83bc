import { format } from 'date-fns/format';
import { startOfDay } from 'date-fns/startOfDay';
import type { ChecklistGuide } from './checklist.js';
import { recheckDueAt } from './dates.js';

interface CalendarDay {
  /** The local calendar day, `YYYY-MM-DD`; a day already past becomes today. */
  readonly day: string;
  /** The day it is really due, even when past: the same reminder keeps the same id. */
  readonly due: string;
}

/** A day in the calendar: the re-check, or the follow-up of an objection sent on `sentAt` that waits for an answer. */
export type ReminderEvent = (CalendarDay & { readonly kind: 'recheck' }) | (CalendarDay & { readonly kind: 'follow-up'; readonly sentAt: string });

/**
 * The days to put in the calendar: the first re-check of what is confirmed (`months` after it was),
 * and, while an objection waits for LinkedIn's answer, the day its follow-up is due. The clock is
 * passed in; days are local, as a person reads a calendar.
 */
export function reminderEvents(guides: readonly ChecklistGuide[], months: number, now: Date): ReminderEvent[] {
  const today = startOfDay(now);
  const days = (date: Date) => ({ day: format(Math.max(date.getTime(), today.getTime()), 'yyyy-MM-dd'), due: format(date, 'yyyy-MM-dd') });
  const events: ReminderEvent[] = [];
  const recheck = guides
    .flatMap((guide) => (guide.completedAt === null ? [] : [recheckDueAt(guide.lastCheckedAt ?? guide.completedAt, months)]))
    .sort((a, b) => a.getTime() - b.getTime())[0];
  if (recheck !== undefined) events.push({ kind: 'recheck', ...days(recheck) });
  for (const guide of guides) {
    // The model sets a follow-up day only while the objection waits for LinkedIn's answer, counted from the day it was sent.
    if (guide.followUpDueAt !== null && guide.sentAt !== null) {
      events.push({ kind: 'follow-up', ...days(new Date(guide.followUpDueAt)), sentAt: guide.sentAt });
    }
  }
  return events.sort((a, b) => a.day.localeCompare(b.day));
}
