import { visibleLength, wrap } from '../core/wrap.js';

/**
 * Lays out what the tool hands to Inquirer so that Inquirer never has to break a line: it cuts
 * every line at the terminal's last column with a line break of its own, in the middle of a word
 * or a link. Every line handed over is narrower than the terminal (`width` is the context's width,
 * always less than the terminal's).
 */

/** A question ready for Inquirer. */
export interface QuestionLayout {
  /** Lines written before the question: everything up to a link wider than a line (see below). */
  readonly before: readonly string[];
  /** The rest, word-wrapped, to follow Inquirer's "? ". */
  readonly message: string;
  /** The column where the question's last line ends: an answer goes after it, one space on. */
  readonly end: number;
}

/**
 * The question word-wrapped to the width less Inquirer's "? " in front. A link wider than a line
 * cannot go to Inquirer, which would cut it with a line break (copying or clicking would get half
 * of it): it and the lines before it are written before the question, where the terminal
 * continues it unbroken.
 */
export function layoutQuestion(message: string, width: number): QuestionLayout {
  const room = width - 2;
  const lines = wrap(message, room);
  let cut = 0;
  lines.forEach((line, index) => {
    if (visibleLength(line) > room) cut = index + 1;
  });
  const rest = lines.slice(cut);
  const last = rest.at(-1) ?? '';
  // The first line follows "? "; the others start at the left edge.
  return { before: lines.slice(0, cut), message: rest.join('\n'), end: (rest.length <= 1 ? 2 : 0) + visibleLength(last) };
}

/**
 * The answer Inquirer writes after the question once it is given (the choice's words, or what was
 * typed): on the question's last line where it fits, otherwise word-wrapped on lines of its own,
 * under the question's text.
 */
export function layoutAnswer(answer: string, end: number, width: number): string {
  if (end + 1 + visibleLength(answer) <= width) return answer;
  const lines = wrap(answer, width - 2).join('\n  ');
  return end <= 2 ? lines : `\n  ${lines}`;
}

/** A choice word-wrapped under itself; `prefix` is how wide Inquirer's marks in front of it are ("❯ ", "❯◯ "). */
export function layoutChoice(name: string, prefix: number, width: number): string {
  return wrap(name, width - prefix).join(`\n${' '.repeat(prefix)}`);
}

/**
 * How many lines of choices to show at once: all of them when the question, the list and the key
 * help fit in the terminal's rows; otherwise as many as fit (the help then says how many there are).
 */
export function pageSize(choiceLines: number, questionLines: number, rows: number | undefined): number {
  // Under the list: an empty line and the key help (up to two lines); above it the question's lines.
  const room = (rows ?? 24) - questionLines - 4;
  return Math.max(Math.min(choiceLines, room), Math.min(choiceLines, 5));
}

/** How many lines a text takes. */
export function lineCount(text: string): number {
  return text.split('\n').length;
}
