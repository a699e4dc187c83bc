import { LANGUAGE_FACTS, type Language } from './catalogue.js';
import { placeholdersOf, type Messages, type Values } from './messages.js';

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
  return richText(template, meta, labels, values).show(decoration);
}

type Part = string | { readonly kind: 'label' | 'value'; readonly text: string };

/**
 * A filled text that still knows which parts are UI labels and which are values, so that the
 * checklist model carries no presentation: each renderer decorates it its own way (colour in a
 * terminal, bold in Markdown), and as JSON it is plain text.
 */
export class RichText {
  constructor(private readonly parts: readonly Part[]) {}

  /** The text with its labels and values shown as `decoration` shows them. */
  show(decoration: Decoration): string {
    return this.parts.map((part) => (typeof part === 'string' ? part : decoration[part.kind](part.text))).join('');
  }

  /**
   * The text as it reads after a colon in `language`: where that is lower case, an ordinary
   * capitalised first word ("L'option", "È", "Is") is lowered; a quoted UI label or value, and a
   * name with a second capital ("LinkedIn"), stay as they are. Spanish's opening ¿ and ¡ come before
   * the word ("Comprobación: ¿el interruptor …?").
   */
  afterColon(language: Language): RichText {
    const [first, ...rest] = this.parts;
    if (!LANGUAGE_FACTS[language].lowerCaseAfterColon || typeof first !== 'string') return this;
    const opening = /^[¿¡]?/u.exec(first)?.[0] ?? '';
    const word = first.slice(opening.length);
    if (!/^\p{Lu}[^\s\p{Lu}]*(?=\s|$)/u.test(word)) return this;
    return new RichText([opening + word.charAt(0).toLowerCase() + word.slice(1), ...rest]);
  }

  toString(): string {
    return this.show(plainDecoration);
  }

  toJSON(): string {
    return this.toString();
  }
}

/** Like renderText, but keeps the labels and values apart for a renderer to decorate later. */
export function richText(template: string, meta: Messages['meta'], labels: Readonly<Record<string, string>> = {}, values: Values = {}): RichText {
  const parts: Part[] = [];
  let rest = template;
  for (const name of placeholdersOf(template)) {
    const at = rest.indexOf(`{${name}}`);
    const label = Object.hasOwn(labels, name) ? labels[name] : undefined;
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (label === undefined && value === undefined) continue;
    parts.push(rest.slice(0, at));
    parts.push(label !== undefined ? { kind: 'label', text: `${meta.quoteOpen}${label}${meta.quoteClose}` } : { kind: 'value', text: String(value) });
    rest = rest.slice(at + name.length + 2);
  }
  parts.push(rest);
  return new RichText(parts);
}
