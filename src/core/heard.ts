import { withoutBrackets } from './asides.js';
import { visibleLength } from './wrap.js';

/**
 * A line for a terminal that wraps it itself (accessible mode): no line break of the tool's own, so
 * a sentence and a command to copy stay one line. Where the terminal's edge would cut a word, spaces
 * fill the rest of the row instead and the word starts the next one: a screen reader, which reads
 * row by row, pauses between two words, never inside one ("Inha – lte"). Asides lose their brackets
 * (see asides.ts). A word wider than a row is left to the terminal.
 */
export function heardLine(text: string, width: number): string {
  const line = withoutBrackets(text);
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
