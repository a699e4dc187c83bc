import { fill, type Messages, type Values } from './messages.js';

/** How marked-up parts of a text are shown: in colour in a terminal, in bold in Markdown, plain in JSON. */
export interface Decoration {
  /** A LinkedIn UI label, already in the language's quotation marks. */
  label(text: string): string;
  /** A link or another value put into the text. */
  value(text: string): string;
}

export const plainDecoration: Decoration = { label: (text) => text, value: (text) => text };

/**
 * Fills a text from the locale: `{name}` is a UI label when `labels` has it (shown quoted and
 * highlighted), otherwise a value supplied by the code (a link, a date, a number).
 */
export function renderText(
  template: string,
  meta: Messages['meta'],
  decoration: Decoration,
  labels: Readonly<Record<string, string>> = {},
  values: Values = {},
): string {
  const filled: Record<string, string> = {};
  for (const [name, label] of Object.entries(labels)) {
    filled[name] = decoration.label(`${meta.quoteOpen}${label}${meta.quoteClose}`);
  }
  for (const [name, value] of Object.entries(values)) filled[name] = decoration.value(String(value));
  return fill(template, filled);
}
