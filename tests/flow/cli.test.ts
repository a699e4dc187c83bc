import { existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/catalogue.js';
import { createHarness } from '../helpers/app.js';
import { DONE_STATE } from '../helpers/states.js';
import { tempDir } from '../helpers/temp.js';
import { quoted } from '../helpers/labels.js';

const ESC = '\u001B[';

function seed(path: string, state: object): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(state));
}

describe('guide without a terminal', () => {
  it.each([
    ['stdin and stdout not terminals', { tty: false }],
    ['CI set', { env: { CI: 'true' } }],
  ])('%s: exits 2 at once, points to checklist, writes nothing', async (_name, options) => {
    const app = createHarness(options);
    expect(await app.run(['--lang', 'en'])).toBe(2);
    expect(app.stderr()).toBe('The guide asks questions and needs a terminal. To get every step without questions, run: npx linkedin-ki-optout checklist\n');
    expect(app.terminal.text()).toBe('');
    expect(app.state()).toBeUndefined();
  });

  it('answers in German when the environment is German', async () => {
    const app = createHarness({ tty: false, env: { LC_ALL: 'de_DE.UTF-8' } });
    expect(await app.run(['guide'])).toBe(2);
    expect(app.stderr()).toContain('Die Anleitung stellt Fragen und braucht dafür ein Terminal.');
  });
});

describe('bad input: exit 2, the valid values, nothing written', () => {
  it.each([
    [['--lang', 'sv'], `--lang does not accept “sv”. Valid values: ${LANGUAGES.join(', ')}.`],
    [['--platform', 'desktop'], '--platform does not accept “desktop”. Valid values: web, app.'],
    [['checklist', '--region', 'asia'], '--region does not accept “asia”. Valid values: eu, ch, uk, us, other.'],
    [['checklist', '--format', 'pdf'], '--format does not accept “pdf”. Valid values: text, markdown, json.'],
    [['status', '--format', 'markdown'], '--format does not accept “markdown”. Valid values: text, json.'],
    [['--lang'], `--lang needs a value. Valid values: ${LANGUAGES.join(', ')}.`],
    [['frobnicate'], 'Unknown command “frobnicate”. Commands: guide, checklist, status, objection, reminder, reset. See: npx linkedin-ki-optout --help'],
    [['--frobnicate'], 'Unknown option “--frobnicate”. See: npx linkedin-ki-optout --help'],
    [['status', 'extra'], 'Unexpected argument “extra”. See: npx linkedin-ki-optout --help'],
  ])('%j', async (argv, message) => {
    const app = createHarness({ env: { LANG: 'en_US.UTF-8' } });
    expect(await app.run(argv)).toBe(2);
    expect(app.stderr()).toBe(`${message}\n`);
    expect(app.state()).toBeUndefined();
    expect(existsSync(dirname(app.statePath))).toBe(false);
  });

  it('in German, for German environments', async () => {
    const app = createHarness({ env: { LANG: 'de_DE.UTF-8' } });
    expect(await app.run(['--platform', 'desktop'])).toBe(2);
    expect(app.stderr()).toBe('Unbekannter Wert „desktop“ für --platform. Möglich sind: web, app.\n');
    const unknown = createHarness({ env: { LANG: 'de_DE.UTF-8' } });
    expect(await unknown.run(['statuss'])).toBe(2);
    expect(unknown.stderr()).toBe(
      'Unbekannter Befehl „statuss“. Befehle: guide, checklist, status, objection, reminder, reset. Übersicht: npx linkedin-ki-optout --help\n',
    );
  });
});

describe('--help and --version', () => {
  it('help in English lists every command, exit 0', async () => {
    const app = createHarness({ env: { LANG: 'C' } });
    expect(await app.run(['--help'])).toBe(0);
    const help = app.terminal.text();
    for (const command of ['guide', 'checklist', 'status', 'reset']) expect(help).toContain(command);
    expect(help).toContain('Usage: linkedin-ki-optout');
  });

  it('help in German with --lang de, also for a command', async () => {
    const app = createHarness();
    expect(await app.run(['checklist', '--help', '--lang', 'de'])).toBe(0);
    expect(app.terminal.text()).toContain('Aufruf: linkedin-ki-optout checklist');
    expect(app.terminal.text()).toContain('Ausgabeformat: text, markdown oder json');
  });

  it('--version prints the version', async () => {
    const app = createHarness();
    expect(await app.run(['--version'])).toBe(0);
    expect(app.terminal.text()).toBe('9.9.9-test\n');
  });
});

