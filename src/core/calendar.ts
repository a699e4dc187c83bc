// iCalendar (RFC 5545) through ical-generator: it escapes, folds lines at 75 octets and writes the
// all-day and alarm properties that Google, Apple, Outlook and Thunderbird import. It has no
// dependencies and adds about 9 kB (gzip) to the bundle, loaded only by `reminder`.
import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';

export interface CalendarEntry {
  /** Stays the same for the same reminder, so importing it again updates rather than duplicates. */
  readonly uid: string;
  /** `YYYY-MM-DD`: an all-day event on that local day. */
  readonly day: string;
  readonly summary: string;
  readonly description: string;
}

/** An alarm at 9:00 the day before (15 hours before the day starts): before-start triggers work everywhere. */
const ALARM_SECONDS_BEFORE = 15 * 60 * 60;

export function calendarFile(entries: readonly CalendarEntry[], meta: { readonly name: string; readonly language: string; readonly now: Date }): string {
  const calendar = ical({
    name: meta.name,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'linkedin-ki-optout', product: 'reminder', language: meta.language },
  });
  for (const entry of entries) {
    const [year, month, day] = entry.day.split('-').map(Number) as [number, number, number];
    const event = calendar.createEvent({
      id: entry.uid,
      // A date without a time zone: ical-generator writes all-day dates from the UTC date.
      start: new Date(Date.UTC(year, month - 1, day)),
      // DTEND the next day: an all-day event of one day, as Outlook wants it spelled out.
      end: new Date(Date.UTC(year, month - 1, day + 1)),
      allDay: true,
      stamp: meta.now,
      summary: entry.summary,
      description: entry.description,
    });
    event.createAlarm({ type: ICalAlarmType.display, trigger: ALARM_SECONDS_BEFORE, description: entry.summary });
  }
  // RFC 5545 ends every content line, the last one too, with CRLF; ical-generator leaves the last bare.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
