import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli.js';
import { LANGUAGES } from '../../src/core/catalogue.js';
import type { AppDeps } from '../../src/deps.js';
import { loadMessages } from '../../src/locales.js';
import { createHarness, LOCALES_DIR } from '../helpers/app.js';

const en = loadMessages(LOCALES_DIR, 'en');
/** Every command the program declares, read from it, so a command added later is checked too. */
const commands = createProgram({ version: '0', stdout: { isTTY: false } } as unknown as AppDeps, en).commands.map((command) => command.name());
const TOKEN = /[<[][^\s<>[\]]+[>\]]/g;

async function help(argv: readonly string[]): Promise<string> {
  const app = createHarness({ tty: false });
  expect(await app.run(argv)).toBe(0);
  return app.terminal.text();
}

describe('help in the user’s language', () => {
  it('lists the commands it checks', () => {
    expect(commands).toEqual(expect.arrayContaining(['guide', 'checklist', 'status', 'objection', 'reset']));
  });

  const others = LANGUAGES.filter((language) => language !== 'en');
  it.each(others.flatMap((language) => [[], ...commands.map((name) => [name])].map((command) => [language, command] as const)))(
    '%s help for %j has only its own placeholders and titles',
    async (language, command) => {
      const messages = loadMessages(LOCALES_DIR, language);
      const text = await help([...command, '--help', '--lang', language]);
      const ownWords = new Set(Object.values(messages.cli.placeholders));
      const tokens = text.match(TOKEN) ?? [];
      expect(tokens.length).toBeGreaterThan(0);
      for (const token of tokens) expect(ownWords, `${token} in:\n${text}`).toContain(token.slice(1, -1).replace(/\.\.\.$/, ''));
      for (const english of Object.values(en.cli.placeholders)) {
        if (!ownWords.has(english)) expect(text).not.toMatch(new RegExp(`[<[]${english}(\\.\\.\\.)?[>\\]]`));
      }
      for (const title of ['Usage:', 'Options:', 'Commands:', 'Arguments:', 'Global Options:', 'Global options:']) expect(text).not.toContain(title);
      expect(text).toContain(`${messages.cli.helpTitles.usage} linkedin-ki-optout`);
    },
  );

  it('German root help: [Optionen] [Befehl], <Sprache>, <Pfad>, help [Befehl], --accessible', async () => {
    const text = await help(['--help', '--lang', 'de']);
    expect(text).toContain('Aufruf: linkedin-ki-optout [Optionen] [Befehl]');
    expect(text).toMatch(new RegExp(`--lang <Sprache> +Sprache: ${LANGUAGES.join(', ')}`));
    expect(text).toContain('--state-file <Pfad>');
    expect(text).toMatch(/help \[Befehl\] +Hilfe zu einem Befehl anzeigen/);
    expect(text).toMatch(/--accessible +Nummerierte Fragen statt Auswahllisten, für Screenreader/);
  });

  it('German help for a command names its own placeholders', async () => {
    expect(await help(['checklist', '--help', '--lang', 'de'])).toMatch(
      /--platform <Plattform>[\s\S]*--region <Region>[\s\S]*--format <Format>[\s\S]*-o, --output <Datei>/,
    );
    expect(await help(['status', '--help', '--lang', 'de'])).toContain('--recheck-after <Monate>');
    expect(await help(['help', 'status', '--lang', 'de'])).toContain('Aufruf: linkedin-ki-optout status [Optionen]');
  });

  it('English help keeps commander’s words and names --accessible', async () => {
    const text = await help(['--help', '--lang', 'en']);
    expect(text).toContain('Usage: linkedin-ki-optout [options] [command]');
    expect(text).toMatch(/--accessible +Plain numbered questions for screen readers/);
  });

  it.each(LANGUAGES)('%s: every help description starts with a capital letter', (language) => {
    const messages = loadMessages(LOCALES_DIR, language);
    const descriptions = [...Object.values(messages.cli.commands), ...Object.values(messages.cli.options), messages.cli.helpCommand];
    for (const text of descriptions) expect(text, text).toMatch(/^\p{Lu}/u);
  });
});

describe('help in a narrow terminal', () => {
  it.each(LANGUAGES.flatMap((language) => [[], ...commands.map((name) => [name])].map((command) => [language, command] as const)))(
    '%s help for %j at 40 columns: every line fits, no word is cut',
    async (language, command) => {
      const app = createHarness({ columns: 40 });
      expect(await app.run([...command, '--help', '--lang', language])).toBe(0);
      // A line longer than the terminal is cut by the terminal itself, most likely inside a word.
      const lines = app.terminal.text().split('\n');
      expect(lines.length).toBeGreaterThan(5);
      for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(39);
    },
  );
});
