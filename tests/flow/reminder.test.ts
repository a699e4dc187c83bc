import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';
import { tempDir } from '../helpers/temp.js';

const STATE = {
  version: 1,
  settings: { language: 'en', platform: 'web', region: 'eu', selected: ['generative-ai', 'objection-form'] },
  guides: {
    'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: '2026-11-20T09:05:00.000Z' } },
    'objection-form': {
      platform: 'web',
      steps: { send: { doneAt: '2026-11-10T09:00:00.000Z' } },
      verification: { result: 'waiting', at: '2026-11-10T09:01:00.000Z' },
    },
  },
};

interface Event {
  summary: string;
  description: string;
  start: string;
  isDate: boolean;
  end: string;
  uid: string;
  alarms: { action: string; trigger: string; description: string }[];
}

/** Parses the file with a real iCalendar parser (ical.js), as a calendar program would. */
function parse(path: string): { calendar: ICAL.Component; events: Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      isDate: event.startDate.isDate,
      end: event.endDate.toString(),
      uid: event.uid,
      alarms: component.getAllSubcomponents('valarm').map((alarm) => ({
        action: String(alarm.getFirstPropertyValue('action')),
        trigger: String(alarm.getFirstPropertyValue('trigger')),
        description: String(alarm.getFirstPropertyValue('description')),
      })),
    };
  });
  return { calendar, events };
}

function folder(): string {
  return tempDir('lkio-ics-');
}

describe('reminder', () => {
  it('an all-day event on the re-check day and one on the follow-up day, each with an alarm', async () => {
    const file = join(folder(), 'linkedin.ics');
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' } });
    app.seed(STATE);
    expect(await app.run(['reminder', '--output', file])).toBe(0);
    expect(app.terminal.flatText()).toContain(
      `Saved to ${file}: LinkedIn: follow up on the objection on 10 December 2026; LinkedIn: re-check the AI settings on 20 May 2027.`,
    );
    const { calendar, events } = parse(file);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain('linkedin-ki-optout');
    expect(events).toHaveLength(2);
    const [followUp, recheck] = events as [Event, Event];
    expect(followUp).toMatchObject({ summary: 'LinkedIn: follow up on the objection', start: '2026-12-10', end: '2026-12-11', isDate: true });
    expect(followUp.description).toContain('Your objection of 10 November 2026 has no saved confirmation.');
    expect(followUp.description).toContain('npx linkedin-ki-optout objection --follow-up');
    expect(recheck).toMatchObject({ summary: 'LinkedIn: re-check the AI settings', start: '2027-05-20', end: '2027-05-21', isDate: true });
    expect(recheck.description).toContain("Check that LinkedIn's settings still read “Off”. Run npx linkedin-ki-optout, choose the re-check");
    for (const event of events) {
      expect(event.alarms).toEqual([{ action: 'DISPLAY', trigger: '-PT15H', description: event.summary }]);
    }
    expect(recheck.uid).toBe('recheck-2027-05-20@linkedin-ki-optout');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // RFC 5545: CRLF line ends, no line longer than 75 octets.
    const raw = readFileSync(file);
    expect(raw.toString('utf8')).toContain('\r\n');
    for (const line of raw.toString('utf8').split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('in German (Swiss spelling for a Swiss profile), with --recheck-after', async () => {
    const file = join(folder(), 'erinnerung.ics');
    const app = createHarness({ tty: false, env: { LANG: 'de_DE.UTF-8' } });
    app.seed({ ...STATE, settings: { ...STATE.settings, language: 'de', region: 'ch' } });
    expect(await app.run(['reminder', '-o', file, '--recheck-after', '3'])).toBe(0);
    const { events } = parse(file);
    expect(events.map((event) => [event.summary, event.start])).toEqual([
      ['LinkedIn: beim Widerspruch nachfassen', '2026-12-10'],
      ['LinkedIn: KI-Einstellungen nachprüfen', '2027-02-20'],
    ]);
    expect(events[1]?.description).toContain('Prüfen Sie, ob LinkedIns Einstellungen noch auf „Aus“ stehen.');
    expect(events[0]?.description).toContain('Für Ihren Widerspruch vom 10. November 2026 ist keine Bestätigung gespeichert.');
    expect(readFileSync(file, 'utf8') + app.terminal.text()).not.toMatch(/[ßẞ]/);
  });

  it('no follow-up once LinkedIn answered; a day already past becomes today', async () => {
    const file = join(folder(), 'r.ics');
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' }, now: new Date('2027-08-01T10:00:00.000Z') });
    app.seed({
      ...STATE,
      guides: { ...STATE.guides, 'objection-form': { ...STATE.guides['objection-form'], verification: { result: 'yes', at: '2026-11-30T10:00:00.000Z' } } },
    });
    expect(await app.run(['reminder', '--output', file])).toBe(0);
    expect(parse(file).events.map((event) => [event.summary, event.start])).toEqual([['LinkedIn: re-check the AI settings', '2027-08-01']]);
    // The id stays that of the day it was due, so importing again on another day updates the same event.
    expect(parse(file).events[0]?.uid).toBe('recheck-2027-05-20@linkedin-ki-optout');
  });

  it('by default a named file in the current folder; never replaced without --force', async () => {
    const cwd = folder();
    const path = join(cwd, 'linkedin-ki-optout-reminder.ics');
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' }, cwd });
    app.seed(STATE);
    expect(await app.run(['reminder'])).toBe(0);
    expect(app.terminal.flatText()).toContain('Saved to linkedin-ki-optout-reminder.ics:');
    expect(parse(path).events).toHaveLength(2);
    writeFileSync(path, 'my own calendar');
    expect(await app.run(['reminder'])).toBe(1);
    expect(app.stderr()).toContain('linkedin-ki-optout-reminder.ics already exists. Choose another file with --output, or replace it with --force.');
    expect(readFileSync(path, 'utf8')).toBe('my own calendar');
    expect(await app.run(['reminder', '--force'])).toBe(0);
    expect(parse(path).events).toHaveLength(2);
  });

  it('nothing confirmed and nothing waiting: a sentence, exit 1, no file', async () => {
    const cwd = folder();
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' }, cwd });
    expect(await app.run(['reminder'])).toBe(1);
    expect(app.stderr()).toContain(
      'There is no date to remind you of yet: nothing is confirmed and no objection is waiting. Start with: npx linkedin-ki-optout',
    );
    expect(existsSync(join(cwd, 'linkedin-ki-optout-reminder.ics'))).toBe(false);
  });

  it('never over the progress file, even with --force', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' } });
    app.seed(STATE);
    const before = readFileSync(app.statePath, 'utf8');
    expect(await app.run(['reminder', '--output', app.statePath, '--force'])).toBe(1);
    expect(app.stderr()).toContain(`Could not write ${app.statePath}`);
    expect(readFileSync(app.statePath, 'utf8')).toBe(before);
  });
});
