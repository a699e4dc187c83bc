import { describe, expect, it } from 'vitest';
import { ago, formatDate, isOutdated, parseDate, recheckDueAt, timeline } from '../../src/core/dates.js';
import de from '../../locales/de.json' with { type: 'json' };
import en from '../../locales/en.json' with { type: 'json' };
import fr from '../../locales/fr.json' with { type: 'json' };
import it_ from '../../locales/it.json' with { type: 'json' };
import nl from '../../locales/nl.json' with { type: 'json' };
import es from '../../locales/es.json' with { type: 'json' };
import pl from '../../locales/pl.json' with { type: 'json' };
import pt from '../../locales/pt.json' with { type: 'json' };
import { LANGUAGES } from '../../src/core/catalogue.js';

const MONTHS = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
} as const;
const LOCALES: Record<keyof typeof MONTHS, { readonly meta: { readonly dateFormat: string; readonly monthFormat: string } }> = { de, en, fr, it: it_, nl };
const DAY_FIRST: Readonly<Record<keyof typeof MONTHS, (name: string) => string>> = {
  de: (name) => `9. ${name} 2026`,
  en: (name) => `9 ${name} 2026`,
  fr: (name) => `9 ${name} 2026`,
  it: (name) => `9 ${name} 2026`,
  nl: (name) => `9 ${name} 2026`,
};

describe('dates in every month of the year, in every language (the clock pinned)', () => {
  for (const language of ['de', 'en', 'fr', 'it', 'nl'] as const) {
    it.each(MONTHS[language].map((name, month) => [month, name] as const))(`${language}: month %i is %s`, (month, name) => {
      const date = new Date(Date.UTC(2026, month, 9, 12));
      const expected = DAY_FIRST[language](name);
      expect(formatDate(date, LOCALES[language].meta.dateFormat, language)).toBe(expected);
      expect(formatDate(date.toISOString(), LOCALES[language].meta.monthFormat, language)).toBe(`${name} 2026`);
    });
  }

  // Spanish and Portuguese write "9 de marzo de 2026"; Polish puts the month in the genitive after a
  // day ("9 marca 2026") and in the nominative alone ("marzec 2026").
  const SPANISH = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
  const PORTUGUESE = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
  const POLISH_AFTER_DAY = [
    'stycznia',
    'lutego',
    'marca',
    'kwietnia',
    'maja',
    'czerwca',
    'lipca',
    'sierpnia',
    'września',
    'października',
    'listopada',
    'grudnia',
  ];
  const POLISH_ALONE = ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'];
  it.each(SPANISH.map((name, month) => [month, name, PORTUGUESE[month], POLISH_AFTER_DAY[month], POLISH_ALONE[month]] as const))(
    'es, pt, pl: month %i is %s, %s, %s (%s)',
    (month, spanish, portuguese, polish, polishAlone) => {
      const date = new Date(Date.UTC(2026, month, 9, 12));
      expect(formatDate(date, es.meta.dateFormat, 'es')).toBe(`9 de ${spanish} de 2026`);
      expect(formatDate(date, es.meta.monthFormat, 'es')).toBe(`${spanish} de 2026`);
      expect(formatDate(date, pt.meta.dateFormat, 'pt')).toBe(`9 de ${portuguese} de 2026`);
      expect(formatDate(date, pt.meta.monthFormat, 'pt')).toBe(`${portuguese} de 2026`);
      expect(formatDate(date, pl.meta.dateFormat, 'pl')).toBe(`9 ${polish} 2026`);
      expect(formatDate(date, pl.meta.monthFormat, 'pl')).toBe(`${polishAlone} 2026`);
    },
  );

  // The month names that Node's ICU gives for each language, as a check that src/core/dates.ts has
  // the language's own date-fns locale (a language added without one would show English months).
  it.each(LANGUAGES)('%s: src/core/dates.ts formats with the date-fns locale of the language', (language) => {
    const alone = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
    for (let month = 0; month < 12; month += 1) {
      const date = new Date(Date.UTC(2026, month, 9, 12));
      expect(formatDate(date, 'LLLL', language).toLowerCase(), `the date-fns locale of ${language} in src/core/dates.ts`).toBe(
        alone.format(date).toLowerCase(),
      );
    }
  });

  it('French and Italian write the first of the month as an ordinal, every other day as a number', () => {
    const day = (n: number) => new Date(Date.UTC(2026, 11, n, 12));
    expect([1, 2, 3, 21, 31].map((n) => formatDate(day(n), fr.meta.dateFormat, 'fr'))).toEqual([
      '1er décembre 2026',
      '2 décembre 2026',
      '3 décembre 2026',
      '21 décembre 2026',
      '31 décembre 2026',
    ]);
    expect([1, 2, 11].map((n) => formatDate(day(n), it_.meta.dateFormat, 'it'))).toEqual(['1º dicembre 2026', '2 dicembre 2026', '11 dicembre 2026']);
    // Only the day of the month is changed; date-fns' other French ordinals stay its own.
    expect(formatDate(new Date(2026, 1, 1), 'Mo do', 'fr')).toBe('2ème 1er');
    expect(formatDate(day(1), de.meta.dateFormat, 'de')).toBe('1. Dezember 2026');
    expect(formatDate(day(1), en.meta.dateFormat, 'en')).toBe('1 December 2026');
    expect(formatDate(day(1), nl.meta.dateFormat, 'nl')).toBe('1 december 2026');
  });
});

