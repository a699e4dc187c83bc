import { withoutBrackets } from './asides.js';
import { softWrap } from './wrap.js';

/**
 * A line for a terminal that wraps it itself (accessible mode): no line break of the tool's own, so
 * a sentence and a command to copy stay one line. Where the terminal's edge would cut a word, spaces
 * fill the rest of the row instead and the word starts the next one: a screen reader, which reads
 * row by row, pauses between two words, never inside one ("Inha – lte"). Asides lose their brackets
 * (see asides.ts). A word wider than a row is left to the terminal.
 */
export function heardLine(text: string, width: number): string {
  return softWrap(withoutBrackets(text), width);
}
