import { stripVTControlCharacters } from 'node:util';

// Words that belong together on one line: a date ("3. November 2025", "November 3, 2025, 10:30 AM"),
// a number and what it counts ("vor 5 Monaten" keeps "vor 5").
const JOINS_NEXT = /^(\d{1,2}\.|\d+)$/;
// A German day ("3.") starts a date, so it does not join the word before it.
const JOINS_PREVIOUS = /^(?!\d{1,2}\.$)(\d|(AM|PM|Uhr)\b)/;
// A command to copy ("npx linkedin-ki-optout checklist --format markdown --output receipt.md", or
// the tool by its path when it is installed into a project) is one unit, up to a word that ends a
// clause: a line break inside it would be pasted into the shell.
const STARTS_COMMAND = /^(npx|npm|node|'?\S*[\\/]linkedin-ki-optout'?)$/;
const ENDS_CLAUSE = /[.,;:!?)»“”]$/;

function plain(word: string): string {
  return stripVTControlCharacters(word);
}

/** Words that stay on one line together; `command` when they are a command to copy. */
interface Unit {
  readonly words: string[];
  readonly command: boolean;
}

/** Whether `word` belongs to the unit before it: the rest of a command, or of a date or a count. */
function continues(unit: Unit, word: string): boolean {
  const previous = plain(unit.words[unit.words.length - 1] as string);
  if (unit.command) return !ENDS_CLAUSE.test(previous);
  return JOINS_NEXT.test(previous) || JOINS_PREVIOUS.test(plain(word));
}

/** The words of a paragraph grouped into units that are not broken apart unless a unit is wider than a line. */
function units(words: readonly string[]): Unit[] {
  const groups: Unit[] = [];
  for (const word of words) {
    const unit = groups.at(-1);
    if (unit !== undefined && continues(unit, word)) unit.words.push(word);
    else groups.push({ words: [word], command: STARTS_COMMAND.test(plain(word)) });
  }
  return groups;
}

/**
 * Word-wraps a paragraph that may contain colour codes to `width` visible columns, never inside a
 * word, and keeping dates and commands together. A word longer than a line (a link) stands
 * alone on its line, unbroken, so it can still be copied or clicked. `indent` starts every line,
 * `hangingIndent` (default: as wide as indent) the continuation lines.
 */
export function wrap(text: string, width: number, indent = '', hangingIndent = ' '.repeat(visibleLength(indent))): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = indent;
    let lineLength = visibleLength(indent);
    let empty = true;
    const put = (word: string) => {
      const length = visibleLength(word);
      if (!empty && lineLength + 1 + length > width) {
        lines.push(line);
        line = hangingIndent + word;
        lineLength = visibleLength(hangingIndent) + length;
      } else {
        line += (empty ? '' : ' ') + word;
        lineLength += (empty ? 0 : 1) + length;
      }
      empty = false;
    };
    for (const unit of units(paragraph.split(' ').filter((part) => part !== ''))) {
      const joined = unit.words.join(' ');
      // A unit wider than a whole line is broken at its spaces after all.
      if (visibleLength(joined) > width - visibleLength(hangingIndent)) unit.words.forEach(put);
      else put(joined);
    }
    lines.push(line);
  }
  return lines;
}

export function visibleLength(text: string): number {
  return [...stripVTControlCharacters(text)].length;
}

/** The width text is wrapped to: long lines are hard to read; very narrow terminals still get 20 columns. */
export function terminalWidth(stream: { readonly columns?: number | undefined }): number {
  return Math.max(20, Math.min(stream.columns ?? 80, 100) - 1);
}

/** A text word-wrapped for a stream that is a terminal, line by line; as it is for a pipe or a file. */
export function wrapFor(stream: { readonly isTTY?: boolean | undefined; readonly columns?: number | undefined }, text: string): string {
  if (stream.isTTY !== true) return text;
  return text
    .split('\n')
    .flatMap((line) => wrap(line, terminalWidth(stream)))
    .join('\n');
}

/**
 * A line the terminal wraps itself, with no line break of the tool's own (a sentence read aloud, or
 * a letter copied from the screen, stays one line): where the edge would cut a word, spaces fill the
 * rest of the row and the word starts the next one. A word wider than a row is left to the terminal.
 * `width` 0 (not a terminal) leaves the line as it is.
 */
export function softWrap(line: string, width: number): string {
  if (width <= 0) return line;
  let out = '';
  let column = 0;
  for (const token of line.split(/( +)/)) {
    if (token === '') continue;
    const length = visibleLength(token);
    if (token.startsWith(' ')) {
      if (column + length < width) {
        out += token;
        column += length;
      } else {
        // Spaces that reach the edge end the row; the next row starts with the next word.
        out += ' '.repeat(width - column);
        column = 0;
      }
      continue;
    }
    // A word that would reach the last column moves on too: the space after it would start the next row.
    if (column > 0 && column + length >= width && length < width) {
      out += ' '.repeat(width - column);
      column = 0;
    }
    out += token;
    column = (column + length) % width;
  }
  return out;
}
