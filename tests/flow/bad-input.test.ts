import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/catalogue.js';
import { createHarness } from '../helpers/app.js';
import { deviceFile, tempDir } from '../helpers/temp.js';

const VALID = JSON.stringify({
  version: 1,
  settings: { language: 'en', platform: 'app', region: 'us' },
  guides: { 'generative-ai': { platform: 'app', steps: { settings: { doneAt: '2026-11-20T09:00:00.000Z' } } } },
});

describe('bad arguments: a sentence, exit 2, nothing written', () => {
  it.each([
    [['--lang', ''], `--lang does not accept “”. Valid values: ${LANGUAGES.join(', ')}.`],
    [['--lang='], `--lang does not accept “”. Valid values: ${LANGUAGES.join(', ')}.`],
    [['--platform', 'Web'], '--platform does not accept “Web”. Valid values: web, app.'],
    [['--region', 'EU'], '--region does not accept “EU”. Valid values: eu, ch, uk, us, other.'],
    [['checklist', '--format', ''], '--format does not accept “”. Valid values: text, markdown, json.'],
    [['checklist', '--format', 'jsn'], '--format does not accept “jsn”. Valid values: text, markdown, json.'],
    [['--platform'], '--platform needs a value. Valid values: web, app.'],
    // The valid values of the command given, not of another one.
    [['status', '--format'], '--format needs a value. Valid values: text, json.'],
    [['checklist', '--format'], '--format needs a value. Valid values: text, markdown, json.'],
    // What was typed is shown quoted, control characters escaped.
    [
      ['stat\u001B[2Jus'],
      'Unknown command “stat\\u001b[2Jus”. Commands: guide, checklist, status, objection, reminder, reset. See: npx linkedin-ki-optout --help',
    ],
    [['--state-file'], '--state-file needs a value.'],
    [['--state-file', ''], '--state-file needs a value.'],
    // The message is in the language given first.
    [['--lang', 'en', '--lang', 'de'], '--lang was given twice with different values (en, de); give it once.'],
    [['--lang', 'en', 'checklist', '--lang', 'de'], '--lang was given twice with different values (en, de); give it once.'],
    [['checklist', '--region', 'eu', '--region', 'us'], '--region was given twice with different values (eu, us); give it once.'],
    [['--', '--lang', 'de'], 'Unexpected argument “--lang”. See: npx linkedin-ki-optout --help'],
    [['checklist', '--', 'extra'], 'Unexpected argument “extra”. See: npx linkedin-ki-optout --help'],
    [['statuss'], 'Unknown command “statuss”. Commands: guide, checklist, status, objection, reminder, reset. See: npx linkedin-ki-optout --help'],
    [['-x'], 'Unknown option “-x”. See: npx linkedin-ki-optout --help'],
    [['checklist', '--yes'], 'Unknown option “--yes”. See: npx linkedin-ki-optout --help'],
  ])('%j', async (argv, message) => {
    const app = createHarness({ env: { LANG: 'en_US.UTF-8' } });
    app.seed(VALID);
    expect(await app.run(argv)).toBe(2);
    expect(app.stderr()).toBe(`${message}\n`);
    expect(app.terminal.text()).toBe('');
    expect(readFileSync(app.statePath, 'utf8')).toBe(VALID);
  });

  it('the hint names the command as it was started, not one that would fetch a package', async () => {
    const env = { LANG: 'en_US.UTF-8', npm_lifecycle_event: 'start', npm_package_name: 'linkedin-ki-optout' };
    for (const [argv, message] of [
      [['-x'], 'Unknown option “-x”. See: npm start -- --help'],
      [['statuss'], 'Unknown command “statuss”. Commands: guide, checklist, status, objection, reminder, reset. See: npm start -- --help'],
      [['checklist', '--', 'extra'], 'Unexpected argument “extra”. See: npm start -- --help'],
    ] as const) {
      const app = createHarness({ env });
      expect(await app.run(argv)).toBe(2);
      expect(app.stderr()).toBe(`${message}\n`);
    }
  });

  it('the same value twice is fine', async () => {
    const app = createHarness({ tty: false });
    expect(await app.run(['checklist', '--lang', 'en', '--lang', 'en'])).toBe(0);
  });
});

