import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';
import { tempDir } from '../helpers/temp.js';

// Issue 19, "A record you can trust": each of its eight findings, as the person saw it.

const AI_LINK = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';
const SWITCHED = '2026-12-02T09:00:00.000Z';
const SENT = '2026-12-02T09:10:00.000Z';
/** Months later, past the re-check date and the follow-up day. */
const LATER = new Date('2027-07-05T10:00:00.000Z');

type Saved = { guides: Record<string, { steps: Record<string, object>; verification?: { result: string; at: string; checkedAt?: string } }> };

function sentState(result = 'waiting', language = 'en') {
  return {
    version: 1,
    settings: { language, platform: 'web', region: 'eu', selected: ['generative-ai', 'objection-form'] },
    guides: {
      'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: SWITCHED } },
      'objection-form': {
        platform: 'web',
        steps: { 'open-form': { doneAt: '2026-12-02T09:05:00.000Z' }, send: { doneAt: SENT } },
        verification: { result, at: SENT },
      },
    },
  };
}

// The guide loads most of itself after the first question (later.ts): load it once before the
// clock-bound waits, so that the first test does not pay for transforming it under load.
beforeAll(() => import('../../src/commands/guide/later.js'));

/** A stand-in for xclip that stores what it is given. */
function fakeClipboard(): { bin: string; received: string } {
  const bin = tempDir('lkio-clip-');
  const received = join(bin, 'received.txt');
  writeFileSync(join(bin, 'xclip'), `#!/bin/sh\ncat > "${received}"\n`);
  chmodSync(join(bin, 'xclip'), 0o755);
  return { bin, received };
}

describe('1. confirmed means looked at: a re-check opens the setting before it asks', () => {
  it('Enter at every default months later opens the setting first, then keeps the day it was switched off and adds the day it was checked', async () => {
    const app = createHarness({ now: LATER });
    app.seed({ ...sentState('yes'), settings: { language: 'en', platform: 'web', region: 'eu', selected: ['generative-ai'] } });
    const exit = app.run([]);
    // Choices: re-check, start over, quit.
    await app.terminal.answer('What would you like to do?');
    await app.terminal.answer('Open the setting to look at it');
    // Nothing is recorded before the person has looked.
    expect((app.state() as Saved).guides['generative-ai']!.verification).toEqual({ result: 'yes', at: SWITCHED });
    await app.terminal.answer('read “Off” now?');
    expect(await exit).toBe(0);
    expect(app.opened()).toEqual([AI_LINK]);
    expect((app.state() as Saved).guides['generative-ai']!.verification).toEqual({ result: 'yes', at: SWITCHED, checkedAt: LATER.toISOString() });
    const screen = app.terminal.flatText();
    expect(screen).toContain('✔ Saved: it still reads “Off”, checked on 5 July 2027 (confirmed on 2 December 2026).');
    expect(screen).not.toContain('Saved as done: 5 July 2027');
  });

  it('re-confirming without opening is an explicit choice', async () => {
    const app = createHarness({ now: LATER });
    app.seed({ ...sentState('yes'), settings: { language: 'en', platform: 'web', region: 'eu', selected: ['generative-ai'] } });
    const exit = app.run([]);
    await app.terminal.answer('What would you like to do?');
    await app.terminal.choose('Open the setting to look at it', 'It is open in front of me: ask now');
    await app.terminal.answer('read “Off” now?');
    expect(await exit).toBe(0);
    expect(app.opened()).toEqual([]);
  });
});

