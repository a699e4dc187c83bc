import { EventEmitter } from 'node:events';
import { PassThrough, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';

/**
 * A fake terminal for flow tests: the real Inquirer prompts read keypresses from `stdin` and draw on
 * `stdout`, as they would in a real terminal, with no module mocked.
 */
export type Key = 'enter' | 'down' | 'up' | 'space' | 'ctrl+c';

export interface FakeTerminal {
  readonly stdin: PassThrough & { isTTY: boolean; isRaw: boolean; setRawMode(mode: boolean): void };
  readonly stdout: Writable & { isTTY: boolean; columns: number; rows: number };
  /** Everything written so far, without escape codes. */
  text(): string;
  /** The same with every line break and run of spaces as one space, for text that may be wrapped. */
  flatText(): string;
  /** Everything written so far, escape codes included. */
  raw(): string;
  /** Text written since the last `mark()`. */
  sinceMark(): string;
  mark(): void;
  /** Waits until the text since the last mark contains `expected` (fails with the screen otherwise). */
  waitFor(expected: string | RegExp, timeoutMs?: number, test?: (expected: string | RegExp) => boolean): Promise<void>;
  /** Waits until `expected` is on screen with a prompt drawn after it, ready for keys. */
  waitForPrompt(expected: string | RegExp): Promise<void>;
  press(key: Key): void;
  /** Types text into the current prompt (as the terminal would send it). */
  type(text: string): void;
  /** Waits for `expected` and the prompt under it, then presses the keys in order. */
  keys(expected: string | RegExp, keys: readonly Key[]): Promise<void>;
  /** Waits for `expected` and the prompt under it, then presses Ctrl+C. */
  cancelAt(expected: string | RegExp): Promise<void>;
  /**
   * Waits for `expected`, then presses `down` n times and enter; marks first so the next wait sees only new output.
   * A guide's answer is picked with `choose`, by its words: `downs` is for the prompt widgets' own tests, on made-up lists.
   */
  answer(expected: string | RegExp, downs?: number): Promise<void>;
  /**
   * Waits for `expected`, then moves down the list until the highlighted choice (❯) starts with
   * `choice`, and presses `key` (enter; space to tick a box): an answer picked by its meaning, not
   * its place in the list.
   */
  choose(expected: string | RegExp, choice: string, key?: Key): Promise<void>;
  /**
   * Waits for `expected` (a list of boxes, all ticked to start with), moves to each of `choices` by
   * its words as `choose` does, unticks it with space (failing if it was not ticked, or stays ticked),
   * then presses enter: what is left out is named, not counted.
   */
  untick(expected: string | RegExp, choices: readonly string[]): Promise<void>;
}

export function createTerminal(columns = 100): FakeTerminal {
  let output = '';
  let markAt = 0;
  const changes = new EventEmitter();
  const stdin = Object.assign(new PassThrough(), {
    isTTY: true,
    isRaw: false,
    setRawMode(mode: boolean) {
      stdin.isRaw = mode;
    },
  });
  const stdout = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        output += chunk.toString();
        changes.emit('change');
        callback();
      },
    }),
    // Inquirer pipes into the output stream and ends the pipe after each prompt; a real
    // process.stdout is never ended by a pipe, so neither is this one.
    { isTTY: true, columns, rows: 40, end: () => stdout },
  );
  const sinceMark = () => stripVTControlCharacters(output.slice(markAt));
  // Paragraphs are word-wrapped to the terminal, so text is compared with line breaks as spaces.
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  const matches = (expected: string | RegExp) => (typeof expected === 'string' ? flat(sinceMark()).includes(flat(expected)) : expected.test(flat(sinceMark())));
  // A prompt is ready once its key help (with ⏎) is drawn after the text it shows.
  const promptAfter = (expected: string | RegExp) => {
    const text = flat(sinceMark());
    const at = typeof expected === 'string' ? text.lastIndexOf(flat(expected)) : text.search(expected);
    return at >= 0 && text.indexOf('⏎', at) >= 0;
  };
  const terminal: FakeTerminal = {
    stdin,
    stdout,
    text: () => stripVTControlCharacters(output),
    flatText: () => flat(stripVTControlCharacters(output)),
    raw: () => output,
    sinceMark,
    mark: () => {
      markAt = output.length;
    },
    waitFor: (expected, timeoutMs = 4000, test = matches) =>
      new Promise<void>((resolve, reject) => {
        if (test(expected)) return resolve();
        const timer = setTimeout(() => {
          changes.off('change', check);
          reject(new Error(`Timed out waiting for ${String(expected)}. Screen since mark:\n${sinceMark()}`));
        }, timeoutMs);
        function check() {
          if (!test(expected)) return;
          clearTimeout(timer);
          changes.off('change', check);
          resolve();
        }
        changes.on('change', check);
      }),
    press: (key) => {
      const event = key === 'ctrl+c' ? { name: 'c', ctrl: true } : { name: key };
      stdin.emit('keypress', null, event);
    },
    waitForPrompt: (expected) => terminal.waitFor(expected, 4000, promptAfter),
    cancelAt: async (expected) => {
      await terminal.waitForPrompt(expected);
      await new Promise((resolve) => setImmediate(resolve));
      terminal.press('ctrl+c');
    },
    type: (text) => {
      stdin.write(text);
    },
    keys: async (expected, keys) => {
      await terminal.waitForPrompt(expected);
      await new Promise((resolve) => setImmediate(resolve));
      terminal.mark();
      for (const key of keys) terminal.press(key);
    },
    answer: async (expected, downs = 0) => {
      await terminal.waitForPrompt(expected);
      await new Promise((resolve) => setImmediate(resolve));
      terminal.mark();
      for (let index = 0; index < downs; index += 1) terminal.press('down');
      terminal.press('enter');
    },
    choose: async (expected, choice, key = 'enter') => {
      await terminal.waitForPrompt(expected);
      await new Promise((resolve) => setImmediate(resolve));
      await moveTo(expected, choice);
      terminal.mark();
      terminal.press(key);
    },
    untick: async (expected, choices) => {
      await terminal.waitForPrompt(expected);
      await new Promise((resolve) => setImmediate(resolve));
      for (const choice of choices) {
        if (box(await moveTo(expected, choice)) !== '◉')
          throw new Error(`“${choice}” at ${String(expected)} is not ticked, so space would not leave it out:\n${highlighted()}`);
        terminal.press('space');
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (box(highlighted()) !== '◯') throw new Error(`“${choice}” at ${String(expected)} is still ticked after space:\n${highlighted()}`);
      }
      terminal.mark();
      terminal.press('enter');
    },
  };
  // The highlighted line (❯) of the prompt last drawn, without the ❯.
  function highlighted(): string {
    const text = stripVTControlCharacters(output);
    const at = text.lastIndexOf('❯');
    if (at < 0) return '';
    const end = text.indexOf('\n', at);
    return flat(text.slice(at + 1, end < 0 ? undefined : end)).trim();
  }
  const box = (line: string) => /^[◉◯]/u.exec(line)?.[0];
  /**
   * Moves the highlight to the choice that reads `choice` and returns its line: the whole choice, or
   * its first words ("Do all of them" for "Do all of them (recommended)"), so "No" is never "Not sure".
   * Down first; a list that does not loop stops at its end, and then the search goes up.
   */
  async function moveTo(expected: string | RegExp, choice: string): Promise<string> {
    const wanted = flat(choice).trim();
    const seen: string[] = [];
    let direction: 'down' | 'up' = 'down';
    for (let moves = 0; moves < 40; moves += 1) {
      const line = highlighted();
      // A box to tick (◉ ◯) is not part of the choice's words.
      const active = line.replace(/^[◉◯]\s*/u, '');
      if (line !== '' && (active === wanted || active.startsWith(`${wanted} `))) return line;
      if (seen.at(-1) === active) direction = 'up';
      seen.push(active);
      terminal.press(direction);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    throw new Error(`No choice “${choice}” at ${String(expected)}; the choices were:\n${[...new Set(seen)].join('\n')}`);
  }
  return terminal;
}
