import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../src/core/catalogue.js';
import { LOCALES_DIR } from './app.js';

interface LocaleLabels {
  readonly meta: { readonly quoteOpen: string; readonly quoteClose: string };
  readonly labels: Readonly<Record<string, string>>;
}

const cache = new Map<Language, LocaleLabels>();

function locale(language: Language): LocaleLabels {
  let found = cache.get(language);
  if (found === undefined) {
    found = JSON.parse(readFileSync(join(LOCALES_DIR, `${language}.json`), 'utf8')) as LocaleLabels;
    cache.set(language, found);
  }
  return found;
}

/**
 * A LinkedIn label as the locale's `labels` table has it. Tests name labels by key and never quote
 * them, so that renaming one is a line in each locale file and FACTS.md (CONTRIBUTING.md, "How to
 * change it").
 */
export function label(language: Language, key: string): string {
  const value = locale(language).labels[key];
  if (value === undefined) throw new Error(`locales/${language}.json has no label ${key}`);
  return value;
}

/** The label in the language's quotation marks, as the texts show it. */
export function quoted(language: Language, key: string): string {
  const { quoteOpen, quoteClose } = locale(language).meta;
  return `${quoteOpen}${label(language, key)}${quoteClose}`;
}
