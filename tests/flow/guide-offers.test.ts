// The follow-up and the calendar file as the guide offers them (on a return, and on its last
// screen), called directly until the guide's new flow wires them in.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offerFollowUp } from '../../src/commands/objection/follow-up.js';
import { offerReminder } from '../../src/commands/reminder/index.js';
import { createContext } from '../../src/context.js';
import type { ProgressState } from '../../src/core/progress.js';
import { createHarness } from '../helpers/app.js';
import { tempDir } from '../helpers/temp.js';

function state(sentAt: string): ProgressState {
  return {
    version: 1,
    settings: { language: 'en', platform: 'web', region: 'eu', selected: ['generative-ai', 'objection-form'] },
    guides: {
      'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: '2026-10-01T09:00:00.000Z' } },
      'objection-form': { platform: 'web', steps: { send: { doneAt: sentAt } }, verification: { result: 'waiting', at: sentAt } },
    },
  } as ProgressState;
}

describe('the follow-up, offered when the guide is started again', () => {
  it('due: says so, shows the text for the day it was sent, and where to complain', async () => {
    const app = createHarness({ env: { LANG: 'en_US.UTF-8' } });
    const context = createContext({ color: false }, app.deps, 'en');
    const offered = offerFollowUp(context, state('2026-10-20T09:00:00.000Z'), 'eu');
    await app.terminal.answer('Your objection of October 20, 2026 has no recorded confirmation a month later: a follow-up is due. Show a text for it?');
    for (const question of ['Your name, for the text', 'The e-mail address of your LinkedIn account']) {
      await app.terminal.waitFor(question);
      await new Promise((resolve) => setImmediate(resolve));
      app.terminal.press('enter');
    }
    await offered;
    const screen = app.terminal.flatText();
    expect(screen).toContain('Follow-up to my objection under Article 21 GDPR of October 20, 2026');
    expect(screen).toContain('Irish Data Protection Commission (DPC)');
    expect(screen).toContain('npx linkedin-ki-optout objection --outcome confirmed');
  });

  it('not due yet: no question at all', async () => {
    const app = createHarness({ env: { LANG: 'en_US.UTF-8' } });
    await offerFollowUp(createContext({ color: false }, app.deps, 'en'), state('2026-11-20T09:00:00.000Z'), 'eu');
    expect(app.terminal.text()).toBe('');
  });
});

describe('the calendar file, offered on the guide\'s last screen', () => {
  it('writes it on Enter; a file already there is left alone, with a sentence', async () => {
    const cwd = tempDir('lkio-offer-');
    const app = createHarness({ env: { LANG: 'de_DE.UTF-8' }, cwd });
    const context = createContext({ color: false }, app.deps, 'de');
    const first = offerReminder(context, state('2026-11-20T09:00:00.000Z'), 'web', 'eu');
    await app.terminal.answer('Das Nachprüfen in den Kalender eintragen? Dafür wird linkedin-ki-optout-reminder.ics im aktuellen Ordner geschrieben');
    await first;
    expect(app.terminal.flatText()).toContain('Geschrieben nach linkedin-ki-optout-reminder.ics: LinkedIn: beim Widerspruch nachfassen am 20. Dezember 2026; LinkedIn: KI-Einstellungen nachprüfen am 1. April 2027.');
    const file = join(cwd, 'linkedin-ki-optout-reminder.ics');
    expect(readFileSync(file, 'utf8')).toContain('BEGIN:VCALENDAR');
    writeFileSync(file, 'mine');
    const second = offerReminder(context, state('2026-11-20T09:00:00.000Z'), 'web', 'eu');
    await app.terminal.answer('Das Nachprüfen in den Kalender eintragen?');
    await second;
    expect(app.terminal.flatText()).toContain('linkedin-ki-optout-reminder.ics gibt es schon.');
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('nothing to remind of: not offered', async () => {
    const cwd = tempDir('lkio-offer-');
    const app = createHarness({ env: { LANG: 'en_US.UTF-8' }, cwd });
    await offerReminder(createContext({ color: false }, app.deps, 'en'), { version: 1, settings: {}, guides: {} } as ProgressState, 'web', 'eu');
    expect(app.terminal.text()).toBe('');
    expect(existsSync(join(cwd, 'linkedin-ki-optout-reminder.ics'))).toBe(false);
  });
});
