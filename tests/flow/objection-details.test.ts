import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';
import { tempDir } from '../helpers/temp.js';

/** A folder of programs (shell scripts) that is the whole PATH, with /bin for the shell's own tools. */
function bin(scripts: Record<string, string>): string {
  const folder = join(tempDir('lkio-objection-'), 'bin');
  mkdirSync(folder);
  for (const [name, body] of Object.entries(scripts)) {
    writeFileSync(join(folder, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(folder, name), 0o755);
  }
  return folder;
}

const NOT_STORED = 'What you type only goes into this text; none of it is saved.';

/** The form sent on 20 October 2026, LinkedIn's answer not yet there. */
const SENT_WAITING = {
  version: 1,
  settings: { language: 'en', platform: 'web', region: 'eu', selected: ['objection-form'] },
  guides: {
    'objection-form': {
      platform: 'web',
      steps: { send: { doneAt: '2026-10-20T09:00:00.000Z' } },
      verification: { result: 'waiting', at: '2026-10-20T09:01:00.000Z' },
    },
  },
};
describe('objection: what is said around the text', () => {
  it('the form is named, quoted in the language’s own marks', async () => {
    const english = createHarness({ tty: false, env: { LANG: 'C' } });
    expect(await english.run(['objection'])).toBe(0);
    expect(english.stderr()).toContain("A text for LinkedIn's objection form “Data Processing Objection”. It is a suggestion");
    const german = createHarness({ tty: false, env: { LANG: 'de_DE.UTF-8' } });
    expect(await german.run(['objection'])).toBe(0);
    expect(german.stderr()).toMatch(/„Data Processing Objection“/);
  });

  it('without --copy nothing goes near the clipboard', async () => {
    const calls = tempDir('lkio-called-');
    const folder = bin({ xclip: `touch "${calls}/called"; cat > /dev/null` });
    const app = createHarness({ tty: false, env: { LANG: 'C', PATH: `${folder}:/usr/bin:/bin` } });
    expect(await app.run(['objection'])).toBe(0);
    expect(existsSync(join(calls, 'called'))).toBe(false);
    expect(app.stderr()).not.toContain('clipboard');
    expect(app.terminal.text()).toContain('Name: [your name]');
  });

  it('in a terminal with name, address and reasons given: nothing asked, and no word about what is stored', async () => {
    const app = createHarness({ env: { LANG: 'C' } });
    expect(await app.run(['objection', '--name', 'Ada Lovelace', '--email', 'ada@example.org', '--reasons', 'I write books.'])).toBe(0);
    expect(app.stderr()).not.toContain(NOT_STORED);
    expect(app.terminal.text()).toContain('Name: Ada Lovelace');
  });

  it('in a terminal with only the name given: the note that nothing is stored, then the questions for the rest', async () => {
    const app = createHarness({ env: { LANG: 'C' } });
    const run = app.run(['objection', '--name', 'Ada Lovelace']);
    await app.terminal.waitFor('The e-mail address of your LinkedIn account');
    expect(app.stderr()).toContain(NOT_STORED);
    expect(app.terminal.text()).not.toContain('Your name, for the text');
    app.terminal.type('ada@example.org\r');
    await app.terminal.waitFor('Your own reasons');
    app.terminal.type('\r');
    expect(await run).toBe(0);
    expect(app.terminal.text()).toContain('ada@example.org');
  });

  it('a follow-up with no date of sending saved: the placeholder in the text, and a sentence that says to fill it in', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    expect(await app.run(['objection', '--follow-up'])).toBe(0);
    expect(app.stderr()).toContain('about the objection you sent on [the date you sent the objection].');
    expect(app.stderr()).toContain(
      'No date of sending is saved: put it in where the text says “[the date you sent the objection]”, and send this only once a month has passed since then.',
    );
    expect(app.terminal.text()).toContain('[the date you sent the objection]');
  });

  it('--copy: when programs were there but failed, what each did, in order', async () => {
    const folder = bin({ xclip: 'cat > /dev/null; exit 3', xsel: 'kill -9 $$' });
    const app = createHarness({ tty: false, env: { LANG: 'C', PATH: `${folder}:/usr/bin:/bin` } });
    expect(await app.run(['objection', '--copy'])).toBe(0);
    expect(app.stderr()).toContain(
      'Could not put the text on the clipboard: wl-copy was not found; xclip ended with exit code 3; xsel was stopped by SIGKILL; termux-clipboard-set was not found. Here it is to copy by hand:',
    );
    expect(app.terminal.text()).toContain('Name: [your name]');
  });

  it('--outcome confirmed: no word about complaining', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    app.seed(SENT_WAITING);
    expect(await app.run(['objection', '--outcome', 'confirmed'])).toBe(0);
    expect(app.terminal.flatText()).toContain('LinkedIn confirmed your objection');
    expect(app.terminal.flatText()).not.toContain('complain');
  });
  it('in a terminal with only the address given: the note too, and the question for the name', async () => {
    const app = createHarness({ env: { LANG: 'C' } });
    const run = app.run(['objection', '--email', 'ada@example.org', '--reasons', '']);
    await app.terminal.waitFor('Your name, for the text');
    expect(app.stderr()).toContain(NOT_STORED);
    app.terminal.type('\r');
    expect(await run).toBe(0);
  });

  it('a follow-up with the day of sending saved: that day, no sentence about a missing date, and where to paste it', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    app.seed(SENT_WAITING);
    expect(await app.run(['objection', '--follow-up'])).toBe(0);
    expect(app.stderr()).toContain('about the objection you sent on 20 October 2026.');
    expect(app.stderr()).not.toContain('No date of sending is saved');
    expect(app.stderr().replace(/\s+/g, ' ')).toContain(
      "Paste it into LinkedIn's form, where it asks what you object to: https://www.linkedin.com/help/linkedin/ask/TS-DPRO",
    );
  });

  it('--outcome with nothing recorded for the form: recorded on the platform saved in the settings', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    app.seed({ version: 1, settings: { language: 'en', platform: 'app', region: 'eu', selected: ['objection-form'] }, guides: {} });
    expect(await app.run(['objection', '--outcome', 'confirmed'])).toBe(0);
    expect((app.state() as { guides: Record<string, { platform: string }> }).guides['objection-form']?.platform).toBe('app');
  });
});
