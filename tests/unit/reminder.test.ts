// The days `reminder` puts into the calendar, and the calendar file itself, with the clock pinned.
import { describe, expect, it } from 'vitest';
import { findGuide, type Region } from '../../src/core/catalogue.js';
import { calendarFile, foldLine } from '../../src/core/calendar.js';
import { emptyState, markStepDone, recordVerification, type ProgressState } from '../../src/core/progress.js';
import { reminderEvents } from '../../src/core/reminder.js';
import { CHECKLIST_NOW, checklistOf } from '../helpers/checklist.js';

const now = CHECKLIST_NOW;
const ai = findGuide('generative-ai')!;
const research = findGuide('research-data')!;
const form = findGuide('objection-form')!;

function events(state: ProgressState, months = 12, region: Region = 'eu') {
  const checklist = checklistOf(state, { region });
  return reminderEvents(checklist.guides, months, now);
}

describe('reminderEvents (the clock passed in)', () => {
  it('one re-check, for the guide confirmed first (whatever the order of the guides), and the follow-up of a waiting objection, by day', () => {
    // The main switch is listed first but was confirmed later than the research switch.
    let state = recordVerification(emptyState(), ai, 'web', 'yes', new Date('2026-06-10T09:00:00.000Z'));
    state = recordVerification(state, research, 'web', 'yes', new Date('2026-03-05T09:00:00.000Z'));
    state = markStepDone(state, form, 'web', 'send', new Date('2026-11-10T08:00:00.000Z'));
    expect(events(state)).toEqual([
      { kind: 'follow-up', day: '2026-12-10', due: '2026-12-10', sentAt: '2026-11-10T08:00:00.000Z' },
      { kind: 'recheck', day: '2027-03-05', due: '2027-03-05' },
    ]);
  });

  it('a follow-up already due is put on today, and keeps the day it was due', () => {
    const state = markStepDone(emptyState(), form, 'web', 'send', new Date('2026-09-01T08:00:00.000Z'));
    expect(events(state)).toEqual([{ kind: 'follow-up', day: '2026-11-24', due: '2026-10-01', sentAt: '2026-09-01T08:00:00.000Z' }]);
  });

  it('a follow-up due later today is on today', () => {
    const state = markStepDone(emptyState(), form, 'web', 'send', new Date('2026-10-24T15:00:00.000Z'));
    expect(events(state)).toEqual([{ kind: 'follow-up', day: '2026-11-24', due: '2026-11-24', sentAt: '2026-10-24T15:00:00.000Z' }]);
  });

  it('a re-check already due is put on today', () => {
    const state = recordVerification(emptyState(), ai, 'web', 'yes', new Date('2026-03-05T09:00:00.000Z'));
    expect(events(state, 6)).toEqual([{ kind: 'recheck', day: '2026-11-24', due: '2026-09-05' }]);
  });

  it('nothing to remind of: nothing confirmed, and the objection answered (refused) or not sent', () => {
    let state = markStepDone(emptyState(), form, 'web', 'send', new Date('2026-11-10T08:00:00.000Z'));
    state = recordVerification(state, form, 'web', 'refused', new Date('2026-11-20T08:00:00.000Z'));
    expect(events(state)).toEqual([]);
    expect(events(emptyState())).toEqual([]);
    expect(events(recordVerification(emptyState(), ai, 'web', 'no', now))).toEqual([]);
  });
});

describe('calendarFile', () => {
  it('names the product and the language (upper case) in PRODID, and writes one all-day event with an alarm', () => {
    const ics = calendarFile([{ uid: 'recheck-2027-03-05@linkedin-ki-optout', day: '2027-03-05', summary: 'Look again', description: 'Details' }], {
      name: 'LinkedIn AI',
      language: 'de',
      now,
    });
    const lines = ics.split(/\r\n/);
    expect(lines).toContain('PRODID:-//linkedin-ki-optout//reminder//DE');
    expect(lines).toContain('DTSTART;VALUE=DATE:20270305');
    expect(lines).toContain('DTEND;VALUE=DATE:20270306');
    expect(lines).toContain('UID:recheck-2027-03-05@linkedin-ki-optout');
    expect(lines).toContain('TRIGGER:-PT15H');
  });

  it('ends every line with CRLF, the last one too (RFC 5545 3.1), and has no bare LF', () => {
    const ics = calendarFile([{ uid: 'a@linkedin-ki-optout', day: '2027-03-05', summary: 'Look again', description: 'Details' }], {
      name: 'LinkedIn AI',
      language: 'en',
      now,
    });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('escapes backslash, semicolon, comma and line breaks in every text (RFC 5545 3.3.11), the calendar name too', () => {
    const ics = calendarFile([{ uid: 'a@linkedin-ki-optout', day: '2027-03-05', summary: 'Look: a, b; c', description: 'One\nTwo\r\nThree \\ four' }], {
      name: 'LinkedIn; AI, off',
      language: 'en',
      now,
    });
    const lines = ics.split('\r\n');
    expect(lines).toContain('SUMMARY:Look: a\\, b\\; c');
    expect(lines).toContain('DESCRIPTION:One\\nTwo\\nThree \\\\ four');
    expect(lines).toContain('X-WR-CALNAME:LinkedIn\\; AI\\, off');
    // The alarm says the summary.
    expect(lines.filter((line) => line === 'DESCRIPTION:Look: a\\, b\\; c')).toHaveLength(1);
    expect(lines).toContain(`DTSTAMP:${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`);
  });

  it('folds a line longer than 75 octets into lines of at most 75 that start with a space, never inside a character', () => {
    const value = `DESCRIPTION:${'Ä'.repeat(30)} ${'x'.repeat(40)} 🙂✓ ${'€'.repeat(30)}`;
    const folded = foldLine(value);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    for (const line of lines.slice(1)) expect(line.startsWith(' ')).toBe(true);
    // Unfolding (3.1: remove CRLF and the one space after it) gives the line back, each character whole.
    expect(folded.replace(/\r\n /g, '')).toBe(value);
    expect(folded).not.toContain('\uFFFD');
    // The first line is as long as it may be: adding its next character would pass 75 octets.
    const first = lines[0] ?? '';
    expect(Buffer.byteLength(first) + Buffer.byteLength([...(lines[1] ?? '').slice(1)][0] ?? '')).toBeGreaterThan(75);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
    expect(foldLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`);
  });
});