describe('parseDate', () => {
  it('reads the catalogue’s month and day dates as local dates, and full timestamps as they are', () => {
    expect(parseDate('2025-11')).toEqual(new Date(2025, 10, 1));
    expect(parseDate('2025-11-03')).toEqual(new Date(2025, 10, 3));
    expect(parseDate('2026-03-01T10:00:00.000Z')).toEqual(new Date(Date.UTC(2026, 2, 1, 10)));
  });

  // JavaScript's own parser reads most of these, some as UTC, some as local dates, some a year
  // 12025; none is a date the catalogue or the progress file writes.
  it.each([
    'x2025-11',
    '2025-11x',
    '25-11',
    '12025-11',
    '2025-1',
    '2025-11-3',
    '2025-11-003',
    '2025-ab',
    'abcd-11',
    '2025-11-ab',
    '2025/11/03',
    'March 2026',
    '',
  ])('%j is no date', (text) => {
    expect(parseDate(text).getTime()).toBeNaN();
  });

  it('formatDate takes a Date as it is and a text through parseDate', () => {
    const instant = new Date(Date.UTC(2026, 2, 1, 23, 30));
    expect(formatDate(instant, 'd MMMM yyyy HH:mm', 'en')).toBe('1 March 2026 23:30');
    expect(formatDate(instant.toISOString(), 'd MMMM yyyy HH:mm', 'en')).toBe('1 March 2026 23:30');
    expect(() => formatDate('1 March 2026', 'd MMMM yyyy', 'en')).toThrow(RangeError);
  });
});

