import type { Interface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import type { Messages } from '../core/messages.js';
import { heardLine } from '../core/heard.js';
import { fill } from '../core/messages.js';
import type { InputStream, OutputStream } from '../deps.js';
import { PromptCancelledError, type CheckboxChoice, type Choice, type ConfirmAnswers, type Prompts, type SelectOptions } from './prompts.js';

/**
 * Lines typed by the person, in order. The terminal stays in its normal line mode (it echoes and
 * lets the person edit the line; Ctrl+C is its SIGINT); readline only splits what arrives into
 * lines. Lines typed ahead or pasted several at once wait here for the questions that follow. One
 * for a run: when the guide switches language, the prompts in the new one read on from here.
 */
export class TypedLines {
  private readonly lines: string[] = [];
  private waiting: ((line: string | undefined) => void) | undefined;
  private closed = false;
  private reader: Interface | undefined;
  /** Whether a question has said how to answer (by number or name): later ones only name the default. */
  explained = false;

  constructor(private readonly input: InputStream) {}

  /** The next line, or undefined once the input has ended (Ctrl+D). */
  async next(): Promise<string | undefined> {
    const line = this.lines.shift();
    if (line !== undefined || this.closed) return line;
    // Loaded on the first question: commands that never ask do not pay for readline.
    this.reader ??= await this.open();
    return new Promise((resolve) => {
      this.waiting = resolve;
      if (!this.closed) this.reader?.resume();
    });
  }

  private async open(): Promise<Interface> {
    const { createInterface } = await import('node:readline');
    const reader = createInterface({ input: this.input, terminal: false, crlfDelay: Infinity });
    reader.on('line', (line) => {
      if (this.waiting) this.take(line);
      else this.lines.push(line);
    });
    reader.on('close', () => {
      this.closed = true;
      this.take(undefined);
    });
    return reader;
  }

  private take(line: string | undefined): void {
    const waiting = this.waiting;
    if (!waiting) return;
    this.waiting = undefined;
    // Read only while a question waits, so nothing else competes for the input in between. A closed
    // reader (Ctrl+D) must not be paused: Node 24 throws ERR_USE_AFTER_CLOSE.
    if (!this.closed) this.reader?.pause();
    waiting(line);
  }
}

export interface PlainIo {
  readonly lines: TypedLines;
  readonly output: OutputStream;
  readonly texts: Messages['accessible'];
  /** The terminal's columns, to keep words whole at its edge (0: not a terminal). */
  readonly width: number;
}

/** An answer that does not fit, with the one sentence that says so. */
class Refusal {
  constructor(readonly sentence: string) {}
}

/** A choice's name as it is typed: lower case, without quotes, brackets and other marks. */
const spoken = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The choice an answer names: its number, or the start of its name ("deu" for "Deutsch"), else of
 * its short form, else of a word in either ("app" for "In the LinkedIn app"). Several choices that
 * fit at the first of these that any fits are 'ambiguous', unless one is exactly what was typed.
 */
export function pickChoice(line: string, choices: readonly { readonly name: string; readonly short?: string }[]): number | 'ambiguous' | undefined {
  if (/^\d+$/.test(line)) {
    const value = Number(line);
    return value >= 1 && value <= choices.length ? value - 1 : undefined;
  }
  const typed = spoken(line);
  if (typed === '') return undefined;
  const names = choices.map((choice) => spoken(choice.name));
  const shorts = choices.map((choice) => spoken(choice.short ?? ''));
  const exact = names.findIndex((name, index) => name === typed || shorts[index] === typed);
  if (exact >= 0) return exact;
  const tests: ((index: number) => boolean)[] = [
    (index) => (names[index] as string).startsWith(typed),
    (index) => (shorts[index] as string).startsWith(typed),
    (index) => `${names[index]} ${shorts[index]}`.split(' ').some((word) => word !== '' && word.startsWith(typed)),
  ];
  for (const fits of tests) {
    const matches = choices.flatMap((_choice, index) => (fits(index) ? [index] : []));
    if (matches.length === 1) return matches[0];
    if (matches.length > 1) return 'ambiguous';
  }
  return undefined;
}

/**
 * Questions for screen readers and terminals that cannot redraw (after the accessible modes of
 * GitHub CLI and charmbracelet/huh, and clack's `accessible` option): plain text written once, the
 * choices as a numbered list, then one line that asks for the answer and names what Enter alone
 * takes, as it would be typed. A choice is picked by its number or by the start of its name; one
 * short line then says which answer was taken. Nothing is word-wrapped: the terminal (and the
 * screen reader) wraps, so a sentence is never cut by a line break of the tool's own. Output only
 * ever appends: no cursor movement, no erasing, no hidden cursor. An answer that does not fit gets
 * one sentence and the question again. The end of the input (Ctrl+D) cancels, as Ctrl+C does in
 * Inquirer.
 */
export function createAccessiblePrompts(io: PlainIo): Prompts {
  const { texts, width, lines } = io;
  const heard = (line: string) => heardLine(line, width);
  const write = (lines: readonly string[]) => void io.output.write(`${lines.map(heard).join('\n')}\n`);
  // "1) Deutsch", as the shell's own `select` numbers: a screen reader says "1 Deutsch", not "1 period".
  const list = (names: readonly string[]) => names.map((name, index) => `${index + 1}) ${name}`);
  const taken = (answer: string) => write([fill(texts.taken, { answer })]);

  /** Writes the question and asks for a line until `parse` accepts it (or explains why not). */
  async function question<Answer>(body: readonly string[], askLine: string, parse: (line: string) => Answer | Refusal): Promise<Answer> {
    for (;;) {
      if (body.length > 0) write(body);
      // The answer is typed on the line that asks for it.
      io.output.write(`${heard(askLine)} `);
      const line = await lines.next();
      if (line === undefined) {
        io.output.write('\n');
        throw new PromptCancelledError();
      }
      const answer = parse(typed(line));
      if (!(answer instanceof Refusal)) return answer;
      write([answer.sentence]);
    }
  }

  // Arrow keys and other control keys arrive as escape sequences in line mode: they are not part of the answer.
  // eslint-disable-next-line no-control-regex -- removing control characters is the point.
  const typed = (line: string) =>
    stripVTControlCharacters(line)
      .replace(/[\u0000-\u001F\u007F-\u009F]/g, '')
      .trim();

  const invalidChoice = (count: number) => new Refusal(count === 2 ? texts.selectInvalidTwo : fill(texts.selectInvalid, { count }));
  const ambiguous = (line: string) => new Refusal(fill(texts.ambiguous, { typed: line }));

  return {
    async select<Value>(message: string, choices: readonly Choice<Value>[], options: SelectOptions<Value> = {}) {
      const count = choices.length;
      const defaultIndex = Math.max(
        0,
        choices.findIndex((choice) => choice.value === options.default),
      );
      const askLine = fill(lines.explained ? texts.selectLineShort : texts.selectLine, { default: defaultIndex + 1 });
      lines.explained = true;
      const index = await question<number>([message, ...list(choices.map((choice) => choice.name))], askLine, (line) => {
        const picked = line === '' ? defaultIndex : pickChoice(line, choices);
        if (picked === 'ambiguous') return ambiguous(line);
        return picked === undefined ? invalidChoice(count) : picked;
      });
      const choice = choices[index] as Choice<Value>;
      // The short form, as Inquirer leaves it on screen once answered; not when the next line says it.
      if (options.announces?.(choice.value) !== true) taken(choice.short ?? choice.name);
      return choice.value;
    },

    async choose<Value>(message: string, choices: readonly CheckboxChoice<Value>[]) {
      const count = choices.length;
      const preselected = choices.flatMap((choice, index) => (choice.checked || choice.fixed ? [index + 1] : []));
      const numbers = await question<number[]>(
        [message, ...list(choices.map((choice) => (choice.fixed ? `${choice.name} ${choice.fixed}` : choice.name)))],
        // The default as it would be typed: the numbers separated by spaces.
        fill(texts.chooseLine, { defaults: preselected.length > 0 ? preselected.join(' ') : texts.none }),
        (line) => {
          if (line === '') return preselected;
          const words = line.split(/[\s,;]+/).filter(Boolean);
          // Numbers, or the start of one name ("research").
          const picked = words.every((word) => /^\d+$/.test(word)) ? words.map((word) => pickChoice(word, choices)) : [pickChoice(line, choices)];
          if (picked.includes('ambiguous')) return ambiguous(line);
          return picked.every((value) => typeof value === 'number')
            ? picked.map((value) => (value as number) + 1)
            : new Refusal(fill(texts.chooseInvalid, { count }));
        },
      );
      // Always-included choices stay in, whether typed or not; the order is the list's.
      const chosen = choices.filter((choice, index) => choice.fixed !== undefined || numbers.includes(index + 1));
      taken(chosen.map((choice) => choice.name).join(', '));
      return chosen.map((choice) => choice.value);
    },

    ask(message: string) {
      return question<string>([], message, (line) => line);
    },

    async confirm(message: string, _answers: ConfirmAnswers, defaultValue: boolean) {
      const yes = [texts.yes, texts.yesWord, 'y', 'yes'];
      const no = [texts.no, texts.noWord, 'n', 'no'];
      const answer = await question<boolean>([message], fill(texts.confirmLine, { default: defaultValue ? texts.yes : texts.no }), (line) => {
        const word = line.toLowerCase();
        if (word === '') return defaultValue;
        if (yes.includes(word)) return true;
        if (no.includes(word)) return false;
        return new Refusal(texts.confirmInvalid);
      });
      // As the other answers are echoed: their words, starting with a capital ("Taken: No").
      const word = answer ? texts.yesWord : texts.noWord;
      taken(word.charAt(0).toUpperCase() + word.slice(1));
      return answer;
    },
  };
}
