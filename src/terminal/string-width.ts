import libraryWidth from 'fast-string-width';

/**
 * The width of a text on the terminal, as fast-string-width measures it, for Inquirer (the build
 * puts this module in place of fast-string-width for fast-wrap-ansi, which Inquirer uses to lay out
 * every question). The library compiles regular expressions over Unicode properties (emoji, Han,
 * combining marks) the first time it meets any character outside Latin-1, which costs more than
 * everything else in drawing the first question. The texts the tool shows are written in the
 * characters below, each of which the library counts as one column; a text of only those, with
 * colour codes, gets its width without the library. Anything else (a name typed in another script,
 * an emoji, a tab) is measured by the library. tests/unit/string-width.test.ts checks every
 * character here against the library, and mixed texts.
 */
export const ONE_COLUMN =
  ' -~\u00A0-\u017F\u1E00-\u1EFF\u2010-\u2027\u2030-\u203B\u2190-\u2193\u21BB\u23CE\u2500-\u259F\u25CB\u25C9\u25D0\u25EF\u2713\u2714\u2717\u276F\u2800-\u28FF';
const ONE_COLUMN_TEXT = new RegExp(`^[${ONE_COLUMN}]*$`);
/** Colour and style codes, cursor moves and erasing, and modes such as the hidden cursor: they take no room. */
const CONTROL_CODE = /\u001B\[\??(?:\d{1,4}(?:;\d{0,4})*)?[A-HJKfhlm]/g;

export default function stringWidth(text: string, options?: Parameters<typeof libraryWidth>[1]): number {
  if (options === undefined) {
    const plain = text.includes('\u001B') ? text.replace(CONTROL_CODE, '') : text;
    if (ONE_COLUMN_TEXT.test(plain)) return plain.length;
  }
  return libraryWidth(text, options);
}