describe('timeline', () => {
  const texts = {
    since: 'since {date} ({relative})',
    from: 'from {date} ({relative})',
    today: 'from today, {date}',
    relative: {
      days: { one: '{count} day ago', other: '{count} days ago' },
      months: { one: '{count} month ago', other: '{count} months ago' },
      year: 'over a year ago',
      years: { one: 'over {count} year ago', other: 'over {count} years ago' },
    },
  };
  // Days up to 44, then months; ahead always in days.
  it.each([
    ['2026-03-10T12:00:00.000Z', 'since 3 March 2026 (7 days ago)'],
    ['2026-03-03T12:00:00.000Z', 'from today, 3 March 2026'],
    ['2026-02-26T12:00:00.000Z', 'from 3 March 2026 (in 5 days)'],
    ['2026-04-16T12:00:00.000Z', 'since 3 March 2026 (44 days ago)'],
    ['2026-04-17T12:00:00.000Z', 'since 3 March 2026 (1 month ago)'],
    ['2026-01-01T12:00:00.000Z', 'from 3 March 2026 (in 61 days)'],
  ])('now %s: %s', (now, expected) => {
    expect(timeline('2026-03-03', new Date(now), en.meta.dateFormat, 'en', texts)).toBe(expected);
  });

  it('in German', () => {
    const german = {
      ...texts,
      relative: {
        days: { one: 'vor {count} Tag', other: 'vor {count} Tagen' },
        months: { one: 'vor {count} Monat', other: 'vor {count} Monaten' },
        year: 'vor über einem Jahr',
        years: { one: 'vor über {count} Jahr', other: 'vor über {count} Jahren' },
      },
    };
    expect(timeline('2026-03-03', new Date('2026-03-10T12:00:00.000Z'), de.meta.dateFormat, 'de', german)).toBe('since 3. März 2026 (vor 7 Tagen)');
  });

  it('in French, with the texts of the French locale', () => {
    expect(timeline('2026-03-03', new Date('2026-03-10T12:00:00.000Z'), fr.meta.dateFormat, 'fr', fr.intro)).toBe('depuis le 3 mars 2026 (il y a 7 jours)');
    expect(timeline('2026-03-03', new Date('2026-02-26T12:00:00.000Z'), fr.meta.dateFormat, 'fr', fr.intro)).toBe('à partir du 3 mars 2026 (dans 5 jours)');
  });
});

describe('ago, re-checks and outdated instructions', () => {
  it('ago rounds down', () => {
    expect(ago('2026-01-01T00:00:00.000Z', new Date('2026-03-31T00:00:00.000Z'), 'en')).toBe('2 months ago');
    expect(ago('2026-01-01T00:00:00.000Z', new Date('2026-03-31T00:00:00.000Z'), 'de')).toBe('vor 2 Monaten');
    expect(ago('2026-01-01T00:00:00.000Z', new Date('2026-03-31T00:00:00.000Z'), 'fr')).toBe('il y a 2 mois');
    expect(ago('2026-01-01T00:00:00.000Z', new Date('2026-03-31T00:00:00.000Z'), 'it')).toBe('2 mesi fa');
    expect(ago('2026-01-01T00:00:00.000Z', new Date('2026-03-31T00:00:00.000Z'), 'nl')).toBe('2 maanden geleden');
  });

  it('ago says "less than a minute", never "0 seconds", right after an answer', () => {
    const now = new Date('2026-03-31T10:00:10.000Z');
    expect(ago('2026-03-31T10:00:00.000Z', now, 'en')).toBe('less than a minute ago');
    expect(ago('2026-03-31T10:00:00.000Z', now, 'de')).toBe('vor weniger als 1 Minute');
    expect(ago('2026-03-31T09:58:10.000Z', now, 'en')).toBe('2 minutes ago');
  });

  it('ago: under a full minute either way, rounded to the nearest minute (never "59 seconds")', () => {
    const now = new Date('2026-03-31T10:01:00.000Z');
    expect(ago('2026-03-31T10:00:40.000Z', now, 'en')).toBe('less than a minute ago');
    expect(ago('2026-03-31T10:00:00.001Z', now, 'en')).toBe('1 minute ago');
    expect(ago('2026-03-31T10:01:20.000Z', now, 'en')).toBe('in less than a minute');
    expect(ago('2026-03-31T10:01:59.999Z', now, 'en')).toBe('in 1 minute');
    expect(ago('2026-03-31T10:02:00.000Z', now, 'en')).toBe('in 1 minute');
  });

  it('a re-check is due the given number of months after the confirmation', () => {
    expect(recheckDueAt('2026-01-31T10:00:00.000Z', 6)).toEqual(new Date('2026-07-31T10:00:00.000Z'));
    expect(recheckDueAt('2026-08-31T10:00:00.000Z', 6)).toEqual(new Date('2027-02-28T10:00:00.000Z'));
  });

  it('instructions are outdated only after more than 12 months', () => {
    expect(isOutdated('2025-11', new Date(2026, 10, 1))).toBe(false);
    expect(isOutdated('2025-11', new Date(2026, 10, 1, 0, 0, 1))).toBe(true);
  });
});
