import type en from '../../locales/en.json';
import { LANGUAGE_FACTS, type GuideId, type Language } from './catalogue.js';

/** The English locale is the source of truth for keys; every other locale is checked against it. */
export type Messages = typeof en;
export type GuideText = Messages['guides'][GuideId];

export type Values = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** Replaces `{name}` with `values.name`; a placeholder without a value is left visible so a test can spot it. */
export function fill(template: string, values: Values = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/**
 * A text that depends on a number: the singular and the plural form, e.g. "{count} day ago" /
 * "{count} days ago", and in a language whose rule has it (Polish) the form for "few".
 */
export interface Counted {
  readonly one: string;
  readonly few?: string;
  readonly other: string;
}

/** The form of a counted text that `count` takes in `language`, filled with `values`. */
export function fillCounted(message: Counted, count: number, language: Language, values: Values = {}): string {
  const form = LANGUAGE_FACTS[language].plural.form(count);
  const text = message[form];
  // A locale file read through guardMessages names the missing form itself; this is for any other.
  if (text === undefined) throw new LocaleError(`${language}.json`, '', `a counted text lacks its form "${form}"`);
  return fill(text, values);
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
}

/** A group of keys in a parsed locale file: an object, not a list. */
function isGroup(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class LocaleError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    problem: string,
  ) {
    // Not localised on purpose: this is about the locale file itself, for whoever edits it.
    super(`${file}: ${key ? `key "${key}": ` : ''}${problem}`);
    this.name = 'LocaleError';
  }
}

/**
 * Wraps a loaded locale so that reading a text it lacks fails with the file and the key named,
 * instead of printing "undefined" or crashing somewhere further on.
 */
export function guardMessages<T extends object>(value: T, file: string, path = ''): T {
  const children = new Map<PropertyKey, unknown>();
  return new Proxy(value, {
    get(target, key, receiver) {
      const found: unknown = Reflect.get(target, key, receiver);
      // Symbols, array methods and the probes of JSON.stringify and await are not texts.
      if (typeof key === 'symbol' || key === 'toJSON' || key === 'then' || (Array.isArray(target) && !/^\d+$/.test(key))) return found;
      const here = path ? (Array.isArray(target) ? `${path}[${key}]` : `${path}.${key}`) : key;
      if (found === undefined || found === null) throw new LocaleError(file, here, 'is missing');
      if (typeof found !== 'object') return found;
      if (!children.has(key)) children.set(key, guardMessages(found, file, here));
      return children.get(key);
    },
  });
}

/** For a preview language (FACTS §8), the note that labels on screen may read differently; otherwise nothing. */
export function previewNote(messages: Messages, language: Language): string | undefined {
  return LANGUAGE_FACTS[language].preview ? optionalText(messages.intro, 'preview') : undefined;
}

/** A text that only some entries have (a note for one region, a shortcut for one guide). */
export function optionalText(group: object, key: string): string | undefined {
  return Object.hasOwn(group, key) ? (Reflect.get(group, key) as string) : undefined;
}

/** Swiss Standard German writes "ss" for "ß" (FACTS §6); LinkedIn's labels contain none. */
export function swissSpelling(text: string): string {
  return text.replaceAll('ß', 'ss').replaceAll('ẞ', 'SS');
}

/** Every text of a parsed locale, changed by `transform`; keys stay as they are. */
function mapTexts(value: unknown, transform: (text: string) => string): unknown {
  if (typeof value === 'string') return transform(value);
  if (Array.isArray(value)) return value.map((item) => mapTexts(item, transform));
  if (isGroup(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapTexts(item, transform)]));
  }
  return value;
}

/** Parses a locale file; `transform` changes every text once, here (Swiss spelling). */
export function parseMessages(text: string, file: string, transform?: (text: string) => string): Messages {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new LocaleError(file, '', `is not valid JSON (${(error as Error).message})`);
  }
  if (!isGroup(parsed)) {
    throw new LocaleError(file, '', 'must contain a JSON object');
  }
  for (const key of ['meta', 'cli', 'errors', 'guides'] as const) {
    if (!Object.hasOwn(parsed, key)) throw new LocaleError(file, key, 'is missing');
  }
  return guardMessages((transform ? mapTexts(parsed, transform) : parsed) as Messages, file);
}
