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

function setUp(language: 'en' | 'de' = 'en', width = 0) {
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
  it('select: the question, a list numbered "1)", a line that says how to answer, and one line naming the answer taken', async () => {
    const { input, prompts, output, asked } = setUp();
    const answer = prompts.select('Step 1 of 6. Click your profile photo.', choices, { default: 'done' });
    await asked();
    expect(output()).toBe(
      "Step 1 of 6. Click your profile photo.\n1) Done – next step\n2) I can't find it\n3) Stop for now\nNumber or name, Enter alone for 1: ",
    );
    input.write('2\n');
    expect(await answer).toBe('cant-find');
    expect(output()).toMatch(/Enter alone for 1: Taken: I can't find it\n$/);
    expect(output()).not.toContain('\u001B');
  });

  it('select: after the first question, the line that asks only names the default, as it would be typed', async () => {
    const { input, prompts, output } = setUp();
    input.write('\n\n');
    expect(await prompts.select('First?', choices)).toBe('done');
    expect(await prompts.select('Next?', choices, { default: 'stop' })).toBe('stop');
    expect(output()).toContain('Number or name, Enter alone for 1: Taken: Done – next step\n');
    expect(output()).toMatch(/3\) Stop for now\nEnter for 3: Taken: Stop for now\n$/);
  });

  it('select: the short form of a choice is the one said back', async () => {
    const { input, prompts, output } = setUp();
    input.write('\n');
    await prompts.select('Where?', [{ value: 'web', name: 'On the website (in the browser)', short: 'website' }]);
    expect(output()).toMatch(/Taken: website\n$/);
  });

  it('select: the start of a name picks it, in any case, without its quotes; one that fits several gets one sentence', async () => {
    const { input, prompts, output, asked } = setUp();
    const languages = ['Deutsch', 'English', 'Français', 'Italiano', 'Nederlands'].map((name) => ({ value: name, name }));
    input.write('deu\n');
    expect(await prompts.select('Language?', languages)).toBe('Deutsch');
    input.write('  FRAN \n');
    expect(await prompts.select('Language?', languages)).toBe('Français');
    const yes = [
      { value: 'yes', name: 'Yes, it reads “Off”' },
      { value: 'no', name: 'No' },
      { value: 'unsure', name: 'Not sure' },
    ];
    const answer = prompts.select('Off?', yes);
    await asked(3);
    input.write('n\n');
    await asked(4);
    expect(output()).toContain('More than one answer starts with “n”: please type more of it, or its number.\n');
    // Typed whole, a name is taken even where another starts with it.
    input.write('no\n');
    expect(await answer).toBe('no');
    input.write('yes it reads off\n');
    expect(await prompts.select('Off?', yes)).toBe('yes');
  });

  it('select: failing the start of a name, the start of its short form or of a word in it answers ("app")', async () => {
    const { input, prompts } = setUp();
    const platforms = [
      { value: 'web', name: 'On the website (in a browser)', short: 'website' },
      { value: 'app', name: 'In the LinkedIn app (phone or tablet)', short: 'app' },
    ];
    input.write('app\nweb\nphone\n');
    expect(await prompts.select('Where?', platforms)).toBe('app');
    expect(await prompts.select('Where?', platforms)).toBe('web');
    expect(await prompts.select('Where?', platforms)).toBe('app');
  });

  it('an invalid answer gets one sentence and the question again; for two choices, no range', async () => {
    const { input, prompts, output, asked } = setUp();
    const answer = prompts.select('Next?', choices);
    await asked();
    input.write('7\n');
    await asked(2);
    input.write('two\n');
    await asked(3);
    input.write('3\n');
    expect(await answer).toBe('stop');
    const question = "Next?\n1) Done – next step\n2) I can't find it\n3) Stop for now\nNumber or name, Enter alone for 1: ";
    const sentence = 'Please type a number from 1 to 3 or the start of an answer.\n';
    expect(output()).toBe(`${question}${sentence}${question}${sentence}${question}Taken: Stop for now\n`);
    input.write('5\n1\n');
    await prompts.select('Two?', choices.slice(0, 2));
    expect(output()).toContain('Please type 1 or 2, or the start of an answer.\n');
    expect(output()).not.toMatch(/from 1 to 2/);
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
      width: 0,
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
  it('arrow keys and other control keys typed out of habit are not part of the answer', async () => {
    const { input, prompts } = setUp();
    input.write('\u001B[B\u001B[A2\nAda\u001B[D Lovelace\u0007\n');
    expect(await prompts.select('Next?', choices)).toBe('cant-find');
    expect(await prompts.ask('Your name (optional):')).toBe('Ada Lovelace');
  });

  it('choose: Enter keeps what is preselected, stated "1 2" as it would be typed; numbers or a name choose; an always-included one stays in', async () => {
    const guides = [
      { value: 'ai', name: 'Switch off AI training', checked: true, fixed: '(always)' },
      { value: 'objection', name: 'Object to the rest', checked: true },
      { value: 'research', name: 'Research data', checked: false },
    ];
    const first = setUp();
    first.input.write('\n3, 2\n9\n3\nresearch\n');
    expect(await first.prompts.choose('Which now?', guides)).toEqual(['ai', 'objection']);
    expect(first.output()).toContain('1) Switch off AI training, always\n2) Object to the rest\n3) Research data\n');
    expect(first.output()).toContain('Numbers separated by spaces, or a name, Enter alone for 1 2: Taken: Switch off AI training, Object to the rest\n');
    expect(await first.prompts.choose('Which now?', guides)).toEqual(['ai', 'objection', 'research']);
    expect(await first.prompts.choose('Which now?', guides)).toEqual(['ai', 'research']);
    expect(first.output()).toContain('Please type numbers from 1 to 3, separated by spaces, or the start of one answer.\n');
    expect(await first.prompts.choose('Which now?', guides)).toEqual(['ai', 'research']);
  });

  it('confirm in German takes j/n (also ja/nein), Enter takes the default, anything else is asked again; the answer is said back', async () => {
    const { input, prompts, output } = setUp('de');
    input.write('\nvielleicht\nJa\nn\n');
    expect(await prompts.confirm('Fortschritt löschen?', { yes: 'Ja', no: 'Nein' }, false)).toBe(false);
    expect(await prompts.confirm('Fortschritt löschen?', { yes: 'Ja', no: 'Nein' }, false)).toBe(true);
    expect(await prompts.confirm('Fortschritt löschen?', { yes: 'Ja', no: 'Nein' }, true)).toBe(false);
    expect(output()).toContain(
      'Fortschritt löschen?\nGeben Sie j oder n ein; Eingabetaste allein wählt n: Gewählt: nein\nFortschritt löschen?\nGeben Sie j oder n ein; Eingabetaste allein wählt n: Bitte geben Sie j für ja oder n für nein ein.\n',
    );
    expect(output()).toContain('Eingabetaste allein wählt j: Gewählt: nein\n');
  });

  it("nothing is wrapped by the tool: a long line stays one line, and at the terminal's edge spaces keep a word whole", async () => {
    const { input, prompts, output } = setUp('en', 30);
    input.write('  ada@example.org \n1\n');
    expect(await prompts.ask('Your e-mail address for the text (optional):')).toBe('ada@example.org');
    // 30 columns: "Your e-mail address for the" is 27, so three spaces fill the row and "text" starts the next.
    expect(output()).toBe('Your e-mail address for the   text, optional: ');
    await prompts.select('Question?', [{ value: 1, name: 'Open the setting in the browser and switch it off' }]);
    expect(output()).not.toMatch(/\n {2,}\S/);
    expect(output()).toContain('1) Open the setting in the    browser and switch it off\n');
  });
});
