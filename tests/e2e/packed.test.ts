import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { LANGUAGES } from '../../src/core/catalogue.js';
import { home } from '../helpers/home.js';
import { tempDir } from '../helpers/temp.js';
import { quoted } from '../helpers/labels.js';
import { KEY, startPty } from '../helpers/pty.js';

const installed = inject('packed');

describe('the packed and installed tool', () => {
  it('ships only what it needs, with no dependencies', () => {
    const listing = execFileSync('tar', ['-tzf', installed.tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();
    expect(listing).toEqual([
      'package/LICENSE',
      'package/README.md',
      'package/bin/linkedin-ki-optout.cjs',
      'package/dist/THIRD-PARTY-LICENSES.txt',
      'package/dist/chalk.cjs',
      'package/dist/cli.cjs',
      'package/dist/commander.cjs',
      'package/dist/dates.cjs',
      'package/dist/inquirer.cjs',
      ...LANGUAGES.map((language) => `package/dist/locales/${language}.json`),
      'package/dist/qr.cjs',
      'package/dist/width.cjs',
      'package/package.json',
    ]);
    const manifest = JSON.parse(execFileSync('tar', ['-xOzf', installed.tarball, 'package/package.json'], { encoding: 'utf8' }));
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.optionalDependencies).toBeUndefined();
    expect(manifest.peerDependencies).toBeUndefined();
    // Issue 25: eight languages within 180 kB (as npm counts: 1000 bytes); 179.1 kB on 2026-12-03.
    expect(statSync(installed.tarball).size, 'the tarball in bytes').toBeLessThanOrEqual(180_000);
  });

  it('the shipped code holds no address but the LinkedIn pages of the catalogue and the EDPB list', () => {
    const code = ['cli.cjs', 'chalk.cjs', 'commander.cjs', 'dates.cjs', 'inquirer.cjs', 'qr.cjs', 'width.cjs']
      .map((name) => readFileSync(join(installed.prefix, 'node_modules', 'linkedin-ki-optout', 'dist', name), 'utf8'))
      .join('\n');
    const urls = new Set(code.match(/https?:\/\/[^\s"'`)\\]+/g) ?? []);
    // date-fns names its documentation in one error message about format patterns.
    urls.delete('https://github.com/date-fns/date-fns/blob/master/docs/unicodeTokens.md');
    // FACTS §2: where to complain, the EDPB's list of the EU/EEA data-protection authorities.
    urls.delete('https://www.edpb.europa.eu/about-edpb/about-edpb/members_en');
    for (const url of urls) expect(url).toMatch(/^https:\/\/www\.linkedin\.com\/(mypreferences|help|legal)\//);
    expect(urls.size).toBeGreaterThan(0);
  });

  it('dates in every language come out of the bundle (only the date parsers are left out)', () => {
    const { dir, env, statePath } = home();
    // A date saved in March, so that the month names are fixed (and German's has an umlaut).
    mkdirSync(dirname(statePath), { recursive: true, mode: 0o700 });
    writeFileSync(
      statePath,
      JSON.stringify({
        version: 1,
        settings: { platform: 'web', region: 'eu' },
        guides: { 'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: '2026-03-15T12:00:00.000Z' } } },
      }),
      { mode: 0o600 },
    );
    const march = {
      de: '15. März 2026',
      en: '15 March 2026',
      es: '15 de marzo de 2026',
      fr: '15 mars 2026',
      it: '15 marzo 2026',
      nl: '15 maart 2026',
      pl: '15 marca 2026',
      pt: '15 de março de 2026',
    } as const;
    for (const language of LANGUAGES) {
      const result = spawnSync(process.execPath, [installed.bin, 'checklist', '--lang', language], { env, cwd: dir, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout, language).toContain(march[language]);
    }
  });

  it('installs offline as exactly one package', () => {
    expect(readdirSync(join(installed.prefix, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['linkedin-ki-optout']);
  });

  it.each([[['--help']], [['--version']], [['checklist', '--lang', 'de']], [['status']]])('%j works and never loads the prompt library', (args) => {
    const { dir, env } = home();
    const loaded = join(dir, 'loaded.txt');
    const preload = join(dir, 'record-modules.cjs');
    writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(loaded)}, Object.keys(require.cache).join('\\n')));`);
    const result = spawnSync(process.execPath, ['--require', preload, installed.bin, ...args], { env, cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(0);
    const modules = readFileSync(loaded, 'utf8');
    expect(modules).toContain('dist/cli.cjs');
    // Every command line but the guide's quick start is parsed by commander.
    expect(modules).toContain('dist/commander.cjs');
    expect(modules).not.toContain('inquirer');
    // Output to a pipe has no colour, and without colour nothing sets up chalk.
    expect(modules).not.toContain('chalk.cjs');
    // Dates (date-fns) only where a date is shown: status and the checklist, not the help.
    expect(modules.includes('dist/dates.cjs')).toBe(args[0] === 'checklist' || args[0] === 'status');
  });

  it('reminder loads the calendar bundle and writes a file a real iCalendar parser reads', () => {
    const { dir, env, statePath } = home();
    mkdirSync(dirname(statePath), { recursive: true });
    writeFileSync(
      statePath,
      JSON.stringify({
        version: 1,
        settings: { language: 'de', platform: 'web', region: 'eu' },
        guides: { 'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: '2026-11-20T09:05:00.000Z' } } },
      }),
    );
    const result = spawnSync(process.execPath, [installed.bin, 'reminder'], { env, cwd: dir, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('In linkedin-ki-optout-reminder.ics gespeichert');
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(dir, 'linkedin-ki-optout-reminder.ics'), 'utf8')));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') as ICAL.Component);
    expect(event.summary).toBe('LinkedIn: KI-Einstellungen nachprüfen');
    expect(event.startDate.toString()).toBe('2027-05-20');
  });

  it('the guide does load it (so the check above can fail)', async () => {
    const { dir, env } = home();
    const loaded = join(dir, 'loaded.txt');
    const preload = join(dir, 'record-modules.cjs');
    writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(loaded)}, Object.keys(require.cache).join('\\n')));`);
    const session = startPty(process.execPath, ['--require', preload, installed.bin, '--lang', 'en'], env, dir);
    await session.answer('Where will you change the setting?', KEY.ctrlC);
    expect(await session.exit).toMatchObject({ exitCode: 130 });
    expect(readFileSync(loaded, 'utf8')).toContain('dist/inquirer.cjs');
  });

  it.each([
    // The key help drawn under Inquirer's list; the line that asks for a number in the plain questions.
    // Both in colour on a terminal, so both set up chalk.
    [[], '⏎ auswählen', ['dist/cli.cjs', 'dist/chalk.cjs', 'dist/inquirer.cjs'], ['dist/commander.cjs', 'dist/dates.cjs', 'dist/qr.cjs', 'dist/width.cjs']],
    [
      ['--accessible'],
      'Eingabetaste allein wählt 1:',
      ['dist/cli.cjs', 'dist/chalk.cjs'],
      ['dist/commander.cjs', 'dist/dates.cjs', 'dist/inquirer.cjs', 'dist/qr.cjs', 'dist/width.cjs'],
    ],
  ])('the first question of %j loads only the bundles it needs', async (args, question, wanted, unwanted) => {
    const { dir, env } = home();
    const loaded = join(dir, 'loaded.txt');
    const preload = join(dir, 'record-modules.cjs');
    writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(loaded)}, Object.keys(require.cache).join('\\n')));`);
    const session = startPty(process.execPath, ['--require', preload, installed.bin, ...args], { ...env, LANG: 'de_DE.UTF-8' }, dir);
    await session.waitFor(question);
    session.process.write(KEY.ctrlC);
    expect(await session.exit).toMatchObject({ exitCode: 130 });
    const modules = readFileSync(loaded, 'utf8');
    for (const bundle of wanted) expect(modules).toContain(bundle);
    for (const bundle of unwanted) expect(modules).not.toContain(bundle);
  });

  it('Inquirer measures a text in another script with the library, from its own bundle loaded then', () => {
    const dist = join(installed.prefix, 'node_modules', 'linkedin-ki-optout', 'dist');
    const script = `
      const { PassThrough } = require('node:stream');
      const { select } = require(${JSON.stringify(join(dist, 'inquirer.cjs'))});
      const before = Object.keys(require.cache).some((path) => path.endsWith('width.cjs'));
      const input = new PassThrough();
      const output = new PassThrough();
      const controller = new AbortController();
      let screen = '';
      let drawn = false;
      output.on('data', (chunk) => {
        screen += chunk;
        if (drawn || !screen.includes('wählen')) return;
        drawn = true;
        controller.abort();
        const after = Object.keys(require.cache).some((path) => path.endsWith('width.cjs'));
        console.log(JSON.stringify({ screen, before, after }));
      });
      select({ message: '漢字 ✅ wählen', choices: [{ value: 1, name: 'eins' }] }, { input, output, signal: controller.signal }).catch(() => {});`;
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const { screen, before, after } = JSON.parse(result.stdout);
    expect(screen).toContain('漢字 ✅ wählen');
    expect([before, after]).toEqual([false, true]);
  });

  it('German, website, EU: the whole guide in a real terminal, exit 0, state file written privately', async () => {
    const { dir, env, statePath } = home();
    const session = startPty(installed.bin, [], { ...env, LANG: 'de_DE.UTF-8' }, dir);
    await session.answer('Sprache / Language');
    await session.answer('Wo möchten Sie die Einstellungen ändern?');
    await session.answer('Wo befindet sich Ihr LinkedIn-Profil?');
    // Leave out the recommended research guide.
    await session.choose('Wie möchten Sie vorgehen?', 'Selbst auswählen');
    await session.untick('Was möchten Sie jetzt erledigen?', ['Nutzung für Forschung abschalten']);
    // The way through the menus this time.
    await session.choose(`Öffnen Sie ${quoted('de', 'aiSetting')} direkt`, 'Durch die Menüs führen');
    for (let step = 1; step <= 3; step += 1) await session.answer(`Schritt ${step} von 4`);
    await session.answer(`Steht er jetzt auf ${quoted('de', 'off')}?`);
    await session.answer('Öffnen Sie LinkedIns Formular');
    // Sent, and LinkedIn's e-mail is here (Enter alone would give "not sent yet").
    await session.choose('Wählen Sie im Formular', 'Gesendet – LinkedIns E-Mail ist da');
    expect(await session.exit).toMatchObject({ exitCode: 0 });
    const screen = session.screen().replace(/\s+/g, ' ');
    expect(screen).toContain(quoted('de', 'settingsAndPrivacy'));
    expect(screen).toMatch(/✔ Gespeichert: Am \d{1,2}\. \p{L}+ \d{4} stand er auf „[^“]+“\./u);
    expect(screen).toContain(`auf ${quoted('de', 'off')}.`);
    expect(screen).toContain('Fürs Erste erledigt.');
    // Started from the installed command: the hint names it by its path, never a package to fetch.
    expect(screen).toContain(`nachzuprüfen: ${installed.bin}`);
    expect(statSync(statePath).mode & 0o777).toBe(0o600);
    const state = JSON.parse(readFileSync(statePath, 'utf8'));
    expect(state).toMatchObject({
      version: 1,
      settings: { language: 'de', platform: 'web', region: 'eu', selected: ['generative-ai', 'objection-form'] },
      guides: { 'generative-ai': { verification: { result: 'yes' } }, 'objection-form': { verification: { result: 'yes' } } },
    });
  });

  it('English, app, United States; Ctrl+C halfway exits 130 with the steps so far kept', async () => {
    const { dir, env, statePath } = home();
    const session = startPty(installed.bin, ['--platform', 'app'], { ...env, LANG: 'en_US.UTF-8' }, dir);
    await session.answer('Sprache / Language');
    // en_US preselects the United States.
    await session.answer('Where is your LinkedIn profile located?');
    await session.answer('How would you like to go on?');
    await session.answer('Tap your profile photo at the top left');
    await session.answer('Step 2 of 4');
    await session.answer('Step 3 of 4', KEY.ctrlC);
    expect(await session.exit).toMatchObject({ exitCode: 130 });
    expect(session.screen().replace(/\s+/g, ' ')).toContain(`Cancelled. Your progress is saved. To continue: ${installed.bin}`);
    expect(session.screen()).not.toMatch(/\bat \w+ \(.*:\d+:\d+\)/);
    const state = JSON.parse(readFileSync(statePath, 'utf8'));
    expect(state.settings).toEqual({ language: 'en', platform: 'app', region: 'us', selected: ['generative-ai', 'research-data', 'microsoft-ads'] });
    expect(Object.keys(state.guides['generative-ai'].steps)).toEqual(['settings', 'data-privacy']);
  });

  it('checklist piped to a file: plain text, every step, exit 0', () => {
    const { dir, env } = home();
    const out = join(dir, 'checkliste.txt');
    const result = spawnSync('sh', ['-c', `"${installed.bin}" checklist --lang de --region eu > "${out}"`], { env, cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain('\u001B[');
    expect(text).toContain('LinkedIn: kein KI-Training mit Ihren Daten – Checkliste');
    expect(text).toContain(
      `[ ] 3. Klicken Sie im ersten Abschnitt, ${quoted('de', 'howLinkedInUsesData')}, auf den letzten Eintrag: ${quoted('de', 'aiSetting')}.`,
    );
    expect(text).toContain('[ ] 2. Wählen Sie im Formular die Option für KI, die Inhalte erzeugt');
  });

  it('guide with stdin not a terminal exits 2 at once instead of waiting', () => {
    const { dir, env } = home();
    const result = spawnSync(installed.bin, ['--lang', 'en'], { env, cwd: dir, encoding: 'utf8', input: '', timeout: 10_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${installed.bin} checklist`);
  });

  it('run through npx from a tarball, the command it names to go on works as written, from another folder', () => {
    const { dir, env } = home();
    const npm = { ...env, npm_config_cache: join(dir, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_registry: 'http://127.0.0.1:9/' };
    const first = join(dir, 'downloads');
    mkdirSync(first);
    execFileSync('cp', [installed.tarball, join(first, 'tool.tgz')]);
    const asked = spawnSync('npx', ['--yes', './tool.tgz', '--lang', 'en'], { env: npm, cwd: first, encoding: 'utf8', input: '', timeout: 60_000 });
    expect(asked.status).toBe(2);
    const named = /run: (.+) checklist/.exec(asked.stderr)?.[1];
    expect(named).toBe(`npx file:${join(first, 'tool.tgz')}`);
    // As a person would paste it, in a shell, somewhere else.
    const again = spawnSync('sh', ['-c', `${named} checklist --lang en`], { env: npm, cwd: tempDir('lkio-e2e-elsewhere-'), encoding: 'utf8', timeout: 60_000 });
    expect(again.stderr).not.toMatch(/denied|not found:|ERR/i);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('LinkedIn: no AI training on your data – checklist');
  });
});