describe('checklist', () => {
  it('works without a terminal and prints every step for the chosen language, platform and region', async () => {
    const app = createHarness({ tty: false });
    expect(await app.run(['checklist', '--lang', 'de', '--platform', 'app', '--region', 'uk'])).toBe(0);
    const text = app.terminal.text();
    expect(text).not.toContain(ESC);
    expect(text).toContain('Sprache: Deutsch · Plattform: App · Region: Vereinigtes Königreich');
    expect(text).toContain(`[ ] 1. Tippen Sie oben links auf Ihr Profilbild und dann unten im Seitenmenü auf ${quoted('de', 'settings')}.`);
    expect(text).toContain(`[ ] 2. Tippen Sie auf ${quoted('de', 'dataPrivacy')}.`);
    expect(text).toContain('Im Vereinigten Königreich stoppt derselbe Schalter außerdem');
    expect(text).toContain(`[ ] 1. Öffnen Sie LinkedIns Formular ${quoted('de', 'formName')} im Browser Ihres Smartphones`);
    expect(text).toContain(quoted('de', 'adsSetting'));
    expect(text).toContain('Stand der Anleitung: November 2026');
    expect(app.state()).toBeUndefined();
  });

  it('marks what is recorded as done, using the saved language, platform and region', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'de_DE.UTF-8' } });
    app.seed(DONE_STATE);
    expect(await app.run(['checklist'])).toBe(0);
    const text = app.terminal.text();
    expect(text).toContain('✓ Switch off AI training – done on 20 November 2026');
    expect(text).toContain(`[✓] 1. At the top right, click your profile photo (${quoted('en', 'me')}), then ${quoted('en', 'settingsAndPrivacy')}.`);
    expect(text).toContain(`[✓] 2. In the left column, click ${quoted('en', 'dataPrivacy')}.`);
    expect(text).toContain(`[ ] 3. In the first group, ${quoted('en', 'howLinkedInUsesData')}, click its last item, ${quoted('en', 'aiSetting')}.`);
    expect(text).toContain("✗ Object with LinkedIn's form – not confirmed on 21 November 2026");
  });

  it('markdown: task list, labels in bold, links as autolinks', async () => {
    const app = createHarness({ tty: false });
    app.seed(DONE_STATE);
    expect(await app.run(['checklist', '--format', 'markdown'])).toBe(0);
    const text = app.terminal.text();
    expect(text).toMatch(/^# LinkedIn: no AI training on your data – checklist\n/);
    expect(text).toContain('## ✓ Switch off AI training – done on 20 November 2026');
    expect(text).toContain(`- [x] 1. At the top right, click your profile photo (**${quoted('en', 'me')}**), then **${quoted('en', 'settingsAndPrivacy')}**.`);
    expect(text).toContain(`- [ ] 4. Set **${quoted('en', 'aiToggle')}** to **${quoted('en', 'off')}**.`);
    expect(text).toContain(
      "_Instructions as of November 2026, from LinkedIn's help pages, data-protection authorities and the press; not tested on a live account._",
    );
    expect(text).toContain('<https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement>');
  });

  it('json: the documented, stable shape', async () => {
    const app = createHarness({ tty: false });
    app.seed(DONE_STATE);
    expect(await app.run(['checklist', '--format', 'json'])).toBe(0);
    const json = JSON.parse(app.terminal.text());
    expect(Object.keys(json)).toEqual(['schemaVersion', 'tool', 'generatedAt', 'language', 'platform', 'region', 'guides']);
    expect(json).toMatchObject({
      schemaVersion: 2,
      tool: { name: 'linkedin-ki-optout', version: '9.9.9-test' },
      generatedAt: '2026-11-24T10:30:00.000Z',
      language: 'en',
      platform: 'web',
      region: 'eu',
    });
    expect(json.guides.map((guide: { id: string; status: string }) => [guide.id, guide.status])).toEqual([
      ['generative-ai', 'done'],
      ['research-data', 'open'],
      ['objection-form', 'unresolved'],
    ]);
    expect(Object.keys(json.guides[0])).toEqual([
      'id',
      'title',
      'summary',
      'notes',
      'appliesTo',
      'status',
      'standing',
      'completedAt',
      'lastCheckedAt',
      'verification',
      'recordedPlatform',
      'instructionsAsOf',
      'link',
      'help',
      'check',
      'answer',
      'sentAt',
      'reply',
      'followUpDueAt',
      'steps',
    ]);
    expect(json.guides[0].instructionsAsOf).toBe('2026-11');
    expect(json.guides[0].answer).toBe('Yes');
    expect(json.guides[2].answer).toBe('no');
    expect(json.guides[0].steps[0]).toEqual({
      id: 'settings',
      text: `At the top right, click your profile photo (${quoted('en', 'me')}), then ${quoted('en', 'settingsAndPrivacy')}.`,
      done: true,
      doneAt: '2026-11-20T09:00:00.000Z',
      skipped: false,
    });
    expect(json.guides[0].completedAt).toBe('2026-11-20T09:05:00.000Z');
  });

  it('a broken progress file is reported but left alone by a read-only command', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    app.seed('not json at all');
    expect(await app.run(['checklist'])).toBe(0);
    expect(app.stderr()).toContain('is damaged (not valid JSON). Nothing was changed');
    expect(readFileSync(app.statePath, 'utf8')).toBe('not json at all');
  });

  it('a progress file from a newer version: exit 1, file untouched', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    app.seed({ version: 99, settings: {}, guides: {} });
    const before = readFileSync(app.statePath, 'utf8');
    expect(await app.run(['status'])).toBe(1);
    expect(app.stderr()).toContain('was written by a newer version of linkedin-ki-optout');
    expect(readFileSync(app.statePath, 'utf8')).toBe(before);
  });
});

