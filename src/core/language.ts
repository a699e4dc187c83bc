import { isLanguage, REGION_OF_COUNTRY, type Language, type Region } from './catalogue.js';

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The language to preselect: `--lang`, then LC_ALL, LC_MESSAGES, LANG (the first one that is set
 * decides, as in POSIX), then the system locale reported by Intl, then English. `C` and `POSIX`
 * mean English; `de_AT.UTF-8`, `de_CH` and `de-DE` mean German.
 */
export function detectLanguage(env: Environment, flag?: string, systemLocale?: () => string | undefined): Language {
  if (isLanguage(flag)) return flag;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value !== undefined && value !== '') return languageOfLocale(value) ?? 'en';
  }
  // Asked last and only when needed: Intl's answer costs about 12 ms at start-up.
  const system = systemLocale?.();
  return (system && languageOfLocale(system)) || 'en';
}

/** The language of a locale name such as `de_DE.UTF-8@euro`, or undefined when it is none of ours. */
export function languageOfLocale(locale: string): Language | undefined {
  const code = /^([A-Za-z]{2,3})(?=$|[_.@-])/.exec(locale.trim())?.[1]?.toLowerCase();
  if (code === undefined) return undefined;
  return isLanguage(code) ? code : undefined;
}

const SWISS_LOCALE = /^de[_-]CH(?=$|[_.@-])/i;

/**
 * Whether the locale is Swiss German (`de_CH.UTF-8`, `de-CH`), which writes "ss" for "ß": the same
 * variables in the same order as detectLanguage, then the system locale.
 */
export function isSwissLocale(env: Environment, systemLocale?: () => string | undefined): boolean {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value !== undefined && value !== '') return SWISS_LOCALE.test(value.trim());
  }
  const system = systemLocale?.();
  return system !== undefined && SWISS_LOCALE.test(system);
}

/** The country of the locale (`fr_CH.UTF-8` → `CH`), from the same variables in the same order as detectLanguage. */
function countryOfLocale(env: Environment): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value !== undefined && value !== '') return /^[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?=$|[_.@-])/.exec(value.trim())?.[1]?.toUpperCase();
  }
  return undefined;
}

/**
 * The region to preselect in the region question: `fr_CH`, `it_CH`, `de_CH` → Switzerland; `en_GB` →
 * the UK. Only the locale variables count: the system locale (Intl) costs start-up time, and a
 * machine's default says little about where a profile is.
 */
export function regionOfLocale(env: Environment): Region | undefined {
  const country = countryOfLocale(env);
  return country === undefined ? undefined : REGION_OF_COUNTRY[country];
}
