import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from './core/catalogue.js';
import { LocaleError, parseMessages, swissSpelling, type Messages } from './core/messages.js';

const cache = new Map<string, Messages>();

/**
 * Reads locales/<language>.json once per process; a broken file names itself. `swiss` gives the
 * German texts in Swiss spelling (no "ß"), made here rather than kept as a second copy.
 */
export function loadMessages(directory: string, language: Language, swiss = false): Messages {
  const file = join(directory, `${language}.json`);
  const key = swiss ? `${file}#ch` : file;
  const cached = cache.get(key);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new LocaleError(file, '', `cannot be read (${(error as Error).message})`);
  }
  const messages = parseMessages(text, file, swiss ? swissSpelling : undefined);
  cache.set(key, messages);
  return messages;
}
