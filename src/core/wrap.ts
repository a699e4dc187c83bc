import { stripVTControlCharacters } from 'node:util';

/**
 * Word-wraps a paragraph that may contain colour codes to `width` visible columns. A word longer
 * than a line (a link) stands alone on its line, unbroken, so it can still be copied or clicked.
 * `indent` starts every line, `hangingIndent` (default: as wide as indent) the continuation lines.
 */
export function wrap(text: string, width: number, indent = '', hangingIndent = ' '.repeat(visibleLength(indent))): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = indent;
    let lineLength = visibleLength(indent);
    let empty = true;
    for (const word of paragraph.split(' ').filter((part) => part !== '')) {
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
    }
    lines.push(line);
  }
  return lines;
}

export function visibleLength(text: string): number {
  return [...stripVTControlCharacters(text)].length;
}
