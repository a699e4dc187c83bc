import type { Interface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import type { Messages } from '../core/messages.js';
import { fill } from '../core/messages.js';
import { wrap } from '../core/wrap.js';
import type { InputStream, OutputStream } from '../deps.js';
import { PromptCancelledError, type CheckboxChoice, type Choice, type ConfirmAnswers, type Prompts, type SelectOptions } from './prompts.js';

/**
 * Lines typed by the person, in order. The terminal stays in its normal line mode (it echoes and
 * lets the person edit the line; Ctrl+C is its SIGINT); readline only splits what arrives into
 * lines. Lines typed ahead or pasted several at once wait here for the questions that follow.
 */
class LineQueue {
  private readonly lines: string[] = [];
  private waiting: ((line: string | undefined) => void) | undefined;
  private closed = false;
  private reader: Interface | undefined;

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

// One queue per input stream: the guide makes a new set of prompts when the language changes, and
// lines typed ahead must not be lost with the old one.
const queues = new WeakMap<InputStream, LineQueue>();

function queueFor(input: InputStream): LineQueue {
  let queue = queues.get(input);
  if (!queue) {
    queue = new LineQueue(input);
    queues.set(input, queue);
  }
  return queue;
}

export interface PlainIo {
  readonly input: InputStream;
  readonly output: OutputStream;
  readonly texts: Messages['accessible'];
  /** Columns to word-wrap to. */
  readonly width: number;
}

/**
 * Questions for screen readers and terminals that cannot redraw (after the accessible modes of
 * GitHub CLI and charmbracelet/huh, and clack's `accessible` option): plain text written once, the
 * choices as a numbered list, then one line that asks for a number and names what Enter alone
 * takes. Output only ever appends: no cursor movement, no erasing, no hidden cursor. An answer that
 * does not fit gets one sentence and the question again. The end of the input (Ctrl+D) cancels,
 * as Ctrl+C does in Inquirer.
 */
export function createAccessiblePrompts(io: PlainIo): Prompts {
  const { texts, width } = io;
  const queue = queueFor(io.input);
  const write = (lines: readonly string[]) => void io.output.write(`${lines.join('\n')}\n`);
  const paragraph = (text: string, indent = '', hanging?: string) => wrap(text, width, indent, hanging);
  const list = (names: readonly string[]) => names.flatMap((name, index) => paragraph(name, `${index + 1}. `, ' '.repeat(`${index + 1}. `.length)));

  /** Writes the question and asks for a line until `parse` accepts it. */
  async function question<Answer>(body: readonly string[], askLine: string, invalid: string, parse: (line: string) => Answer | undefined): Promise<Answer> {
    for (;;) {
      if (body.length > 0) write(body);
      // The answer is typed on the line that asks for it.
      io.output.write(`${paragraph(askLine).join('\n')} `);
      const line = await queue.next();
      if (line === undefined) {
        io.output.write('\n');
        throw new PromptCancelledError();
      }
      const answer = parse(typed(line));
      if (answer !== undefined) return answer;
      write(paragraph(invalid));
    }
  }

  // Arrow keys and other control keys arrive as escape sequences in line mode: they are not part of the answer.
  // eslint-disable-next-line no-control-regex -- removing control characters is the point.
  const typed = (line: string) =>
    stripVTControlCharacters(line)
      .replace(/[\u0000-\u001F\u007F-\u009F]/g, '')
      .trim();

  const number = (text: string, count: number): number | undefined => {
    if (!/^\d+$/.test(text)) return undefined;
    const value = Number(text);
    return value >= 1 && value <= count ? value : undefined;
  };

  return {
    select<Value>(message: string, choices: readonly Choice<Value>[], options: SelectOptions<Value> = {}) {
      const count = choices.length;
      const defaultIndex = Math.max(
        0,
        choices.findIndex((choice) => choice.value === options.default),
      );
      return question(
        [...paragraph(message), ...list(choices.map((choice) => choice.name))],
        fill(texts.selectLine, { count, default: defaultIndex + 1 }),
        fill(texts.selectInvalid, { count }),
        (line) => {
          const picked = line === '' ? defaultIndex + 1 : number(line, count);
          return picked === undefined ? undefined : { value: (choices[picked - 1] as Choice<Value>).value };
        },
      ).then((answer) => answer.value);
    },

    async choose<Value>(message: string, choices: readonly CheckboxChoice<Value>[]) {
      const count = choices.length;
      const preselected = choices.flatMap((choice, index) => (choice.checked || choice.fixed ? [index + 1] : []));
      const numbers = await question(
        [...paragraph(message), ...list(choices.map((choice) => (choice.fixed ? `${choice.name} ${choice.fixed}` : choice.name)))],
        fill(texts.chooseLine, { count, defaults: preselected.length > 0 ? preselected.join(', ') : texts.none }),
        fill(texts.chooseInvalid, { count }),
        (line) => {
          if (line === '') return preselected;
          const picked = line
            .split(/[\s,;]+/)
            .filter(Boolean)
            .map((word) => number(word, count));
          return picked.every((value) => value !== undefined) ? (picked as number[]) : undefined;
        },
      );
      // Always-included choices stay in, whether typed or not; the order is the list's.
      return choices.filter((choice, index) => choice.fixed !== undefined || numbers.includes(index + 1)).map((choice) => choice.value);
    },

    ask(message: string) {
      return question(paragraph(message).slice(0, -1), paragraph(message).at(-1) ?? '', '', (line) => line);
    },

    confirm(message: string, _answers: ConfirmAnswers, defaultValue: boolean) {
      const yes = [texts.yes, texts.yesWord, 'y', 'yes'];
      const no = [texts.no, texts.noWord, 'n', 'no'];
      return question(paragraph(message), fill(texts.confirmLine, { default: defaultValue ? texts.yes : texts.no }), texts.confirmInvalid, (line) => {
        const word = line.toLowerCase();
        if (word === '') return defaultValue;
        if (yes.includes(word)) return true;
        if (no.includes(word)) return false;
        return undefined;
      });
    },
  };
}
