import { isLanguage, REGION_OF_COUNTRY, type Language, type Region } from './catalogue.js';

export type Environment = Readonly<Record<string, string | undefined>>;

/** The first of LC_ALL, LC_MESSAGES, LANG that is set and not empty (as in POSIX), trimmed. */
function localeVariable(env: Environment): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value) return value.trim();
  }
  return undefined;
}

/**
 * The language to preselect: `--lang`, then LC_ALL, LC_MESSAGES, LANG (the first one that is set
 * decides, as in POSIX), then the system locale reported by Intl, then English. `C` and `POSIX`
 * mean English; `de_AT.UTF-8`, `de_CH` and `de-DE` mean German.
 */
export function detectLanguage(env: Environment, flag?: string, systemLocale?: () => string | undefined): Language {
  if (isLanguage(flag)) return flag;
  // The system locale is asked last and only when needed: Intl's answer costs about 12 ms at start-up.
  const locale = localeVariable(env) ?? systemLocale?.();
  return (locale && languageOfLocale(locale)) || 'en';
}

/** The language of a locale name such as `de_DE.UTF-8@euro`, or undefined when it is none of ours. */
export function languageOfLocale(locale: string): Language | undefined {
  const code = /^([a-z]{2,3})(?=$|[_.@-])/.exec(locale.trim().toLowerCase())?.[1];
  return isLanguage(code) ? code : undefined;
}

/** The country of a locale name as written (`fr_CH.UTF-8` → `CH`, `en-gb` → `gb`). */
function countryOfLocale(locale: string | undefined): string | undefined {
  return locale?.match(/^[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?=$|[_.@-])/)?.[1];
}

/**
 * Whether the locale is Swiss German (`de_CH.UTF-8`, `de-CH`), which writes "ss" for "ß": the same
 * variables in the same order as detectLanguage, then the system locale.
 */
export function isSwissLocale(env: Environment, systemLocale?: () => string | undefined): boolean {
  const locale = localeVariable(env) ?? systemLocale?.();
  return locale !== undefined && languageOfLocale(locale) === 'de' && countryOfLocale(locale)?.toUpperCase() === 'CH';
}

/**
 * The region to preselect in the region question: `fr_CH`, `it_CH`, `de_CH` → Switzerland; `en_GB` →
 * the UK. The locale variables first, then, on Windows and macOS, the system locale (Intl): all
 * there is on Windows and in apps started from macOS's Finder. Elsewhere a missing LANG leaves Intl
 * with ICU's fallback (en-US), which says nothing about where a profile is. Intl is asked only
 * when needed and only at this question, so it costs the first question nothing.
 */
export function regionOfLocale(env: Environment, platform?: NodeJS.Platform, systemLocale?: () => string | undefined): Region | undefined {
  const system = platform === 'win32' || platform === 'darwin' ? systemLocale : undefined;
  const country = countryOfLocale(localeVariable(env) ?? system?.());
  return country === undefined ? undefined : REGION_OF_COUNTRY[country.toUpperCase()];
}
