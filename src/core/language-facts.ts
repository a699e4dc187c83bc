// The languages of the tool, and what is true of each whatever the text (names, plural forms, case
// after a colon, preview); re-exported by catalogue.ts, where the rest of the catalogue is.
export const LANGUAGES = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The forms a counted text can have ("{count} day ago" / "{count} days ago"; Polish adds "few"). */
export type PluralForm = 'one' | 'few' | 'other';

/**
 * CLDR's cardinal rule of a language for whole numbers, written here rather than asked of
 * Intl.PluralRules, whose loading costs start-up time: the forms its counted texts have, and which
 * of them a number takes. `other` is the form CLDR calls "other" (or, in Polish, "many").
 */
export interface PluralRule {
  readonly forms: readonly PluralForm[];
  readonly form: (count: number) => PluralForm;
}

/** English, German, Spanish, Italian, Dutch: 1 takes the singular, every other number the plural. */
const ONE: PluralRule = { forms: ['one', 'other'], form: (count) => (count === 1 ? 'one' : 'other') };
/** French and (Brazilian) Portuguese: 0 and 1 take the singular ("il y a 0 jour", "há 0 dia"). */
const ZERO_AND_ONE: PluralRule = { forms: ['one', 'other'], form: (count) => (count === 0 || count === 1 ? 'one' : 'other') };
/** Polish: 1 "dzień"; 2–4, 22–24, 32–34 … (not 12–14) "dni"/"miesiące"; every other number "miesięcy". */
const ONE_FEW_MANY: PluralRule = {
  forms: ['one', 'few', 'other'],
  form: (count) => {
    if (count === 1) return 'one';
    const lastDigit = count % 10;
    const lastTwo = count % 100;
    return lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14) ? 'few' : 'other';
  },
};

export interface LanguageFacts {
  /** The language in its own name, as the language question and the checklist show it. */
  readonly name: string;
  /** Its word for "Language": the question offers every language before any locale file is read. */
  readonly question: string;
  /** The name inside a sentence ("Langue : français"), where the language writes it in lower case. */
  readonly nameInText?: string;
  /**
   * FACTS §8: only some of LinkedIn's labels in this language are sourced well enough to quote, so
   * the person is told once that their screen may read differently, and the direct link comes first.
   */
  readonly preview: boolean;
  /** How its counted texts take their form (see PluralRule). */
  readonly plural: PluralRule;
  /**
   * A sentence that continues a line after a colon ("Vérification : l'option … ?") starts in lower
   * case in French, Italian, Dutch, Spanish, Portuguese and Polish unless it is a name or a
   * quotation; German capitalises a full sentence there, and English may.
   */
  readonly lowerCaseAfterColon: boolean;
}

/**
 * Language-independent facts about each language: written once here, so no locale file names another.
 * A new language also needs its date-fns locale in src/core/dates.ts and, for its LinkedIn labels,
 * a column in docs/FACTS.md §8 (see "Add a language, step by step" in CONTRIBUTING.md).
 */
export const LANGUAGE_FACTS: Readonly<Record<Language, LanguageFacts>> = {
  de: { name: 'Deutsch', question: 'Sprache', preview: false, plural: ONE, lowerCaseAfterColon: false },
  en: { name: 'English', question: 'Language', preview: false, plural: ONE, lowerCaseAfterColon: false },
  es: { name: 'Español', nameInText: 'español', question: 'Idioma', preview: false, plural: ONE, lowerCaseAfterColon: true },
  fr: { name: 'Français', nameInText: 'français', question: 'Langue', preview: false, plural: ZERO_AND_ONE, lowerCaseAfterColon: true },
  it: { name: 'Italiano', nameInText: 'italiano', question: 'Lingua', preview: true, plural: ONE, lowerCaseAfterColon: true },
  nl: { name: 'Nederlands', question: 'Taal', preview: true, plural: ONE, lowerCaseAfterColon: true },
  pl: { name: 'Polski', nameInText: 'polski', question: 'Język', preview: true, plural: ONE_FEW_MANY, lowerCaseAfterColon: true },
  pt: { name: 'Português', nameInText: 'português', question: 'Idioma', preview: false, plural: ZERO_AND_ONE, lowerCaseAfterColon: true },
};
