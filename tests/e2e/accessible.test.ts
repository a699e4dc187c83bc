import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { home } from '../helpers/home.js';
import { answerEach, startPty } from '../helpers/pty.js';

const installed = inject('packed');

/** The line that asks for an answer names what Enter alone would take, as it would be typed: "Enter alone for 1 2:". */
const ASK_LINE = /(?:Enter (?:alone )?for|Eingabetaste (?:allein )?wählt) ([\d ]+|none|keine): $/;
/** Every escape sequence but colour (SGR): cursor movement, erasing, hiding the cursor, scrolling. */
const NOT_COLOUR = /\u001B(?!\[[\d;]*m)/;
const NOISE = /[❯◉◯✔✓✗○•↻]/u;

function expectPlainOutput(raw: string): void {
  const found = NOT_COLOUR.exec(raw);
  expect(found, `an escape sequence that is not colour: ${JSON.stringify(raw.slice(found?.index ?? 0, (found?.index ?? 0) + 12))}`).toBeNull();
  expect(raw).not.toMatch(NOISE);
  // A carriage return that does not end a line would move the cursor back over text.
  expect(raw).not.toMatch(/\r(?!\n)/);
}

describe('the accessible guide in a real terminal, answered by typing numbers', { timeout: 60_000 }, () => {
  it('German, website, EU, with ACCESSIBLE=1: every question plain, written once; done and recorded; Inquirer never loaded', async () => {
    const { dir, env, statePath } = home();
    const loaded = join(dir, 'loaded.txt');
    const preload = join(dir, 'record-modules.cjs');
    writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(loaded)}, Object.keys(require.cache).join('\\n')));`);
    const session = startPty(process.execPath, ['--require', preload, installed.bin], { ...env, LANG: 'de_DE.UTF-8', ACCESSIBLE: '1' }, dir, { cols: 80 });
    const questions = await answerEach(session, ASK_LINE);
    expect(await session.exit).toMatchObject({ exitCode: 0 });
    expect(questions[0]).toContain('2) English');
    // The direct route first: open the setting, then confirm.
    expect(questions.some((question) => question.includes('Öffnen Sie „Daten zur Verbesserung generativer KI“ direkt'))).toBe(true);
    expect(questions.join('\n')).toMatch(/1\) Im Browser öffnen/);
    const screen = session.screen().replace(/\s+/g, ' ');
    expect(screen).toContain('Nummer oder Name; Eingabetaste allein wählt 1:');
    // Heard, not seen: where the person is, what was taken, and no address once the browser has it.
    expect(screen).toContain('Anleitung 1 von 3: KI-Training abschalten');
    // Opening says what was taken: "Geöffnet." instead of "Gewählt: Im Browser öffnen".
    expect(screen).toMatch(/Eingabetaste wählt 1: 1 Geöffnet\./);
    expect(screen).not.toContain('Gewählt: Im Browser öffnen');
    expect(screen).not.toContain('https://');
    expect(screen).toMatch(/Gespeichert: Am \d{1,2}\. \p{L}+ \d{4} stand er auf „Aus“\./u);
    // Enter at the form says "not sent yet": the guide stops there, and says progress is saved.
    expect(screen).toContain('Fortschritt gespeichert.');
    expectPlainOutput(session.raw());
    const state = JSON.parse(readFileSync(statePath, 'utf8'));
    expect(state.settings).toMatchObject({ language: 'de', platform: 'web', region: 'eu' });
    // The switches confirmed; the form opened, not recorded as sent.
    for (const guide of state.settings.selected) expect(state.guides[guide].verification?.result, guide).toBe(guide === 'objection-form' ? undefined : 'yes');
    expect(readFileSync(loaded, 'utf8')).not.toContain('inquirer');
  });

  it('English, app, UK, with --accessible: the same, at 40 columns', async () => {
    const { dir, env, statePath } = home();
    const session = startPty(installed.bin, ['--accessible', '--platform', 'app', '--region', 'uk'], { ...env, LANG: 'en_GB.UTF-8' }, dir, { cols: 40 });
    const questions = await answerEach(session, ASK_LINE);
    expect(await session.exit).toMatchObject({ exitCode: 0 });
    expect(questions.some((question) => question.includes('Number or name, Enter alone for'))).toBe(true);
    expect(session.screen()).toContain('1) Done – next step');
    expectPlainOutput(session.raw());
    const state = JSON.parse(readFileSync(statePath, 'utf8'));
    expect(state.settings).toMatchObject({ language: 'en', platform: 'app', region: 'uk' });
    for (const guide of state.settings.selected) expect(state.guides[guide].verification?.result, guide).toBe(guide === 'objection-form' ? undefined : 'yes');
  });

  it('TERM=dumb gets the same plain questions (and no colour), German, website', async () => {
    const { dir, env, statePath } = home();
    const session = startPty(installed.bin, ['--lang', 'de', '--platform', 'web', '--region', 'eu'], { ...env, TERM: 'dumb' }, dir, { cols: 80 });
    await answerEach(session, ASK_LINE);
    expect(await session.exit).toMatchObject({ exitCode: 0 });
    expect(session.raw()).not.toContain('\u001B');
    expectPlainOutput(session.raw());
    expect(session.screen()).toContain('1) Im Browser öffnen');
    for (const guide of JSON.parse(readFileSync(statePath, 'utf8')).settings.selected) expect(guide).toBeTruthy();
  });

  it('Ctrl+C at a plain question: exit 130, the same sentence, and not one escape code on a dumb terminal', async () => {
    const { dir, env } = home();
    const session = startPty(installed.bin, ['--lang', 'en'], { ...env, TERM: 'dumb' }, dir, { cols: 80 });
    await session.waitFor(/Where will you change the setting\?[\s\S]*Enter alone for 1: $/);
    session.process.write('\u0003');
    expect(await session.exit).toMatchObject({ exitCode: 130 });
    expect(session.screen()).toContain('Cancelled.');
    expect(session.raw()).not.toContain('\u001B');
  });

  it('an answer that fits no choice gets one sentence and the question again; a name answers; Ctrl+D cancels with exit 130', async () => {
    const { dir, env, statePath } = home();
    const session = startPty(installed.bin, ['--lang', 'en', '--accessible'], env, dir, { cols: 80 });
    await session.waitFor(/Where will you change the setting\?[\s\S]*Enter alone for 1: $/);
    session.process.write('7\r');
    await session.waitFor(/Please type 1 or 2, or the start of an answer\.\s+Where will you change the setting\?/);
    session.process.write('app\r');
    await session.waitFor(/Taken: LinkedIn app, phone or tablet\s+Where is your LinkedIn profile located\?[\s\S]*Enter for 1: $/);
    session.process.write('\u0004');
    expect(await session.exit).toMatchObject({ exitCode: 130 });
    expect(session.screen()).toContain('Cancelled.');
    expect(existsSync(statePath)).toBe(false);
  });
});
