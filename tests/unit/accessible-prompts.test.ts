import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../src/locales.js';
import { createAccessiblePrompts } from '../../src/terminal/accessible-prompts.js';
import { LOCALES_DIR } from '../helpers/app.js';

const choices = [
  { value: 'done', name: 'Done – next step' },
  { value: 'cant-find', name: "I can't find it" },
  { value: 'stop', name: 'Stop for now' },
];

function setUp(language: 'en' | 'de' = 'en', width = 80) {
  const input = new PassThrough();
  let written = '';
  const output = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      written += chunk.toString();
      callback();
    },
  });
  const prompts = createAccessiblePrompts({ input, output, texts: loadMessages(LOCALES_DIR, language).accessible, width });
  /** Resolves once the prompt has asked (the output ends with the line that waits for an answer). */
  const asked = async (times = 1) => {
    for (let tries = 0; tries < 200 && (written.match(/: $/gm) ?? []).length < times; tries += 1) await new Promise((resolve) => setImmediate(resolve));
  };
  return { input, prompts, output: () => written, asked };
}

describe('the accessible prompts', () => {
  it('select: the question, a numbered list and a line that names the default, written once', async () => {
    const { input, prompts, output, asked } = setUp();
    const answer = prompts.select('Step 1 of 6. Click your profile photo.', choices, { default: 'done' });
    await asked();
    expect(output()).toBe(
      "Step 1 of 6. Click your profile photo.\n1. Done – next step\n2. I can't find it\n3. Stop for now\nType a number from 1 to 3 (Enter alone: 1): ",
    );
    input.write('2\n');
    expect(await answer).toBe('cant-find');
    expect(output()).not.toContain('\u001B');
  });

  it('select: Enter alone takes the default, which need not be the first', async () => {
    const { input, prompts, output } = setUp();
    input.write('\n');
    expect(await prompts.select('Next?', choices, { default: 'stop' })).toBe('stop');
    expect(output()).toContain('(Enter alone: 3): ');
  });

  it('select: without a default, Enter takes the first', async () => {
    const { input, prompts } = setUp();
    input.write('  \n');
    expect(await prompts.select('Next?', choices)).toBe('done');
  });

  it('an invalid answer gets one sentence and the question again', async () => {
    const { input, prompts, output, asked } = setUp();
    const answer = prompts.select('Next?', choices);
    await asked();
    input.write('7\n');
    await asked(2);
    input.write('two\n');
    await asked(3);
    input.write('3\n');
    expect(await answer).toBe('stop');
    const question = "Next?\n1. Done – next step\n2. I can't find it\n3. Stop for now\nType a number from 1 to 3 (Enter alone: 1): ";
    expect(output()).toBe(`${question}Please type a number from 1 to 3.\n${question}Please type a number from 1 to 3.\n${question}`);
  });

  it('several lines at once (typed ahead or pasted) answer the questions that follow, in order', async () => {
    const { input, prompts } = setUp();
    input.write('2\n\n3\nAda Lovelace\nj\n');
    expect(await prompts.select('First?', choices)).toBe('cant-find');
    expect(await prompts.select('Second?', choices, { default: 'stop' })).toBe('stop');
    expect(await prompts.select('Third?', choices)).toBe('stop');
    expect(await prompts.ask('Your name (optional):')).toBe('Ada Lovelace');
    // A new set of prompts on the same input (the guide switched language) keeps what is waiting.
    const german = createAccessiblePrompts({
      input,
      output: new Writable({ write: (_chunk, _encoding, callback) => callback() }),
      texts: loadMessages(LOCALES_DIR, 'de').accessible,
      width: 80,
    });
    expect(await german.confirm('Wirklich?', { yes: 'Ja', no: 'Nein' }, false)).toBe(true);
  });

  it('Ctrl+D (the end of the input) cancels as Ctrl+C does in Inquirer', async () => {
    const { input, prompts, asked } = setUp();
    const answer = prompts.select('Next?', choices);
    await asked();
    input.end();
    await expect(answer).rejects.toMatchObject({ name: 'ExitPromptError' });
  });

  it('input that ended before the question cancels it at once', async () => {
    const { input, prompts } = setUp();
    input.end('1\n');
    expect(await prompts.select('First?', choices)).toBe('done');
    await expect(prompts.ask('Name:')).rejects.toMatchObject({ name: 'ExitPromptError' });
  });

  it('choose: Enter keeps what is preselected; typed numbers choose; an always-included one stays in', async () => {
    const guides = [
      { value: 'ai', name: 'Switch off AI training', checked: true, fixed: '(always)' },
      { value: 'objection', name: 'Object to the rest', checked: true },
      { value: 'research', name: 'Research data', checked: false },
    ];
    const first = setUp();
    first.input.write('\n3, 2\n9\n3\n');
    expect(await first.prompts.choose('Which now?', guides)).toEqual(['ai', 'objection']);
    expect(first.output()).toContain('1. Switch off AI training (always)\n2. Object to the rest\n3. Research data\n');
    expect(first.output()).toContain('Type the numbers you want, separated by spaces (Enter alone: 1, 2): ');
    expect(await first.prompts.choose('Which now?', guides)).toEqual(['ai', 'objection', 'research']);
    expect(await first.prompts.choose('Which now?', guides)).toEqual(['ai', 'research']);
    expect(first.output()).toContain('Please type numbers from 1 to 3, separated by spaces.\n');
  });

  it('confirm in German takes j/n (also ja/nein), Enter takes the default, anything else is asked again', async () => {
    const { input, prompts, output } = setUp('de');
    input.write('\nvielleicht\nJa\nn\n');
    expect(await prompts.confirm('Fortschritt löschen?', { yes: 'Ja', no: 'Nein' }, false)).toBe(false);
    expect(await prompts.confirm('Fortschritt löschen?', { yes: 'Ja', no: 'Nein' }, false)).toBe(true);
    expect(await prompts.confirm('Fortschritt löschen?', { yes: 'Ja', no: 'Nein' }, true)).toBe(false);
    const flat = output().replace(/\s+/g, ' ');
    expect(flat).toContain(
      'Fortschritt löschen? Geben Sie j für ja oder n für nein ein (Eingabetaste allein: n): Bitte geben Sie j für ja oder n für nein ein. Fortschritt löschen?',
    );
    expect(flat).toContain('(Eingabetaste allein: j): ');
  });

  it('arrow keys and other control keys typed out of habit are not part of the answer', async () => {
    const { input, prompts } = setUp();
    input.write('\u001B[B\u001B[A2\nAda\u001B[D Lovelace\u0007\n');
    expect(await prompts.select('Next?', choices)).toBe('cant-find');
    expect(await prompts.ask('Your name (optional):')).toBe('Ada Lovelace');
  });

  it('ask: a plain line, trimmed; the question wraps at word boundaries', async () => {
    const { input, prompts, output } = setUp('en', 24);
    input.write('  ada@example.org \n');
    expect(await prompts.ask('Your e-mail address for the text (optional):')).toBe('ada@example.org');
    expect(output()).toBe('Your e-mail address for\nthe text (optional): ');
  });

  it('long choices and the sentence for an invalid answer wrap, never inside a word', async () => {
    const { input, prompts, output } = setUp('en', 30);
    input.write('4\n1\n');
    await prompts.select('Question?', [{ value: 1, name: 'Open the setting in the browser and switch it off' }]);
    expect(output()).toContain('1. Open the setting in the\n   browser and switch it off\n');
    // The sentence for an invalid answer too.
    expect(output()).toContain('Please type a number from 1 to\n1.\n');
  });
});