describe('2. a re-check of the objection keeps the day it was sent', () => {
  it('"not yet" months later: no new date of sending, no "done", and the last line agrees with status', async () => {
    const app = createHarness({ now: LATER });
    app.seed(sentState());
    const exit = app.run([]);
    // The follow-up offered first: not now.
    await app.terminal.choose('Show a text for it?', 'Not now');
    // Choices: re-check, start over, quit (nothing is open to continue).
    await app.terminal.answer('What would you like to do?');
    await app.terminal.answer('Open the setting to look at it');
    await app.terminal.answer('read “Off” now?');
    await app.terminal.answer("Has LinkedIn's confirmation e-mail arrived?");
    expect(await exit).toBe(0);
    const screen = app.terminal.flatText();
    expect(screen).not.toContain('Saved as sent: 5 July 2027');
    expect(screen).not.toContain('Done for now');
    expect(screen).toContain('the objection was sent on 2 December 2026.');
    expect(screen).toContain('time to follow up');
    const form = (app.state() as Saved).guides['objection-form']!;
    expect(form.steps['send']).toEqual({ doneAt: SENT });
    expect(form.verification).toEqual({ result: 'waiting', at: SENT, checkedAt: LATER.toISOString() });
    const status = createHarness({ tty: false, now: LATER });
    status.seed(app.state() as object);
    expect(await status.run(['status', '--check'])).toBe(3);
    expect(status.terminal.flatText()).toContain('time to follow up');
  });

  it('Enter straight through the form after opening it does not record it as sent', async () => {
    const app = createHarness({ env: { LANG: 'en_IE.UTF-8' } });
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'eu']);
    for (let answers = 0; answers < 40; answers += 1) {
      const done = await Promise.race([exit.then(() => true), new Promise((resolve) => setTimeout(resolve, 300)).then(() => false)]);
      if (done) break;
      app.terminal.press('enter');
    }
    expect(await exit).toBe(0);
    const form = (app.state() as Saved).guides['objection-form'];
    expect(form?.steps['send']).toBeUndefined();
    expect(form?.verification).toBeUndefined();
    expect(app.terminal.flatText()).not.toContain('Saved as sent');
  });
});

describe('3. the follow-up letter says only what is true on the day it is printed', () => {
  const MINUTES_LATER = new Date('2026-12-02T09:30:00.000Z');
  it.each([
    ['en', 'The follow-up is due on 2 January 2027', 'within one month'],
    ['de', 'Das Nachfassen ist am 2. Januar 2027 fällig', 'innerhalb eines Monats'],
    ['fr', 'La relance est à faire le 2 janvier 2027', "dans un délai d'un mois"],
  ])('%s, minutes after sending: stderr names the day, stdout claims no passed deadline', async (language, due, deadline) => {
    const app = createHarness({ tty: false, now: MINUTES_LATER });
    app.seed(sentState('waiting', language));
    expect(await app.run(['objection', '--follow-up'])).toBe(0);
    expect(app.stderr().replace(/\s+/g, ' ')).toContain(due);
    expect(app.terminal.text()).not.toContain(deadline);
    expect(app.terminal.text()).not.toContain('12');
  });

  it('after the day: the letter, as before', async () => {
    const app = createHarness({ tty: false, now: new Date('2027-01-03T10:00:00.000Z') });
    app.seed(sentState());
    expect(await app.run(['objection', '--follow-up'])).toBe(0);
    expect(app.terminal.flatText()).toContain('within one month of receiving it');
  });

  it('"LinkedIn extended the deadline" moves the follow-up by two months; an extended request is never overdue', async () => {
    const told = createHarness({ tty: false, now: new Date('2026-12-20T10:00:00.000Z') });
    told.seed(sentState());
    expect(await told.run(['objection', '--outcome', 'extended'])).toBe(0);
    expect(told.terminal.flatText()).toContain('LinkedIn extended its deadline; the follow-up is now due on 2 March 2027.');
    const saved = told.state() as Saved;
    expect(saved.guides['objection-form']!.verification).toEqual({ result: 'extended', at: '2026-12-20T10:00:00.000Z' });
    expect(saved.guides['objection-form']!.steps['send']).toEqual({ doneAt: SENT });

    const during = createHarness({ tty: false, now: new Date('2027-02-10T10:00:00.000Z') });
    during.seed(saved);
    expect(await during.run(['status', '--check'])).toBe(0);
    expect(during.terminal.flatText()).toContain('extended');
    expect(during.terminal.flatText()).not.toContain('time to follow up');
    const letter = createHarness({ tty: false, now: new Date('2027-02-10T10:00:00.000Z') });
    letter.seed(saved);
    expect(await letter.run(['objection', '--follow-up'])).toBe(0);
    expect(letter.stderr().replace(/\s+/g, ' ')).toContain('The follow-up is due on 2 March 2027');

    const after = createHarness({ tty: false, now: new Date('2027-03-03T10:00:00.000Z') });
    after.seed(saved);
    expect(await after.run(['status', '--check'])).toBe(3);
    expect(after.terminal.flatText()).toContain('time to follow up');
    expect(await after.run(['objection', '--follow-up'])).toBe(0);
    expect(after.terminal.flatText()).toContain('extended');
  });
});