describe('language variables of every kind', () => {
  it.each([
    [{ LANG: 'C' }, 'en'],
    [{ LANG: 'POSIX' }, 'en'],
    [{ LANG: '' }, 'en'],
    [{ LANG: 'de_DE@euro' }, 'de'],
    [{ LANG: 'xx_YY' }, 'en'],
    [{ LANG: '\uFFFD\u00FF\u0000de' }, 'en'],
    [{ LC_ALL: 'C', LANG: 'de_DE.UTF-8' }, 'en'],
    [{ LC_ALL: '', LC_MESSAGES: '', LANG: 'de_AT.UTF-8' }, 'de'],
  ])('%j → %s', async (env, language) => {
    const app = createHarness({ tty: false, env: env as Record<string, string> });
    expect(await app.run(['checklist'])).toBe(0);
    expect(app.terminal.text().split('\n')[0]).toBe(
      language === 'de' ? 'LinkedIn: kein KI-Training mit Ihren Daten – Checkliste' : 'LinkedIn: no AI training on your data – checklist',
    );
    expect(app.stderr()).toBe('');
  });
});

describe('--state-file pointing somewhere odd', () => {
  const scratch = () => tempDir('lkio-odd-');

  it('a directory: exit 1 with the reason, the directory untouched', async () => {
    const dir = scratch();
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    expect(await app.run(['status', '--state-file', dir])).toBe(1);
    expect(app.stderr()).toBe(`Could not read the progress file ${dir}: is a directory (EISDIR)\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the guide with a directory: exit 1 before the first question', async () => {
    const dir = scratch();
    const app = createHarness({ env: { LANG: 'C' } });
    expect(await app.run(['--state-file', dir])).toBe(1);
    expect(app.terminal.text()).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a device such as /dev/null: never read as progress, never moved aside, never replaced', async () => {
    const device = deviceFile();
    const app = createHarness({ env: { LANG: 'C' } });
    expect(await app.run(['--state-file', device, '--lang', 'en'])).toBe(1);
    expect(app.stderr()).toBe(`Could not read the progress file ${device}: not a regular file\n`);
    expect(statSync(device).isCharacterDevice()).toBe(true);
    const status = createHarness({ tty: false, env: { LANG: 'C' } });
    expect(await status.run(['status', '--state-file', device])).toBe(1);
    expect(await status.run(['reset', '--yes', '--state-file', device])).toBe(1);
    expect(statSync(device).isCharacterDevice()).toBe(true);
    expect(readdirSync(dirname(device))).toEqual([basename(device)]);
  });

  it('a path whose folder does not exist: read-only commands create nothing; the guide creates it privately', async () => {
    const file = join(scratch(), 'new', 'folder', 'progress.json');
    const reader = createHarness({ tty: false, env: { LANG: 'C' } });
    expect(await reader.run(['status', '--state-file', file])).toBe(0);
    expect(reader.terminal.text()).toContain('Nothing saved yet.');
    expect(existsSync(dirname(file))).toBe(false);
    const app = createHarness({ env: { LANG: 'C' } });
    const exit = app.run(['--state-file', file, '--lang', 'en', '--platform', 'app', '--region', 'us']);
    await app.terminal.answer('How would you like to go on?');
    await app.terminal.answer('Step 1 of 4');
    await app.terminal.cancelAt('Step 2 of 4');
    expect(await exit).toBe(130);
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).guides['generative-ai'].steps).toHaveProperty('settings');
  });

  it('a symbolic link: followed to its target, which is updated; the link stays a link', async () => {
    const dir = scratch();
    const target = join(dir, 'real.json');
    const link = join(dir, 'link.json');
    writeFileSync(target, VALID);
    symlinkSync(target, link);
    const app = createHarness({ env: { LANG: 'C' } });
    const exit = app.run(['--state-file', link]);
    await app.terminal.answer('What would you like to do?');
    await app.terminal.answer('Step 2 of 4');
    await app.terminal.cancelAt('Step 3 of 4');
    expect(await exit).toBe(130);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(Object.keys(JSON.parse(readFileSync(target, 'utf8')).guides['generative-ai'].steps)).toEqual(['settings', 'data-privacy']);
  });

  it('a readable progress file is made private', async () => {
    const dir = scratch();
    const file = join(dir, 'progress.json');
    writeFileSync(file, VALID, { mode: 0o644 });
    const app = createHarness({ tty: false });
    expect(await app.run(['status', '--state-file', file])).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(VALID);
  });
});

describe('progress files that are not what they should be', () => {
  const garbage = Buffer.from(Array.from({ length: 512 }, (_, index) => (index * 37 + 11) % 256));
  const cases: [string, string | Buffer, string][] = [
    ['empty', '', 'is damaged (not valid JSON)'],
    ['truncated JSON', VALID.slice(0, 60), 'is damaged (not valid JSON)'],
    ['valid JSON of the wrong shape', '[1, 2, 3]', 'has unexpected content (not an object)'],
    ['a guide that is not an object', '{"version": 1, "guides": {"generative-ai": 7}}', 'has unexpected content (guide “generative-ai”: not an object)'],
    ['binary garbage', garbage, 'is damaged (not valid JSON)'],
    [
      'a date that does not parse',
      VALID.replace('2026-11-20T09:00:00.000Z', '20.11.2026'),
      'has unexpected content (guide “generative-ai”: step “settings” has no valid date)',
    ],
    ['50 MB of data', Buffer.alloc(50 * 1024 * 1024, 0x61), 'has unexpected content (far too large)'],
  ];

  it.each(cases)('%s: status warns and leaves it byte for byte', async (_name, content, problem) => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    app.seed('');
    writeFileSync(app.statePath, content);
    expect(await app.run(['status'])).toBe(0);
    expect(app.stderr()).toBe(`The progress file ${app.statePath} ${problem}. Nothing was changed; the guide will set it aside and start a fresh record.\n`);
    expect(readFileSync(app.statePath).equals(Buffer.from(content))).toBe(true);
  });

  it.each(cases)('%s: the guide sets it aside intact and starts afresh', async (_name, content, problem) => {
    const app = createHarness({ env: { LANG: 'C' } });
    app.seed('');
    writeFileSync(app.statePath, content);
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await app.terminal.answer('How would you like to go on?');
    await app.terminal.cancelAt('Open “Data for Generative AI Improvement” directly');
    expect(await exit).toBe(130);
    const folder = dirname(app.statePath);
    const aside = readdirSync(folder).filter((name) => name.startsWith('progress.json.broken-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(folder, aside[0]!)).equals(Buffer.from(content))).toBe(true);
    expect(app.stderr()).toContain(`The progress file ${app.statePath} ${problem}. It was moved to ${join(folder, aside[0]!)}`);
  });

  it('a future format version: exit 1 for every command, never touched', async () => {
    const future = '{"version": 3, "settings": {}, "guides": {}, "somethingNew": true}';
    for (const argv of [['status'], ['checklist'], ['--lang', 'en']]) {
      const app = createHarness({ env: { LANG: 'C' } });
      app.seed(future);
      expect(await app.run(argv)).toBe(1);
      expect(app.stderr()).toContain('was written by a newer version of linkedin-ki-optout');
      expect(readFileSync(app.statePath, 'utf8')).toBe(future);
      expect(readdirSync(dirname(app.statePath))).toEqual(['progress.json']);
    }
  });

  it('a step id that no longer exists: the file loads, the unknown step is ignored', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    app.seed(VALID.replace('"settings":{"doneAt"', '"retired-step":{"doneAt"'));
    expect(await app.run(['status'])).toBe(0);
    expect(app.stderr()).toBe('');
    expect(app.terminal.text()).toContain('○ Switch off AI training – open');
  });
});

describe('a broken locale file (for contributors)', () => {
  it('a missing key is named with its file when it is needed', async () => {
    const dir = tempDir('lkio-locales-');
    const en = JSON.parse(readFileSync(new URL('../../locales/en.json', import.meta.url), 'utf8'));
    delete en.checklist.title;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'en.json'), JSON.stringify(en));
    const app = createHarness({ tty: false, env: { LANG: 'C' }, localesDir: dir });
    expect(await app.run(['checklist'])).toBe(1);
    expect(app.stderr()).toBe(`${join(dir, 'en.json')}: key "checklist.title": is missing\n`);
  });
});

describe("reasons for file errors are in the user's language", () => {
  it('German', async () => {
    const dir = tempDir('lkio-de-reason-');
    const app = createHarness({ tty: false, env: { LANG: 'de_DE.UTF-8' } });
    expect(await app.run(['status', '--state-file', dir])).toBe(1);
    expect(app.stderr()).toBe(`Die Fortschrittsdatei ${dir} konnte nicht gelesen werden: ist ein Ordner (EISDIR)\n`);
  });
});

describe('dates at the edge of time in the progress file', () => {
  const recorded = (at: string) => ({
    version: 1,
    settings: { language: 'en', platform: 'web', region: 'eu' },
    guides: {
      'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at } },
      'objection-form': { platform: 'web', steps: { send: { doneAt: at } }, verification: { result: 'waiting', at } },
    },
  });

  it('the year 9999: unexpected content, said in a sentence by status, checklist and reminder; no calendar file left', async () => {
    for (const argv of [['status'], ['status', '--format', 'json'], ['checklist'], ['checklist', '--format', 'json'], ['reminder']]) {
      const app = createHarness({ tty: false });
      app.seed(recorded('9999-12-31T23:00:00.000Z'));
      const code = await app.run(argv);
      expect(code, argv.join(' ')).toBeLessThanOrEqual(1);
      expect(app.stderr(), argv.join(' ')).toContain('has unexpected content (guide “generative-ai”: the verification has no valid date)');
      expect(app.stderr(), argv.join(' ')).not.toMatch(/Invalid time value|Unexpected|\n\s+at /);
      expect(existsSync(join(app.home, 'linkedin-ki-optout-reminder.ics')), argv.join(' ')).toBe(false);
    }
  });

  it('the latest date accepted, with the longest re-check: every date computed from it is shown', async () => {
    for (const argv of [
      ['status', '--recheck-after', '120'],
      ['checklist', '--format', 'markdown'],
      ['reminder', '--recheck-after', '120'],
    ]) {
      const app = createHarness({ tty: false });
      app.seed(recorded('8999-12-31T23:00:00.000Z'));
      expect(await app.run(argv), `${argv.join(' ')}: ${app.stderr()}`).toBe(0);
      expect(app.stderr() + app.terminal.text()).not.toMatch(/Invalid time value|Unexpected/);
    }
    const app = createHarness({ tty: false });
    app.seed(recorded('8999-12-31T23:00:00.000Z'));
    expect(await app.run(['reminder', '--recheck-after', '120'])).toBe(0);
    const calendar = readFileSync(join(app.home, 'linkedin-ki-optout-reminder.ics'), 'utf8');
    expect(calendar).toContain('DTSTART;VALUE=DATE:90091231');
    expect(calendar).toContain('DTSTART;VALUE=DATE:90000131');
  });
});

describe('file names that are not UTF-8 (Node hands them over with U+FFFD in place of the bytes)', () => {
  const sentence = 'its name has bytes that are not UTF-8';

  it('--output: refused with a sentence; the file that the changed name would have hit stays as it was', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' } });
    const other = join(app.home, 'receipt\uFFFD.md');
    writeFileSync(other, 'mine\n');
    for (const argv of [
      ['checklist', '--output', other],
      ['reminder', '--output', other, '--force'],
    ]) {
      expect(await app.run(argv), argv.join(' ')).toBe(1);
      expect(app.stderr()).toContain(sentence);
    }
    expect(readFileSync(other, 'utf8')).toBe('mine\n');
  });

  it('--state-file and XDG_CONFIG_HOME: neither read nor written', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' } });
    const other = join(app.home, 'progress\uFFFD.json');
    writeFileSync(other, '{ not mine to read');
    for (const argv of [
      ['status', '--state-file', other],
      ['reset', '--yes', '--state-file', other],
    ]) {
      expect(await app.run(argv), argv.join(' ')).toBe(1);
    }
    expect(app.stderr()).toContain(sentence);
    expect(app.stderr()).not.toContain('damaged');
    expect(readFileSync(other, 'utf8')).toBe('{ not mine to read');
    const xdg = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8', XDG_CONFIG_HOME: join(app.home, 'config\uFFFD') } });
    expect(await xdg.run(['status'])).toBe(1);
    expect(xdg.stderr()).toContain(sentence);
  });
});

describe('state files the system refuses in its own words (issue 22)', () => {
  it('a socket as the progress file: "not a regular file", not a bare ENXIO', async () => {
    const { createServer } = await import('node:net');
    const dir = tempDir();
    const socket = join(dir, 'progress.sock');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' } });
      expect(await app.run(['status', '--state-file', socket])).toBe(1);
      expect(app.stderr()).toBe(`Could not read the progress file ${socket}: not a regular file\n`);
    } finally {
      server.close();
    }
  });

  it('a name too long for the lock and the temporary file next to it: each save says so (four answers record something), and the guide goes on', async () => {
    const app = createHarness({ env: { LANG: 'en_US.UTF-8' } });
    const path = join(app.home, `${'p'.repeat(240)}.json`);
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us', '--state-file', path]);
    await app.terminal.choose('How would you like to go on?', 'Do all of them');
    await app.terminal.choose('Open “Data for Generative AI Improvement” directly', 'Open it in the browser');
    await app.terminal.choose('Does it read “Off” now?', 'Yes');
    await app.terminal.choose('Open “Social, economic, and workplace research” directly', 'Stop for now');
    expect(await exit).toBe(0);
    expect(app.stderr().split('the name is too long (ENAMETOOLONG)').length - 1).toBe(4);
    expect(readdirSync(app.home).filter((name) => name.startsWith('ppp'))).toEqual([]);
  });
});

describe('text from outside is shown escaped, never sent raw to the terminal (issue 22)', () => {
  const ESC = '\u001B';
  const BIDI = ['\u202E', '\u2066', '\u200F'];

  it('a folder name with an escape sequence and a direction mark: every message that names the path escapes it', async () => {
    const folder = join(tempDir(), `evil${ESC}]0;pwned\u0007${BIDI[0]}dir`);
    mkdirSync(folder);
    const state = join(folder, 'progress.json');
    const output = join(folder, 'receipt.md');
    const runs: [string[], number][] = [
      [['status', '--state-file', state], 0],
      [['checklist', '--output', output, '--state-file', state], 0],
      [['checklist', '--output', folder, '--state-file', state], 1],
    ];
    for (const [argv, code] of runs) {
      const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' } });
      expect(await app.run(argv), argv.join(' ')).toBe(code);
      const shown = app.terminal.raw() + app.stderr();
      expect(shown, argv.join(' ')).toContain('evil\\u001b]0;pwned\\u0007\\u202edir');
      expect(shown, argv.join(' ')).not.toContain(ESC);
      expect(shown, argv.join(' ')).not.toContain(BIDI[0]);
    }
  });

  it.each(BIDI)('a direction mark (%j) in the progress file is escaped in the error message', async (mark) => {
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' } });
    app.seed({ version: 1, settings: {}, guides: { 'generative-ai': { platform: 'web', steps: { [`x${mark}y`]: { doneAt: 'never' } } } } });
    await app.run(['status']);
    expect(app.stderr()).toContain(`x\\u${mark.charCodeAt(0).toString(16).padStart(4, '0')}y`);
    expect(app.stderr()).not.toContain(mark);
  });
});
