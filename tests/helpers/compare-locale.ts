import type { PluralForm } from '../../src/core/catalogue.js';
import { type Counted, LocaleError, placeholdersOf } from '../../src/core/messages.js';

// What a contributor could get wrong in a locale file, for tests/unit/locales.test.ts: kept here
// because the tool itself never compares locales (it reads one, src/locales.ts).

/** A group of keys in a parsed locale file: an object, not a list. */
function isGroup(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` if it is a group of keys, else an empty group: for reading a locale file that may be broken. */
function groupOr(value: unknown): Record<string, unknown> {
  return isGroup(value) ? value : {};
}

function isText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** A counted text in the English locale: the two texts "one" and "other" and nothing else. */
function isCounted(group: Record<string, unknown>): group is Record<string, unknown> & Counted {
  return Object.keys(group).length === 2 && typeof group['one'] === 'string' && typeof group['other'] === 'string';
}

/**
 * Texts that only some languages have: the preview note of a language whose LinkedIn labels are
 * not all sourced (LANGUAGE_FACTS[…].preview; tests/unit/locales.test.ts ties the two together).
 */
export const LANGUAGE_OWN_KEYS: ReadonlySet<string> = new Set(['intro.preview']);

/**
 * Compares a locale with the reference (English) one and lists every problem: missing or extra keys,
 * empty strings, lists of another length, and placeholders that differ. The table `labels` holds the
 * UI labels of one language's LinkedIn interface and may differ between languages, and so may the
 * label placeholders in the texts (English names the "Me" button, German has no label). A counted
 * text has the forms of the candidate's language (`forms`: Polish adds "few").
 */
export function compareLocale(reference: unknown, candidate: unknown, file: string, forms: readonly PluralForm[] = ['one', 'other']): LocaleError[] {
  // LinkedIn's labels (the table `labels`) differ between languages, and so do the texts' placeholders for them.
  const labelNames = new Set([...Object.keys(groupOr(groupOr(reference)['labels'])), ...Object.keys(groupOr(groupOr(candidate)['labels']))]);
  return compareValue(reference, candidate, file, '', { labelNames, forms });
}

/** What the comparison needs besides the two values: the label names, the forms of a counted text (the candidate's language). */
interface Comparison {
  readonly labelNames: ReadonlySet<string>;
  readonly forms: readonly PluralForm[];
}

function compareValue(reference: unknown, candidate: unknown, file: string, path: string, comparison: Comparison): LocaleError[] {
  const { labelNames } = comparison;
  const problems: LocaleError[] = [];
  const here = path || '(top level)';
  if (typeof reference === 'string') {
    if (typeof candidate !== 'string') return [new LocaleError(file, here, 'must be a text')];
    if (candidate.trim() === '') return [new LocaleError(file, here, 'is empty')];
    const wanted = new Set(placeholdersOf(reference).filter((name) => !labelNames.has(name)));
    const found = new Set(placeholdersOf(candidate).filter((name) => !labelNames.has(name)));
    for (const name of wanted) if (!found.has(name)) problems.push(new LocaleError(file, here, `lacks the placeholder {${name}}`));
    for (const name of found) if (!wanted.has(name)) problems.push(new LocaleError(file, here, `has the unknown placeholder {${name}}`));
    return problems;
  }
  if (Array.isArray(reference)) {
    if (!Array.isArray(candidate)) return [new LocaleError(file, here, 'must be a list')];
    if (candidate.length !== reference.length) {
      problems.push(new LocaleError(file, here, `must have ${reference.length} entries, has ${candidate.length}`));
    }
    reference.forEach((item, index) => {
      if (index < candidate.length) problems.push(...compareValue(item, candidate[index], file, `${path}[${index}]`, comparison));
    });
    return problems;
  }
  if (!isGroup(reference)) return problems;
  if (!isGroup(candidate)) return [new LocaleError(file, here, 'must be a group of keys')];
  if (isCounted(reference)) return compareCounted(reference, candidate, file, path, comparison);
  // A language's own extra texts (a way in that only its LinkedIn has) may differ, like its labels.
  const isLabels = path === 'labels' || path.endsWith('.localFallback');
  if (!isLabels) {
    for (const key of Object.keys(reference)) {
      if (!Object.hasOwn(candidate, key)) problems.push(new LocaleError(file, join(path, key), 'is missing'));
    }
  }
  for (const [key, value] of Object.entries(candidate)) {
    const where = join(path, key);
    if (isLabels) {
      if (!isText(value)) problems.push(new LocaleError(file, where, 'must be a non-empty text'));
    } else if (Object.hasOwn(reference, key)) {
      problems.push(...compareValue(reference[key], value, file, where, comparison));
    } else if (!LANGUAGE_OWN_KEYS.has(where)) {
      problems.push(new LocaleError(file, where, 'is not in the English locale'));
    } else if (!isText(value)) {
      problems.push(new LocaleError(file, where, 'must be a non-empty text'));
    }
  }
  return problems;
}

/**
 * A counted text has exactly the forms of its language's plural rule ("few" in Polish), each compared
 * with English's singular or plural, and every form shows the same values: French uses the singular
 * for 0 as well, Polish its "few" form for 22.
 */
function compareCounted(reference: Counted, candidate: Record<string, unknown>, file: string, path: string, comparison: Comparison): LocaleError[] {
  const { forms } = comparison;
  const problems: LocaleError[] = [];
  for (const form of forms) {
    if (!Object.hasOwn(candidate, form)) problems.push(new LocaleError(file, join(path, form), 'is missing'));
    else problems.push(...compareValue(form === 'one' ? reference.one : reference.other, candidate[form], file, join(path, form), comparison));
  }
  const named = forms.map((form) => `"${form}"`);
  const list = `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  for (const key of Object.keys(candidate)) {
    if (!(forms as readonly string[]).includes(key))
      problems.push(new LocaleError(file, join(path, key), `is not a form of this language's counted texts (${list})`));
  }
  const texts = forms.map((form) => candidate[form]).filter((text): text is string => typeof text === 'string');
  if (new Set(texts.map((text) => placeholdersOf(text).sort().join(' '))).size > 1) {
    problems.push(new LocaleError(file, path || '(top level)', `must have the same placeholders in its forms ${list}`));
  }
  return problems;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