describe('colour', () => {
  it.each([
    ['NO_COLOR', { NO_COLOR: '1', FORCE_COLOR: undefined }, [], false],
    ['NO_COLOR=yes (any non-empty value)', { NO_COLOR: 'yes', FORCE_COLOR: undefined }, [], false],
    ['NO_COLOR=0 (any non-empty value)', { NO_COLOR: '0', FORCE_COLOR: undefined }, [], false],
    ['NO_COLOR empty', { NO_COLOR: '', FORCE_COLOR: undefined }, [], true],
    ['TERM=dumb', { TERM: 'dumb' }, [], false],
    ['--no-color', {}, ['--no-color'], false],
    ['terminal', {}, [], true],
    ['FORCE_COLOR even when piped', { FORCE_COLOR: '1' }, [], true],
  ] as const)('%s', async (name, env, flags, colored) => {
    const app = createHarness({ env: env as Record<string, string>, tty: !name.includes('piped') });
    expect(await app.run(['checklist', '--lang', 'en', '--region', 'us', ...flags])).toBe(0);
    expect(app.terminal.raw().includes(ESC)).toBe(colored);
  });
});

describe('status', () => {
  it('says when nothing is recorded', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'en_GB.UTF-8' } });
    expect(await app.run(['status'])).toBe(0);
    expect(app.terminal.text()).toContain('Nothing saved yet. To start: npx linkedin-ki-optout');
  });

  it('lists done and unresolved guides with date and platform', async () => {
    const app = createHarness({ tty: false });
    app.seed(DONE_STATE);
    expect(await app.run(['status'])).toBe(0);
    const text = app.terminal.flatText();
    expect(text).toContain('✓ Switch off AI training – done on 20 November 2026 (4 days ago), on the website');
    expect(text).toContain("✗ Object with LinkedIn's form – not confirmed on 21 November 2026 (3 days ago), on the website");
    expect(text).toContain('○ Switch off research use – open');
    expect(text).toContain('Not done yet: 1 not confirmed, 1 open.');
    expect(app.terminal.text()).toContain(`Progress file: ${app.statePath}`);
  });

  it('json', async () => {
    const app = createHarness({ tty: false });
    app.seed(DONE_STATE);
    expect(await app.run(['status', '--format', 'json'])).toBe(0);
    expect(JSON.parse(app.terminal.text())).toEqual({
      schemaVersion: 1,
      stateFile: app.statePath,
      settings: { language: 'en', platform: 'web', region: 'eu' },
      recheckAfterMonths: 6,
      ok: false,
      guides: [
        {
          id: 'generative-ai',
          title: 'Switch off AI training',
          status: 'done',
          standing: 'done',
          platform: 'web',
          stepsDone: 2,
          totalSteps: 4,
          completedAt: '2026-11-20T09:05:00.000Z',
          lastCheckedAt: '2026-11-20T09:05:00.000Z',
          verification: { result: 'yes', at: '2026-11-20T09:05:00.000Z' },
          recheckDueAt: '2027-05-20T09:05:00.000Z',
          recheckDue: false,
          sentAt: null,
          reply: null,
          followUpDueAt: null,
          followUpDue: false,
        },
        {
          id: 'research-data',
          title: 'Switch off research use',
          status: 'open',
          standing: 'open',
          platform: null,
          stepsDone: 0,
          totalSteps: 4,
          completedAt: null,
          lastCheckedAt: null,
          verification: null,
          recheckDueAt: null,
          recheckDue: false,
          sentAt: null,
          reply: null,
          followUpDueAt: null,
          followUpDue: false,
        },
        {
          id: 'objection-form',
          title: "Object with LinkedIn's form",
          status: 'unresolved',
          standing: 'unresolved',
          platform: 'web',
          stepsDone: 0,
          totalSteps: 2,
          completedAt: null,
          lastCheckedAt: '2026-11-21T09:05:00.000Z',
          verification: { result: 'no', at: '2026-11-21T09:05:00.000Z' },
          recheckDueAt: null,
          recheckDue: false,
          sentAt: null,
          reply: null,
          followUpDueAt: null,
          followUpDue: false,
        },
      ],
    });
  });
});

