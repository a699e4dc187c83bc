import { format } from 'date-fns/format';
import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import type { Language } from './catalogue.js';

const LOCALES = { de, en: enUS } as const;

/** Formats a date with a date-fns pattern from the locale file, in the user's language and local time. */
export function formatDate(date: Date | string, pattern: string, language: Language): string {
  const value = typeof date === 'string' ? parseDate(date) : date;
  return format(value, pattern, { locale: LOCALES[language] });
}

/** Accepts full ISO timestamps and the `YYYY-MM` / `YYYY-MM-DD` dates of the catalogue (as local dates). */
export function parseDate(text: string): Date {
  const dateOnly = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (dateOnly) return new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3] ?? '1'));
  return new Date(text);
}

export function isValidTimestamp(text: unknown): text is string {
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text));
}
