import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../src/locales.js';
import { createInquirerPrompts } from '../../src/terminal/inquirer-prompts.js';
import { createStyle } from '../../src/terminal/style.js';
import { LOCALES_DIR } from '../helpers/app.js';
import { createTerminal } from '../helpers/terminal.js';

/** Colour codes as chalk writes them at level 1. */
const bold = (text: string) => `\u001B[1m${text}\u001B[22m`;
const dim = (text: string) => `\u001B[2m${text}\u001B[22m`;
const cyan = (text: string) => `\u001B[36m${text}\u001B[39m`;
const green = (text: string) => `\u001B[32m${text}\u001B[39m`;

/** Inquirer's real prompts on a fake terminal, in colour; what goes above a question is written down as well as shown. */
function setUp(options: { language?: 'en' | 'de'; width?: number; rows?: number } = {}) {
  const width = options.width ?? 78;
  const terminal = createTerminal(width + 2);
  terminal.stdout.rows = options.rows ?? 40;
  const printed: string[] = [];
  const prompts = createInquirerPrompts({
    deps: { stdin: terminal.stdin, stdout: terminal.stdout, env: {} },
    messages: loadMessages(LOCALES_DIR, options.language ?? 'en'),
    style: createStyle(1),
    width,
    print: (text = '') => {
      printed.push(text);
      terminal.stdout.write(`${text}\n`);
    },
  });
  /** The last drawing of the prompt (after the last cursor-to-column-1), escape codes kept. */
  const lastDrawing = () => terminal.raw().slice(terminal.raw().lastIndexOf('\u001B[G'));
  return { terminal, prompts, printed, lastDrawing };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
const numbered = (count: number) => Array.from({ length: count }, (_, index) => ({ value: index + 1, name: `Choice ${index + 1}` }));

describe('the Inquirer prompts, as drawn', () => {
  it('select: "?" and the question while asked, "›" and the answer once given; the key help in the language, keys bold, actions dim', async () => {
    const { terminal, prompts } = setUp();
    const answer = prompts.select('Which one?', numbered(3));
    await terminal.waitForPrompt('Which one?');
    const asked = terminal.raw();
    expect(asked).toContain(`${cyan('?')} ${bold('Which one?')}\n${cyan('❯ Choice 1')}\n  Choice 2\n  Choice 3\n`);
    // Every choice fits the rows: no count of them, only the keys ("choose" is the English word for Inquirer's "select").
    expect(asked).toContain(`\n\n${bold('↑↓')} ${dim('move')}${dim(' • ')}${bold('⏎')} ${dim('choose')}`);
    expect(terminal.text()).not.toContain('choices in all');
    terminal.press('enter');
    expect(await answer).toBe(1);
    expect(terminal.raw()).toContain(`${dim('›')} ${bold('Which one?')} ${cyan('Choice 1')}`);
  });

  it('select: the default is the choice under the cursor; only an answer that completes something carries the green ✔', async () => {
    const { terminal, prompts } = setUp();
    const first = prompts.select('Step 1', numbered(3), { default: 2, completes: (value) => value === 2 });
    await terminal.answer('Step 1');
    expect(await first).toBe(2);
    expect(terminal.raw()).toContain(`${bold('Step 1')} \u001B[36m${green('✔')}\u001B[36m Choice 2\u001B[39m`);
    const second = prompts.select('Step 2', numbered(3), { default: 2, completes: (value) => value === 2 });
    await terminal.answer('Step 2', 1);
    expect(await second).toBe(3);
    expect(terminal.raw()).toContain(`${bold('Step 2')} ${cyan('Choice 3')}`);
    // The short form is what stays on screen.
    const third = prompts.select('Where?', [{ value: 'web', name: 'On the website (in the browser)', short: 'website' }]);
    await terminal.answer('Where?');
    expect(await third).toBe('web');
    expect(terminal.text()).toContain('› Where? website\n');
  });

  it('select: the list does not wrap around, up at the top stays at the top and down at the end at the end', async () => {
    const { terminal, prompts } = setUp();
    const top = prompts.select('Top?', numbered(3));
    await terminal.keys('Top?', ['up', 'enter']);
    expect(await top).toBe(1);
    const end = prompts.select('End?', numbered(3), { default: 3 });
    await terminal.keys('End?', ['down', 'enter']);
    expect(await end).toBe(3);
  });

  it('select: where not every choice fits the rows, the help first says how many choices there are in all (not lines)', async () => {
    // 30 columns: each choice takes two lines; 12 rows leave room for five lines of choices.
    const { terminal, prompts } = setUp({ width: 30, rows: 12 });
    const choices = Array.from({ length: 7 }, (_, index) => ({ value: index, name: `Choice number ${index + 1} with a long name` }));
    const answer = prompts.select('Which one?', choices);
    await terminal.waitForPrompt('Which one?');
    expect(terminal.raw()).toContain(`\n\n${bold('7 choices in all; ↑↓ scrolls')}\n${bold('↑↓')} ${dim('move')}`);
    // The choice wraps under itself, after the "❯ " in front of it.
    expect(terminal.text()).toContain('❯ Choice number 1 with a long\n  name\n');
    terminal.press('enter');
    expect(await answer).toBe(0);
  });

  it('select: an answer too long for the question’s line goes under it, word-wrapped', async () => {
    const { terminal, prompts } = setUp({ width: 30 });
    const answer = prompts.select('Where shall we go on from?', [{ value: 1, name: 'Continue where I stopped last time, at step 3' }]);
    await terminal.answer('Where shall we go on from?');
    expect(await answer).toBe(1);
    expect(terminal.text()).toContain('› Where shall we go on from?\n  Continue where I stopped\n  last time, at step 3\n');
  });

  it('a link wider than a line is written above the question, whole', async () => {
    const { terminal, prompts, printed } = setUp({ width: 30 });
    const link = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';
    const answer = prompts.select(`Open this link:\n${link}\nThen come back.`, numbered(1));
    await terminal.answer('Then come back.');
    expect(await answer).toBe(1);
    expect(printed).toEqual(['Open this link:', link]);
    expect(terminal.text()).toContain('› Then come back. Choice 1');
  });

  it('the key help in German, and an item that does not fit the width starts a new line', async () => {
    const { terminal, prompts } = setUp({ language: 'de', width: 40 });
    const answer = prompts.choose('Welche?', [
      { value: 'a', name: 'A', checked: true },
      { value: 'b', name: 'B', checked: false },
    ]);
    await terminal.waitForPrompt('Welche?');
    expect(terminal.text()).toContain('\n\n↑↓ navigieren • Leertaste auswählen\na alle • i umkehren • ⏎ weiter');
    terminal.press('enter');
    expect(await answer).toEqual(['a']);
  });

  it('choose: ◉ ticked (green) and ◯ not; an always-included choice says so and stays in; once answered, "2 of 3"', async () => {
    const { terminal, prompts, lastDrawing } = setUp();
    const answer = prompts.choose('Which now?', [
      { value: 'ai', name: 'Switch off AI training', checked: true, fixed: '(always)' },
      { value: 'objection', name: 'Object to the rest', checked: false },
      { value: 'research', name: 'Research data', checked: false },
    ]);
    await terminal.waitForPrompt('Which now?');
    // The cursor starts on the first choice, even one that cannot be changed.
    expect(terminal.raw()).toContain(`${dim(`❯${green('◉')} Switch off AI training (always)`)}\n ◯ Object to the rest\n ◯ Research data\n`);
    terminal.press('down');
    await tick();
    terminal.press('space');
    await tick();
    expect(lastDrawing()).toContain(`\u001B[36m❯${green('◉')}\u001B[36m Object to the rest\u001B[39m\n ◯ Research data`);
    terminal.press('enter');
    expect(await answer).toEqual(['ai', 'objection']);
    expect(terminal.raw()).toContain(`${dim('›')} ${bold('Which now?')} ${cyan('2 of 3')}`);
  });

  it('choose: where not every choice fits the rows, the help says how many there are too', async () => {
    const { terminal, prompts } = setUp({ rows: 10 });
    const answer = prompts.choose(
      'Which?',
      Array.from({ length: 9 }, (_, index) => ({ value: index, name: `Choice ${index + 1}`, checked: index === 0 })),
    );
    await terminal.waitForPrompt('Which?');
    expect(terminal.text()).toContain('\n\n9 choices in all; ↑↓ scrolls • ↑↓ move');
    terminal.press('enter');
    expect(await answer).toEqual([0]);
  });

  it('choose: the list does not wrap around either', async () => {
    const { terminal, prompts } = setUp();
    const answer = prompts.choose('Which?', [
      { value: 'a', name: 'A', checked: false },
      { value: 'b', name: 'B', checked: false },
    ]);
    await terminal.keys('Which?', ['up', 'space', 'enter']);
    expect(await answer).toEqual(['a']);
  });

  it('choose: an always-included choice cannot be unticked; trying says why', async () => {
    const { terminal, prompts } = setUp();
    const answer = prompts.choose('Which now?', [{ value: 'ai', name: 'Switch off AI training', checked: true, fixed: '(always)' }]);
    await terminal.keys('Which now?', ['space']);
    await terminal.waitFor('The AI switch is always part of it: it is the main setting.');
    terminal.press('enter');
    expect(await answer).toEqual(['ai']);
  });

  it('ask: typed after a short question on its line; after a long one on a line of its own; the answer trimmed, wrapped under the question', async () => {
    const { terminal, prompts } = setUp({ width: 40 });
    const short = prompts.ask('Your name:');
    await terminal.waitFor('Your name:');
    await tick();
    terminal.type('Ada Lovelace  \r');
    expect(await short).toBe('Ada Lovelace');
    expect(terminal.text()).toMatch(/› Your name: Ada Lovelace {2}\n/);
    // "Your e-mail address (optional):" ends at column 33: 24 more columns for typing do not fit in 40.
    const long = prompts.ask('Your e-mail address (optional):');
    await terminal.waitFor('Your e-mail address (optional):');
    await tick();
    expect(terminal.text()).toMatch(/\? Your e-mail address \(optional\):\n $/);
    terminal.type('maximiliane.mustermann@example.de and more words\r');
    expect(await long).toBe('maximiliane.mustermann@example.de and more words');
    expect(terminal.text()).toContain('› Your e-mail address (optional):\n  maximiliane.mustermann@example.de and\n  more words\n');
  });

  it('ask: typing stays on the question’s line while 24 columns are left after it', async () => {
    const { terminal, prompts } = setUp({ width: 40 });
    // "? " and 13 characters end at column 15: 15 + 1 + 24 is 40, which fits.
    const fits = prompts.ask('Your name is:');
    await terminal.waitFor('Your name is:');
    await tick();
    expect(terminal.text()).toMatch(/\? Your name is:$/);
    terminal.type('Ada\r');
    expect(await fits).toBe('Ada');
    // One character more, and typing starts on a line of its own.
    const own = prompts.ask('Your name is?:');
    await terminal.waitFor('Your name is?:');
    await tick();
    expect(terminal.text()).toMatch(/\? Your name is\?:\n $/);
    terminal.type('Ada\r');
    expect(await own).toBe('Ada');
  });

  it('confirm: the two answers in words, the default first and under the cursor', async () => {
    const { terminal, prompts } = setUp();
    const no = prompts.confirm('Delete?', { yes: 'Yes, delete', no: 'No, keep' }, false);
    await terminal.waitForPrompt('Delete?');
    expect(terminal.text()).toMatch(/Delete\?\n❯ No, keep\n {2}Yes, delete\n/);
    terminal.press('enter');
    expect(await no).toBe(false);
    const yes = prompts.confirm('Delete?', { yes: 'Yes, delete', no: 'No, keep' }, true);
    await terminal.answer('Delete?');
    expect(await yes).toBe(true);
    expect(terminal.text()).toMatch(/❯ Yes, delete\n {2}No, keep\n/);
    const changed = prompts.confirm('Delete?', { yes: 'Yes, delete', no: 'No, keep' }, true);
    await terminal.answer('Delete?', 1);
    expect(await changed).toBe(false);
  });
});