describe('where progress is kept', () => {
  it('--state-file wins over LINKEDIN_KI_OPTOUT_STATE, which wins over XDG_CONFIG_HOME', async () => {
    const dir = tempDir('lkio-state-');
    const fromEnv = join(dir, 'env.json');
    const fromFlag = join(dir, 'flag.json');
    seed(fromEnv, DONE_STATE);
    const app = createHarness({ tty: false, env: { LINKEDIN_KI_OPTOUT_STATE: fromEnv } });
    expect(await app.run(['status'])).toBe(0);
    expect(app.terminal.text()).toContain(`Progress file: ${fromEnv}`);
    app.terminal.mark();
    expect(await app.run(['status', '--state-file', fromFlag])).toBe(0);
    expect(app.terminal.sinceMark()).toContain(`Progress file: ${fromFlag}`);
  });
});

describe('reset', () => {
  it('--yes forgets the progress', async () => {
    const app = createHarness({ tty: false });
    app.seed(DONE_STATE);
    expect(await app.run(['reset', '--yes'])).toBe(0);
    expect(app.terminal.text()).toContain('Progress forgotten.');
    expect(existsSync(app.statePath)).toBe(false);
  });

  it('without a terminal and without --yes: exit 2, nothing deleted', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    app.seed(DONE_STATE);
    expect(await app.run(['reset'])).toBe(2);
    expect(app.stderr()).toContain('npx linkedin-ki-optout reset --yes');
    expect(existsSync(app.statePath)).toBe(true);
  });

  it('asks first; "No" keeps everything, "Yes" deletes', async () => {
    const app = createHarness({ env: { LANG: 'de_DE.UTF-8' } });
    app.seed(DONE_STATE);
    const keep = app.run(['reset']);
    await app.terminal.answer('gespeicherten Fortschritt löschen?');
    expect(await keep).toBe(0);
    expect(app.terminal.text()).toContain('Es wurde nichts verändert.');
    expect(existsSync(app.statePath)).toBe(true);
    const remove = app.run(['reset']);
    await app.terminal.choose('gespeicherten Fortschritt löschen?', 'Ja, löschen');
    expect(await remove).toBe(0);
    expect(existsSync(app.statePath)).toBe(false);
  });

  it('nothing recorded: says so', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    expect(await app.run(['reset', '--yes'])).toBe(0);
    expect(app.terminal.text()).toContain('Nothing saved, nothing to forget.');
  });
});

describe('a broken locale file (for contributors)', () => {
  it('names the file and the problem, exit 1, no stack trace', async () => {
    const dir = tempDir('lkio-locales-');
    writeFileSync(join(dir, 'en.json'), '{ "meta": ');
    const app = createHarness({ tty: false, env: { LANG: 'C' }, localesDir: dir });
    expect(await app.run(['status'])).toBe(1);
    expect(app.stderr()).toMatch(new RegExp(`^${join(dir, 'en.json')}: is not valid JSON \\(.*\\)\\n$`));
  });
});