describe('escalation', () => {
  it('before a complaint, the Data Protection Officer form; no promise that the objection is granted', async () => {
    const app = createHarness({ tty: false, now: new Date('2027-01-03T10:00:00.000Z') });
    app.seed(sentState());
    expect(await app.run(['objection', '--follow-up'])).toBe(0);
    const notes = app.stderr().replace(/\s+/g, ' ');
    expect(notes).toContain('https://www.linkedin.com/help/linkedin/ask/TSO-DPO');
    expect(notes.indexOf('TSO-DPO')).toBeLessThan(notes.indexOf('data-protection authority'));
  });
});

describe('4. "progress saved" only when something is', () => {
  it('"stop for now" at the first step: says nothing is recorded yet', async () => {
    const app = createHarness({ env: { LANG: 'en_IE.UTF-8' } });
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'eu']);
    await app.terminal.answer('How would you like to go on?');
    await app.terminal.choose('Open “Data for Generative AI Improvement” directly', 'Stop for now');
    expect(await exit).toBe(0);
    expect(app.terminal.flatText()).not.toContain('Progress saved');
    expect(app.terminal.flatText()).toContain('Nothing is recorded yet.');
  });
});

describe('5. help that answers the answer', () => {
  it('"No" (still on): what to try, naming a choice that exists', async () => {
    const app = createHarness({ env: { LANG: 'en_IE.UTF-8' } });
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await app.terminal.answer('How would you like to go on?');
    await app.terminal.answer('Open “Data for Generative AI Improvement” directly');
    await app.terminal.choose('Does it read “Off” now?', 'No');
    await app.terminal.waitForPrompt('What would you like to do?');
    const screen = app.terminal.flatText();
    expect(screen).toContain('reload');
    expect(screen).toContain('“Open the setting in the browser”');
    expect(screen).not.toContain('LinkedIn renames and moves its menus');
    await app.terminal.cancelAt('What would you like to do?');
    expect(await exit).toBe(130);
  });

  it('"Not sure": how to read the switch', async () => {
    const app = createHarness({ env: { LANG: 'en_IE.UTF-8' } });
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await app.terminal.answer('How would you like to go on?');
    await app.terminal.answer('Open “Data for Generative AI Improvement” directly');
    await app.terminal.choose('Does it read “Off” now?', 'Not sure');
    await app.terminal.waitForPrompt('What would you like to do?');
    expect(app.terminal.flatText()).toContain('the word next to the switch, not its colour');
    await app.terminal.cancelAt('What would you like to do?');
    expect(await exit).toBe(130);
  });

  it('"I can\'t find it" at the profile photo: no advice about the settings search box', async () => {
    const app = createHarness({ env: { LANG: 'en_IE.UTF-8' } });
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await app.terminal.answer('How would you like to go on?');
    await app.terminal.choose('Open “Data for Generative AI Improvement” directly', 'Guide me through the menus');
    await app.terminal.choose('Step 1 of 4', "I can't find it");
    await app.terminal.waitForPrompt('Step 1 of 4');
    expect(app.terminal.sinceMark()).not.toContain('search box');
    await app.terminal.cancelAt('Step 1 of 4');
    expect(await exit).toBe(130);
  });
});

