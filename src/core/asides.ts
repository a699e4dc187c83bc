/**
 * Asides without brackets, for the ear: a screen reader does not say brackets, so "(over a year ago)"
 * runs into the sentence around it. In accessible mode:
 * - a whole sentence in brackets loses them: "Off? (Look at the word.)" → "Off? Look at the word.";
 * - an aside that ends a sentence becomes a sentence of its own: "directly (after signing in)." →
 *   "directly. After signing in.";
 * - any other aside is set off by commas, as in speech: "Auf der Website (im Browser)" → "Auf der
 *   Website, im Browser".
 * Brackets without a space before them ("Art. 12(3)") and nested ones are left alone.
 */
export function withoutBrackets(text: string): string {
  return text.replace(/ \(([^()]+)\)([.!?]?)(?=(\s|$|[,;:]))/gu, (_match, aside: string, end: string, _next, offset: number, whole: string) => {
    const before = whole.slice(0, offset);
    if (/[.!?]$/u.test(aside)) return ` ${aside}${end}`;
    if (end !== '') return `${end} ${capitalised(aside)}${end}`;
    const after = whole.slice(offset + aside.length + 3);
    // An aside right after a sentence's end reads as a sentence of its own too.
    if (/[.!?]$/u.test(before)) return ` ${capitalised(aside)}.`;
    return /^[,;:]/u.test(after) || after === '' ? `, ${aside}` : `, ${aside},`;
  });
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