describe('a receipt to keep', () => {
  it('checklist --format markdown --output FILE: version, choices, each guide with status and date, the form sent, the e-mail confirmed, the links', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'de_DE.UTF-8' } });
    app.seed({
      version: 1,
      settings: { language: 'de', platform: 'web', region: 'eu' },
      guides: {
        'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: '2026-11-20T09:05:00.000Z' } },
        'objection-form': {
          platform: 'web',
          steps: { 'open-form': { doneAt: '2026-11-20T09:10:00.000Z' }, send: { doneAt: '2026-11-20T09:15:00.000Z' } },
          verification: { result: 'yes', at: '2026-11-22T18:00:00.000Z' },
        },
      },
    });
    const file = join(app.home, 'quittung.md');
    expect(await app.run(['checklist', '--format', 'markdown', '--output', file])).toBe(0);
    expect(app.terminal.text()).toBe('');
    expect(app.stderr()).toBe(`In ${file} gespeichert.\n`);
    const receipt = readFileSync(file, 'utf8');
    expect(receipt).not.toContain(ESC);
    expect(receipt).toContain('- linkedin-ki-optout 9.9.9-test');
    expect(receipt).toContain('- Sprache: Deutsch');
    expect(receipt).toContain('- Plattform: Website');
    expect(receipt).toContain('- Region: EU oder EWR');
    expect(receipt).toContain('## ✓ KI-Training abschalten – erledigt am 20. November 2026');
    expect(receipt).toContain('- Gespeichert am 20. November 2026: Ja\n');
    expect(receipt).toContain('## ✓ Mit LinkedIns Formular widersprechen – erledigt am 22. November 2026');
    expect(receipt).toContain('- Formular gesendet am 20. November 2026.');
    expect(receipt).toContain('- Gespeichert am 22. November 2026: Ja, sie ist da');
    expect(receipt).toContain(
      '_Stand der Anleitung: November 2026; Quellen: LinkedIns Hilfeseiten, Datenschutzbehörden und Presse; nicht mit einem echten Konto getestet._',
    );
    expect(receipt).toContain('Hiring Assistant');
    expect(receipt).toContain('- Links: <https://www.linkedin.com/help/linkedin/ask/TS-DPRO>, <https://www.linkedin.com/help/linkedin/answer/a5538339>');
    expect(receipt).toContain('## ○ Nutzung für Forschung abschalten – offen');
    expect(receipt).not.toMatch(/@|password|passwort/i);
  });

  it('--output to a folder: exit 1 with the reason', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    expect(await app.run(['checklist', '--output', app.home])).toBe(1);
    expect(app.stderr()).toBe(`Could not write ${app.home}: is a directory (EISDIR)\n`);
  });
});

describe('the command line, at its edges (issue 22)', () => {
  it('help for a command that does not exist: one sentence on stderr, no help, no "(outputHelp)"', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' } });
    expect(await app.run(['help', 'bogus'])).toBe(2);
    expect(app.stderr()).toBe('Unknown command “bogus”. Commands: guide, checklist, status, objection, reminder, reset. See: npx linkedin-ki-optout --help\n');
    expect(app.terminal.text()).toBe('');
  });

  it('options before the command: read as the command’s own', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' } });
    expect(await app.run(['--platform', 'app', '--region', 'uk', 'checklist', '--format', 'json'])).toBe(0);
    expect(JSON.parse(app.terminal.text())).toMatchObject({ platform: 'app', region: 'uk' });
    const other = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' } });
    // status has no --platform: said as such, not as an unknown command "status".
    expect(await other.run(['--platform', 'app', 'status'])).toBe(2);
    expect(other.stderr()).toContain('Unknown option “--platform”');
    // An option's value that reads like a command stays its value.
    const value = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' } });
    expect(await value.run(['--state-file', 'status', 'status', '--format', 'json'])).toBe(0);
    expect(JSON.parse(value.terminal.text()).stateFile).toMatch(/\/status$/);
  });

  it('a stray word after "guide": an unexpected argument, not an unknown command', async () => {
    const app = createHarness({ env: { LANG: 'en_US.UTF-8' } });
    expect(await app.run(['guide', 'extra'])).toBe(2);
    expect(app.stderr()).toBe('Unexpected argument “extra”. See: npx linkedin-ki-optout --help\n');
    const bare = createHarness({ env: { LANG: 'en_US.UTF-8' } });
    expect(await bare.run(['extra'])).toBe(2);
    expect(bare.stderr()).toContain('Unknown command “extra”');
  });
});