describe('6. one description of the form', () => {
  it('plan, step and letter say the same, in plain words', async () => {
    const app = createHarness({ env: { LANG: 'de_DE.UTF-8' } });
    const exit = app.run(['--lang', 'de', '--platform', 'web', '--region', 'eu']);
    await app.terminal.answer('Wie möchten Sie vorgehen?');
    await app.terminal.answer('„Daten zur Verbesserung generativer KI“ direkt.');
    await app.terminal.answer('Steht er jetzt auf „Aus“?');
    await app.terminal.answer('Sozial-, Wirtschafts- und Arbeitsplatzforschung');
    await app.terminal.answer('Steht er jetzt auf „Aus“?');
    await app.terminal.answer('Data Processing Objection');
    await app.terminal.cancelAt('Wählen Sie im Formular');
    expect(await exit).toBe(130);
    const screen = app.terminal.flatText();
    expect(screen).not.toContain('Wortlaut nicht belegt');
    expect(screen).not.toContain('deckt auch andere KI-Modelle ab');
    expect(screen).toContain('die Option für KI, die Inhalte erzeugt');
  });
});

describe('7. the menus from where the person is', () => {
  it('a continuing guide says where it starts and offers the whole way from the profile photo', async () => {
    const app = createHarness({ env: { LANG: 'en_GB.UTF-8' } });
    const exit = app.run(['--lang', 'en', '--platform', 'app', '--region', 'uk']);
    await app.terminal.answer('How would you like to go on?');
    for (let step = 1; step <= 4; step += 1) await app.terminal.answer(`Step ${step} of 4`);
    await app.terminal.waitForPrompt('Step 3 of 4');
    expect(app.terminal.sinceMark()).toContain('On the page “Data privacy”, where you just were:');
    await app.terminal.choose('Step 3 of 4', "I'm somewhere else: start from the profile photo");
    await app.terminal.cancelAt('Step 1 of 4');
    expect(await exit).toBe(130);
  });

  it('on the app path no sentence about a link that is not shown, in the details either', async () => {
    const app = createHarness({ env: { LANG: 'en_GB.UTF-8' } });
    const exit = app.run(['--lang', 'en', '--platform', 'app', '--region', 'uk']);
    await app.terminal.choose('How would you like to go on?', 'Tell me more first');
    await app.terminal.answer('How would you like to go on?');
    await app.terminal.choose('Step 1 of 4', "I'm already at the setting");
    await app.terminal.answer('read “Off” now?');
    await app.terminal.choose('Step 3 of 4', "I'm already at the setting");
    await app.terminal.answer('read “Off” now?');
    await app.terminal.cancelAt('Step 2 of 4');
    expect(await exit).toBe(130);
    expect(app.terminal.flatText()).not.toContain('direct link opens exactly this switch is inferred');
    expect(app.terminal.flatText()).not.toContain('Its direct link rests on a single source.');
    expect(app.terminal.flatText()).toContain('Switch off research use – advised by a German data-protection authority');
    expect(app.terminal.flatText()).toContain('Its labels rest on one or two sources.');
  });
});

