import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { differenceInMinutes } from 'date-fns/differenceInMinutes';
import { format } from 'date-fns/format';
import { formatDistance } from 'date-fns/formatDistance';
import { formatDistanceStrict } from 'date-fns/formatDistanceStrict';
import { startOfDay } from 'date-fns/startOfDay';
import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';
import { it } from 'date-fns/locale/it';
import { nl } from 'date-fns/locale/nl';
import { pl } from 'date-fns/locale/pl';
import { ptBR } from 'date-fns/locale/pt-BR';
import type { Language } from './catalogue.js';
import { type Counted, fill, fillCounted } from './messages.js';
import { isValidTimestamp } from './timestamp.js';

/**
 * French and Italian write the first day of a month as an ordinal and every other day as a number:
 * "1er décembre", "1º dicembre", but "2 décembre", "2 dicembre". Their patterns in the locale files
 * use date-fns' `do` for the day, which this gives; date-fns' own ordinals ("2ème", "1") are for
 * other uses.
 */
function firstDayOrdinal(locale: typeof de, first: string): typeof de {
  const { ordinalNumber } = locale.localize;
  return {
    ...locale,
    localize: {
      ...locale.localize,
      ordinalNumber: (number, options) => (options?.unit === 'date' ? (Number(number) === 1 ? first : String(number)) : ordinalNumber(number, options)),
    },
  };
}

/**
 * The date-fns locale of each language (month names; Polish writes the month in the genitive after a
 * day, "2 grudnia", and alone in the nominative, "grudzień", which `MMMM` and `LLLL` give). Portuguese
 * is Brazilian, as LinkedIn's Portuguese interface is (FACTS §8).
 */
const LOCALES: Readonly<Record<Language, typeof de>> = {
  de,
  en: enUS,
  es,
  fr: firstDayOrdinal(fr, '1er'),
  it: firstDayOrdinal(it, '1º'),
  nl,
  pl,
  pt: ptBR,
};

/** Formats a date with a date-fns pattern from the locale file, in the user's language and local time. */
export function formatDate(date: Date | string, pattern: string, language: Language): string {
  const value = typeof date === 'string' ? parseDate(date) : date;
  return format(value, pattern, { locale: LOCALES[language] });
}

/**
 * Reads the `YYYY-MM` / `YYYY-MM-DD` dates of the catalogue as local dates, and full ISO timestamps
 * (`YYYY-MM-DDT…`, as the progress file stores them) as instants. Anything else is an invalid date:
 * JavaScript's own parser would read "2025-11-03" as midnight UTC, the evening before in New York.
 */
export function parseDate(text: string): Date {
  const dateOnly = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (dateOnly) return new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3] ?? '1'));
  return new Date(isValidTimestamp(text) ? text : Number.NaN);
}

export interface TimelineTexts {
  readonly since: string;
  readonly from: string;
  readonly today: string;
  /** How long ago, in words a person would use: "12 days ago", "5 months ago", "over a year ago". */
  readonly relative: { readonly days: Counted; readonly months: Counted; readonly year: string; readonly years: Counted };
}

/** A past span as a person says it, not "387 days": days up to six weeks, then months, then "over a year". */
function spokenAgo(day: Date, today: Date, language: Language, texts: TimelineTexts['relative']): string {
  const days = differenceInCalendarDays(today, day);
  if (days < 45) return fillCounted(texts.days, days, language, { count: days });
  const months = differenceInCalendarMonths(today, day);
  if (months < 12) return fillCounted(texts.months, months, language, { count: months });
  const years = Math.floor(months / 12);
  return years === 1 ? texts.year : fillCounted(texts.years, years, language, { count: years });
}

/**
 * A date put in relation to today, worded for either side of it: "since 3 November 2025 (over a
 * year ago)", "from 3 November 2025 (in 5 days)", "from today, 3 November 2025".
 */
export function timeline(date: string, now: Date, pattern: string, language: Language, texts: TimelineTexts): string {
  const day = startOfDay(parseDate(date));
  const today = startOfDay(now);
  const formatted = format(day, pattern, { locale: LOCALES[language] });
  const difference = differenceInCalendarDays(today, day);
  if (difference > 0) return fill(texts.since, { date: formatted, relative: spokenAgo(day, today, language, texts.relative) });
  if (difference < 0) {
    const relative = formatDistanceStrict(day, today, { unit: 'day', addSuffix: true, locale: LOCALES[language] });
    return fill(texts.from, { date: formatted, relative });
  }
  return fill(texts.today, { date: formatted });
}

/** How long ago, in words: "3 months ago", "vor 3 Monaten"; under a minute "less than a minute ago", not "0 seconds ago". */
export function ago(date: string, now: Date, language: Language): string {
  const value = parseDate(date);
  if (differenceInMinutes(now, value) === 0) return formatDistance(value, now, { addSuffix: true, locale: LOCALES[language] });
  return formatDistanceStrict(value, now, { addSuffix: true, locale: LOCALES[language], roundingMethod: 'floor' });
}

/** When a confirmed setting should be looked at again. */
export function recheckDueAt(confirmedAt: string, months: number): Date {
  return addMonths(parseDate(confirmedAt), months);
}

/** Instructions from sources more than 12 months old may describe menus that changed. */
export function isOutdated(asOf: string, now: Date): boolean {
  return addMonths(parseDate(asOf), 12) < now;
}
