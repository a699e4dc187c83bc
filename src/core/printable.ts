/**
 * Text from outside (a progress file, a path) made safe to show: control characters, which could
 * move the cursor, clear the screen or change the terminal's title, are written as \u escapes; so are
 * the marks that turn the direction of text (U+202E and its like), which could make a name read as
 * another.
 */
export function printable(text: string): string {
  return text.replace(
    /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A value the user gave, quoted in their language („…“, “…”) and made harmless to show. */
export function quoted(text: string, meta: { readonly quoteOpen: string; readonly quoteClose: string }): string {
  return `${meta.quoteOpen}${printable(text)}${meta.quoteClose}`;
}