describe('8. copy what was composed', () => {
  it('the guide puts exactly the composed letter on the clipboard', async () => {
    const { bin, received } = fakeClipboard();
    const app = createHarness({ env: { LANG: 'en_IE.UTF-8', PATH: `${bin}:/usr/bin:/bin` } });
    app.seed({
      version: 1,
      settings: { language: 'en', platform: 'web', region: 'eu', selected: ['generative-ai', 'objection-form'] },
      guides: {
        'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: SWITCHED } },
        'objection-form': { platform: 'web', steps: { 'open-form': { doneAt: SENT } } },
      },
    });
    const exit = app.run([]);
    await app.terminal.answer('What would you like to do?');
    // The text to paste (Enter would say "not sent yet").
    await app.terminal.choose('In the form, choose', 'Show a text for the form');
    await app.terminal.waitFor('Your name, for the text');
    await new Promise((resolve) => setImmediate(resolve));
    app.terminal.type('Erika Mustermann');
    app.terminal.press('enter');
    await app.terminal.waitFor('The e-mail address');
    await new Promise((resolve) => setImmediate(resolve));
    app.terminal.press('enter');
    await app.terminal.waitFor('Your own reasons');
    await new Promise((resolve) => setImmediate(resolve));
    app.terminal.press('enter');
    await app.terminal.answer('Copy this text to the clipboard');
    await app.terminal.cancelAt('In the form, choose');
    expect(await exit).toBe(130);
    const copied = readFileSync(received, 'utf8');
    expect(copied).toContain('Kind regards,\nErika Mustermann');
    expect(copied).not.toMatch(/[^\n]\n[^\n]*processing/);
  });

  it('objection takes name, e-mail and reasons as options, and stores none of them', async () => {
    const { bin, received } = fakeClipboard();
    const app = createHarness({ tty: false, env: { LANG: 'C', PATH: `${bin}:/usr/bin:/bin` } });
    expect(await app.run(['objection', '--copy', '--name', 'Erika Mustermann', '--email', 'erika@example.org', '--reasons', 'I am a journalist.'])).toBe(0);
    const copied = readFileSync(received, 'utf8');
    expect(copied).toContain('Name: Erika Mustermann\nE-mail address of my LinkedIn account: erika@example.org');
    expect(copied).toContain('I am a journalist.');
    expect(app.state()).toBeUndefined();
  });

  it('a letter printed at 40 columns is one line per paragraph, for the terminal to wrap (spaces, not line breaks, keep words whole)', async () => {
    const app = createHarness({ columns: 40, env: { LANG: 'en_IE.UTF-8' } });
    app.terminal.stdin.end();
    expect(await app.run(['objection', '--name', 'Erika Mustermann', '--email', 'e@example.org', '--reasons', ''])).toBe(0);
    const line = app.terminal
      .text()
      .split('\n')
      .find((row) => row.startsWith('I object, under Article 21(1) GDPR'));
    expect(line?.replace(/ {2,}/g, ' ')).toContain('I object, under Article 21(1) GDPR, to the processing of my personal data for training');
    // Padded so that no word reaches past a row of 40 columns.
    expect(line?.length).toBeGreaterThan(40);
    for (let edge = 40; edge < (line?.length ?? 0); edge += 40) expect(`${line?.[edge - 1]}${line?.[edge]}`).toMatch(/\s/);
  });
});

describe('a "no" is never lost', () => {
  it('a failed save says so at each answer, and the last screen says what is not recorded', async () => {
    const app = createHarness({ env: { LANG: 'en_IE.UTF-8' } });
    mkdirSync(`${app.statePath}.lock`, { recursive: true });
    const exit = app.run(['--platform', 'web', '--region', 'us', '--lang', 'en']);
    await app.terminal.choose('How would you like to go on?', 'Let me choose');
    await app.terminal.untick('Which would you like to do now?', ['Switch off research use', 'Stop sharing ad data with Microsoft']);
    await app.terminal.answer('Open “Data for Generative AI Improvement” directly');
    await app.terminal.choose('Does it read “Off” now?', 'No');
    await app.terminal.choose('What would you like to do?', 'Go on; keep it as not confirmed');
    expect(await exit).toBe(0);
    expect(app.stderr().split('Could not save progress').length - 1).toBeGreaterThanOrEqual(2);
    expect(app.terminal.flatText()).toContain('Not recorded, because the progress file could not be written: Switch off AI training.');
  });
});
