import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../src/locales.js';
import { createAccessiblePrompts, TypedLines } from '../../src/terminal/accessible-prompts.js';
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
  const lines = new TypedLines(input);
  const prompts = createAccessiblePrompts({ lines, output, texts: loadMessages(LOCALES_DIR, language).accessible, width });
  /** Resolves once the prompt has asked (the output ends with the line that waits for an answer). */
  const asked = async (times = 1) => {
    for (let tries = 0; tries < 200 && (written.match(/: $/gm) ?? []).length < times; tries += 1) await new Promise((resolve) => setImmediate(resolve));
  };
  return { input, lines, prompts, output: () => written, asked };
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
    input.end('\n');
    await prompts.select('Where?', [{ value: 'web', name: 'On the website (in the browser)', short: 'website' }]);
    expect(output()).toMatch(/Taken: website\n$/);
  });

  it('select: the start of a name picks it, in any case, without its quotes; one that fits several gets one sentence', async () => {
    const { input, prompts, output } = setUp();
    const languages = ['Deutsch', 'English', 'Français', 'Italiano', 'Nederlands'].map((name) => ({ value: name, name }));
    const yes = [
      { value: 'yes', name: 'Yes, it reads “Off”' },
      { value: 'no', name: 'No' },
      { value: 'unsure', name: 'Not sure' },
    ];
    // All typed at once and the input ended: an answer refused by mistake cancels at once.
    input.end('deu\n  FRAN \nn\nno\nyes it reads off\n');
    expect(await prompts.select('Language?', languages)).toBe('Deutsch');
    expect(await prompts.select('Language?', languages)).toBe('Français');
    // "n" fits two answers; typed whole, a name is taken even where another starts with it.
    expect(await prompts.select('Off?', yes)).toBe('no');
    expect(output()).toContain('More than one answer starts with “n”: please type more of it, or its number.\n');
    expect(await prompts.select('Off?', yes)).toBe('yes');
  });

  it('select: failing the start of a name, the start of its short form or of a word in it answers ("app")', async () => {
    const { input, prompts } = setUp();
    const platforms = [
      { value: 'web', name: 'On the website (in a browser)', short: 'website' },
      { value: 'app', name: 'In the LinkedIn app (phone or tablet)', short: 'app' },
    ];
    input.end('app\nweb\nphone\ntab\n');
    expect(await prompts.select('Where?', platforms)).toBe('app');
    expect(await prompts.select('Where?', platforms)).toBe('web');
    expect(await prompts.select('Where?', platforms)).toBe('app');
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
    const { input, lines, prompts } = setUp();
    input.end('2\n\n3\nAda Lovelace\nj\n');
    expect(await prompts.select('First?', choices)).toBe('cant-find');
    expect(await prompts.select('Second?', choices, { default: 'stop' })).toBe('stop');
    expect(await prompts.select('Third?', choices)).toBe('stop');
    expect(await prompts.ask('Your name (optional):')).toBe('Ada Lovelace');
    // A new set of prompts on the same input (the guide switched language) keeps what is waiting.
    const german = createAccessiblePrompts({
      lines,
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
    input.end('\u001B[B\u001B[A2\nAda\u001B[D Lovelace\u0007\n');
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
    first.input.end('\n3, 2\n9\n3\nresearch\n');
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
    input.end('\nvielleicht\nJa\nn\n');
    expect(await prompts.confirm('Fortschritt löschen?', { yes: 'Ja', no: 'Nein' }, false)).toBe(false);
    expect(await prompts.confirm('Fortschritt löschen?', { yes: 'Ja', no: 'Nein' }, false)).toBe(true);
    expect(await prompts.confirm('Fortschritt löschen?', { yes: 'Ja', no: 'Nein' }, true)).toBe(false);
    expect(output()).toContain(
      'Fortschritt löschen?\nGeben Sie j oder n ein; Eingabetaste allein wählt n: Gewählt: Nein\nFortschritt löschen?\nGeben Sie j oder n ein; Eingabetaste allein wählt n: Bitte geben Sie j für ja oder n für nein ein.\n',
    );
    expect(output()).toContain('Eingabetaste allein wählt j: Gewählt: Nein\n');
  });

  it("nothing is wrapped by the tool: a long line stays one line, and at the terminal's edge spaces keep a word whole", async () => {
    const { input, prompts, output } = setUp('en', 30);
    input.end('  ada@example.org \n1\n');
    expect(await prompts.ask('Your e-mail address for the text (optional):')).toBe('ada@example.org');
    // 30 columns: "Your e-mail address for the" is 27, so three spaces fill the row and "text" starts the next.
    expect(output()).toBe('Your e-mail address for the   text, optional: ');
    await prompts.select('Question?', [{ value: 1, name: 'Open the setting in the browser and switch it off' }]);
    expect(output()).not.toMatch(/\n {2,}\S/);
    expect(output()).toContain('1) Open the setting in the    browser and switch it off\n');
  });
  it('select: what is typed is compared as a name is written: composed accents, runs of spaces, nothing but marks', async () => {
    const { input, prompts, output } = setUp();
    const languages = ['Deutsch', 'Français'].map((name) => ({ value: name, name }));
    // "c" and a combining cedilla, as some keyboards send it.
    input.write('Franc\u0327ais\n');
    expect(await prompts.select('Language?', languages)).toBe('Français');
    const yes = [
      { value: 'yes', name: 'Yes, it reads “Off”' },
      { value: 'yes-on', name: 'Yes, it reads “On”' },
    ];
    input.write('  yes   it reads   off \n');
    expect(await prompts.select('Off?', yes)).toBe('yes');
    // Only marks: no name is chosen, and the sentence is the one for an answer that does not fit, not "more than one".
    input.end('“?”\n1\n');
    expect(await prompts.select('Off?', yes)).toBe('yes');
    expect(output()).toContain('Please type 1 or 2, or the start of an answer.\n');
    expect(output()).not.toContain('More than one answer');
  });

  it('select: a number is only a whole line of digits, from 1 to the number of choices', async () => {
    const { input, prompts, output } = setUp();
    const numbered = [
      { value: 'first', name: '2nd floor' },
      { value: 'second', name: 'Ground floor' },
      { value: 'third', name: 'Basement' },
    ];
    // "2nd" is the start of a name, not the number 2; "0" is no choice.
    input.end('2nd\n0\n3\n');
    expect(await prompts.select('Where?', numbered)).toBe('first');
    expect(await prompts.select('Where?', numbered)).toBe('third');
    expect(output()).toContain('Please type a number from 1 to 3 or the start of an answer.\n');
  });

  it('select: a short form typed whole wins over names that start with it', async () => {
    const { input, prompts } = setUp();
    const places = [
      { value: 'site', name: 'Website', short: 'web' },
      { value: 'app', name: 'Web app', short: 'app' },
    ];
    input.end('web\nweb a\n');
    expect(await prompts.select('Where?', places)).toBe('site');
    expect(await prompts.select('Where?', places)).toBe('app');
  });

  it('select: a default that is not among the choices leaves Enter on the first', async () => {
    const { input, prompts, output } = setUp();
    input.end('\n');
    expect(await prompts.select('Next?', choices, { default: 'elsewhere' })).toBe('done');
    expect(output()).toContain('Number or name, Enter alone for 1: Taken: Done – next step\n');
  });

  it('Windows line ends (\\r\\n) count as one, even when the \\n arrives later', async () => {
    const { input, prompts, asked } = setUp();
    const first = prompts.select('First?', choices);
    await asked();
    input.write('2\r');
    expect(await first).toBe('cant-find');
    await new Promise((resolve) => setTimeout(resolve, 150));
    input.write('\n3\r\n');
    expect(await prompts.select('Second?', choices)).toBe('stop');
  });

  it('Ctrl+D ends the line that asked before the question is cancelled', async () => {
    const { input, prompts, output, asked } = setUp();
    const answer = prompts.ask('Your name:');
    await asked();
    input.end();
    await expect(answer).rejects.toMatchObject({ name: 'ExitPromptError' });
    expect(output()).toBe('Your name: \n');
  });

  it('choose: numbers separated by commas, semicolons or spaces, a separator before or after; none preselected says "none"', async () => {
    const { input, prompts, output } = setUp();
    const guides = [
      { value: 'ai', name: 'Switch off AI training', checked: false },
      { value: 'objection', name: 'Object to the rest', checked: false },
      { value: 'research', name: 'Research data', checked: false },
    ];
    input.end('\n1;3\n,2\n3 ,\nobj\n');
    expect(await prompts.choose('Which now?', guides)).toEqual([]);
    expect(output()).toContain('Numbers separated by spaces, or a name, Enter alone for none: Taken: \n');
    expect(await prompts.choose('Which now?', guides)).toEqual(['ai', 'research']);
    expect(await prompts.choose('Which now?', guides)).toEqual(['objection']);
    expect(await prompts.choose('Which now?', guides)).toEqual(['research']);
    expect(await prompts.choose('Which now?', guides)).toEqual(['objection']);
    expect(output()).not.toContain('Please type numbers');
  });

  it('choose: an always-included choice is part of what Enter takes, ticked or not; a start that fits several gets one sentence', async () => {
    const { input, prompts, output } = setUp();
    const guides = [
      { value: 'ai', name: 'Switch off AI training', checked: false, fixed: '(always)' },
      { value: 'research', name: 'Research data', checked: false },
      { value: 'reach', name: 'Reach of posts', checked: true },
    ];
    input.end('\nre\n2\n');
    expect(await prompts.choose('Which now?', guides)).toEqual(['ai', 'reach']);
    expect(output()).toContain('Enter alone for 1 3: Taken: Switch off AI training, Reach of posts\n');
    expect(await prompts.choose('Which now?', guides)).toEqual(['ai', 'research']);
    expect(output()).toContain('More than one answer starts with “re”: please type more of it, or its number.\n');
  });

  it('confirm: y, yes, n and no are understood in every language, in any case', async () => {
    const { input, prompts } = setUp('de');
    input.end('Y\nyes\nN\nNO\nJ\nNEIN\n');
    const answers = [];
    for (let index = 0; index < 6; index += 1) answers.push(await prompts.confirm('Wirklich?', { yes: 'Ja', no: 'Nein' }, index % 2 === 0));
    expect(answers).toEqual([true, true, false, false, true, false]);
  });
  it('the terminal stays in its line mode (never raw), and the input is read only while a question waits', async () => {
    const { input, prompts, asked } = setUp();
    let raw = false;
    Object.assign(input, { isTTY: true, setRawMode: () => (raw = true) });
    const answer = prompts.select('Next?', choices);
    await asked();
    expect(input.isPaused()).toBe(false);
    input.write('2\n');
    expect(await answer).toBe('cant-find');
    expect(input.isPaused()).toBe(true);
    expect(raw).toBe(false);
  });

  it('select: a name typed whole is taken even where its marks end it ("Later …")', async () => {
    const { input, prompts } = setUp();
    input.end('later\n');
    expect(
      await prompts.select('When?', [
        { value: 'later', name: 'Later …' },
        { value: 'today', name: 'Later today' },
      ]),
    ).toBe('later');
  });

  it('select: a name that ends in a number is a name; two digits are a number', async () => {
    const { input, prompts } = setUp();
    const floors = [
      { value: 'one', name: 'Floor 1' },
      { value: 'two', name: 'Floor 2' },
    ];
    const letters = 'abcdefghijkl'.split('').map((letter) => ({ value: letter, name: `Letter ${letter.toUpperCase()}` }));
    input.end('floor 2\n11\n');
    expect(await prompts.select('Where?', floors)).toBe('two');
    expect(await prompts.select('Which?', letters)).toBe('k');
  });

  it('select: failing the start of every name, the start of one short form answers before the words of all', async () => {
    const { input, prompts } = setUp();
    const ways = [
      { value: 'app', name: 'In the app', short: 'phone' },
      { value: 'web', name: 'Web and phone', short: 'web' },
    ];
    input.end('ph\n');
    expect(await prompts.select('How?', ways)).toBe('app');
  });

  it('select: a letter that starts no name, short form or word gets the sentence for an answer that does not fit', async () => {
    const { input, prompts, output } = setUp();
    input.end('h\n1\n');
    expect(
      await prompts.select('Sure?', [
        { value: true, name: 'Yes' },
        { value: false, name: 'No' },
      ]),
    ).toBe(true);
    expect(output()).toContain('Please type 1 or 2, or the start of an answer.\n');
  });
  it('choose: numbers past 9 are numbers; a number out of range, or numbers mixed with a name, are refused whole', async () => {
    const { input, prompts, output } = setUp();
    const letters = 'abcdefghijkl'.split('').map((letter) => ({ value: letter, name: `Letter ${letter.toUpperCase()}`, checked: false }));
    input.end('10 11\n1 13\n1 letter b\n2\n');
    expect(await prompts.choose('Which?', letters)).toEqual(['j', 'k']);
    expect(await prompts.choose('Which?', letters)).toEqual(['b']);
    expect(output().match(/Please type numbers from 1 to 12, separated by spaces, or the start of one answer\.\n/g)).toHaveLength(2);
  });
});
