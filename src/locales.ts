import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from './core/catalogue.js';
import { LocaleError, parseMessages, type Messages } from './core/messages.js';

const cache = new Map<string, Messages>();

/** Reads locales/<language>.json once per process; a broken file names itself. */
export function loadMessages(directory: string, language: Language): Messages {
  const file = join(directory, `${language}.json`);
  const cached = cache.get(file);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new LocaleError(file, '', `cannot be read (${(error as Error).message})`);
  }
  const messages = parseMessages(text, file);
  cache.set(file, messages);
  return messages;
}
