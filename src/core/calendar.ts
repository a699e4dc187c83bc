// iCalendar (RFC 5545): one all-day event with an alarm per reminder, in the properties Google,
// Apple, Outlook and Thunderbird import. Written here rather than with ical-generator: the same
// output took that library's 36 kB (9.5 kB compressed) in the package, for the four rules below
// (text escaped, lines folded at 75 octets, CRLF after every line, dates as digits).

export interface CalendarEntry {
  /** Stays the same for the same reminder, so importing it again updates rather than duplicates. */
  readonly uid: string;
  /** `YYYY-MM-DD`: an all-day event on that local day. */
  readonly day: string;
  readonly summary: string;
  readonly description: string;
}

/** An alarm at 9:00 the day before (15 hours before the day starts): before-start triggers work everywhere. */
const ALARM_BEFORE = '-PT15H';
const LINE_OCTETS = 75;

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
function text(value: string): string {
  return value.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Content lines longer than 75 octets go on in lines that start with a space (3.1), never inside a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Octets(character.codePointAt(0) ?? 0);
    // Continuation lines begin with one space, which counts towards their 75 octets.
    if (octets + size > LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** `2027-03-05` → `20270305`, and the day after, for an all-day DTEND. */
function dateValue(day: string, plusDays = 0): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + plusDays)).toISOString().slice(0, 10).replaceAll('-', '');
}

/** `DTSTAMP` in UTC: `20261203T033005Z`. */
function stampValue(now: Date): string {
  return `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

export function calendarFile(entries: readonly CalendarEntry[], meta: { readonly name: string; readonly language: string; readonly now: Date }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//linkedin-ki-optout//reminder//${meta.language.toUpperCase()}`,
    'METHOD:PUBLISH',
    `NAME:${text(meta.name)}`,
    `X-WR-CALNAME:${text(meta.name)}`,
  ];
  for (const entry of entries) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${entry.uid}`,
      'SEQUENCE:0',
      `DTSTAMP:${stampValue(meta.now)}`,
      `DTSTART;VALUE=DATE:${dateValue(entry.day)}`,
      // DTEND the next day: an all-day event of one day, as Outlook wants it spelled out.
      `DTEND;VALUE=DATE:${dateValue(entry.day, 1)}`,
      'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE',
      'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE',
      `SUMMARY:${text(entry.summary)}`,
      `DESCRIPTION:${text(entry.description)}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:${ALARM_BEFORE}`,
      `DESCRIPTION:${text(entry.summary)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  // Every content line ends with CRLF, the last one too.
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
