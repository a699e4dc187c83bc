import { describe, expect, it } from 'vitest';
import { detectLanguage, isSwissLocale, languageOfLocale, regionOfLocale } from '../../src/core/language.js';

describe('detectLanguage', () => {
  it.each([
    [{}, undefined, undefined, 'en'],
    [{ LANG: 'de_DE.UTF-8' }, undefined, undefined, 'de'],
    [{ LANG: 'de_AT.UTF-8' }, undefined, undefined, 'de'],
    [{ LANG: 'de_CH' }, undefined, undefined, 'de'],
    [{ LANG: 'de_DE@euro' }, undefined, undefined, 'de'],
    [{ LANG: 'C' }, undefined, undefined, 'en'],
    [{ LANG: 'POSIX' }, undefined, undefined, 'en'],
    [{ LANG: 'C.UTF-8' }, undefined, 'de-DE', 'en'],
    [{ LANG: 'fr_FR.UTF-8' }, undefined, undefined, 'fr'],
    [{ LANG: 'fr_CH.UTF-8' }, undefined, undefined, 'fr'],
    [{ LANG: 'fr_BE.UTF-8' }, undefined, undefined, 'fr'],
    [{ LC_MESSAGES: 'fr_CA', LANG: 'de_CH.UTF-8' }, undefined, undefined, 'fr'],
    [{}, undefined, 'fr-CH', 'fr'],
    [{ LANG: 'es_ES.UTF-8' }, undefined, undefined, 'es'],
    [{ LANG: 'es_MX.UTF-8' }, undefined, undefined, 'es'],
    [{ LANG: 'es_AR' }, undefined, undefined, 'es'],
    [{ LANG: 'pt_BR.UTF-8' }, undefined, undefined, 'pt'],
    [{ LANG: 'pt_PT.UTF-8' }, undefined, undefined, 'pt'],
    [{ LANG: 'pl_PL.UTF-8' }, undefined, undefined, 'pl'],
    [{}, undefined, 'pt-BR', 'pt'],
    [{}, undefined, 'es-419', 'es'],
    [{}, 'pl', undefined, 'pl'],
    [{ LANG: 'ca_ES.UTF-8' }, undefined, undefined, 'en'],
    [{ LANG: 'gl_ES.UTF-8' }, undefined, 'es-ES', 'en'],
    [{ LANG: 'it_CH.UTF-8' }, undefined, undefined, 'it'],
    [{ LANG: 'it_IT.UTF-8' }, undefined, undefined, 'it'],
    [{ LANG: 'nl_NL.UTF-8' }, undefined, undefined, 'nl'],
    [{ LANG: 'nl_BE.UTF-8' }, undefined, undefined, 'nl'],
    [{ LC_ALL: 'nl_BE.UTF-8', LANG: 'fr_BE.UTF-8' }, undefined, undefined, 'nl'],
    [{}, undefined, 'it-CH', 'it'],
    [{}, undefined, 'nl-NL', 'nl'],
    [{}, 'it', undefined, 'it'],
    [{}, 'nl', undefined, 'nl'],
    [{ LANG: 'xx_YY' }, undefined, undefined, 'en'],
    [{ LANG: '' }, undefined, 'de-DE', 'de'],
    [{ LC_ALL: 'en_US.UTF-8', LANG: 'de_DE.UTF-8' }, undefined, undefined, 'en'],
    [{ LC_MESSAGES: 'de_DE.UTF-8', LANG: 'en_US.UTF-8' }, undefined, undefined, 'de'],
    [{ LC_ALL: '', LC_MESSAGES: 'de_DE', LANG: 'en_US' }, undefined, undefined, 'de'],
    [{ LANG: 'de_DE.UTF-8' }, 'en', undefined, 'en'],
    [{ LANG: 'en_US.UTF-8' }, 'de', undefined, 'de'],
    [{}, 'fr', undefined, 'fr'],
    [{ LANG: 'fr_FR.UTF-8' }, 'de', undefined, 'de'],
    [{}, 'sv', undefined, 'en'],
    [{}, undefined, 'de-AT', 'de'],
    [{ LANG: ' de_DE.UTF-8 ' }, undefined, undefined, 'de'],
    [{ LC_ALL: '', LANG: 'fr_FR.UTF-8' }, undefined, undefined, 'fr'],
    [{ LC_ALL: '', LC_MESSAGES: '', LANG: 'it_IT.UTF-8' }, undefined, 'de-DE', 'it'],
    [{ LC_ALL: '', LC_MESSAGES: '', LANG: '' }, undefined, 'nl-NL', 'nl'],
    // set, if only to blanks: it decides, and it is none of ours
    [{ LANG: '  ' }, undefined, 'de-DE', 'en'],
    [{ LANG: 'deu_DE.UTF-8' }, undefined, undefined, 'en'],
    [{ LANG: 'de_DE.UTF-8' }, 'xx', undefined, 'de'],
  ] as const)('%j with --lang %s and system %s → %s', (env, flag, system, expected) => {
    expect(detectLanguage(env, flag, system === undefined ? undefined : () => system)).toBe(expected);
  });
});

describe('the system locale', () => {
  it('is not asked for when the environment decides', () => {
    let asked = false;
    detectLanguage({ LANG: 'de_DE.UTF-8' }, undefined, () => {
      asked = true;
      return 'en-US';
    });
    expect(asked).toBe(false);
  });

  it.each([undefined, ''])('that is %j means English', (system) => {
    expect(detectLanguage({}, undefined, () => system)).toBe('en');
  });
});

describe('languageOfLocale', () => {
  it.each([
    ['de', 'de'],
    ['DE_de', 'de'],
    ['en-GB', 'en'],
    ['\u00ff\u00fe', undefined],
    ['deutsch', undefined],
    ['NL', 'nl'],
    ['  fr_CH.UTF-8 ', 'fr'],
    ['it.UTF-8', 'it'],
    ['de@euro', 'de'],
    ['de1', undefined],
    ['d', undefined],
    ['', undefined],
    ['x-de', undefined],
    ['fra_FR', undefined],
  ] as const)('%s → %s', (locale, expected) => {
    expect(languageOfLocale(locale)).toBe(expected);
  });
});

describe('isSwissLocale (Swiss German writes "ss" for "ß")', () => {
  it.each([
    [{ LANG: 'de_CH.UTF-8' }, undefined, true],
    [{ LANG: 'de-CH' }, undefined, true],
    [{ LC_ALL: 'de_CH@euro' }, undefined, true],
    [{ LANG: 'de_DE.UTF-8' }, 'de-CH', false],
    [{ LANG: 'fr_CH.UTF-8' }, undefined, false],
    [{ LANG: 'de_CHX' }, undefined, false],
    [{ LC_ALL: 'de_DE.UTF-8', LANG: 'de_CH.UTF-8' }, undefined, false],
    [{}, 'de-CH', true],
    [{}, 'de-DE', false],
    [{ LANG: 'de_ch' }, undefined, true],
    [{ LANG: ' de_CH.UTF-8 ' }, undefined, true],
    [{ LC_ALL: '', LANG: 'de_CH.UTF-8' }, undefined, true],
    [{ LC_ALL: '', LC_MESSAGES: '', LANG: 'de_CH' }, 'de-DE', true],
    [{ LC_ALL: '', LC_MESSAGES: '', LANG: '' }, 'de-CH', true],
    [{ LANG: 'xde_CH' }, undefined, false],
    [{ LANG: 'deu_CH' }, undefined, false],
    [{ LANG: 'de.CH' }, undefined, false],
    [{ LANG: 'C' }, 'de-CH', false],
    [{}, 'de-CH-u-nu-latn', true],
  ] as const)('%j, system %s → %s', (env, system, expected) => {
    expect(isSwissLocale(env, system === undefined ? undefined : () => system)).toBe(expected);
  });

  it('without a locale at all it is not', () => {
    expect(isSwissLocale({})).toBe(false);
    expect(isSwissLocale({}, () => undefined)).toBe(false);
  });
});

describe('the region a locale suggests', () => {
  it.each([
    [{ LANG: 'fr_CH.UTF-8' }, 'ch'],
    [{ LANG: 'it_CH.UTF-8' }, 'ch'],
    [{ LC_ALL: 'de_CH', LANG: 'de_DE.UTF-8' }, 'ch'],
    [{ LANG: 'de_AT.UTF-8' }, 'eu'],
    [{ LANG: 'nl_BE.UTF-8' }, 'eu'],
    [{ LANG: 'nb_NO.UTF-8' }, 'eu'],
    [{ LANG: 'en_GB.UTF-8' }, 'uk'],
    [{ LANG: 'en_US.UTF-8' }, 'us'],
    [{ LANG: 'en_AU.UTF-8' }, undefined],
    // Spanish, Portuguese, Polish: Spain, Portugal, Poland are in the EU; the Spanish- and
    // Portuguese-speaking countries elsewhere are "elsewhere"; the US is the US; nothing else is guessed.
    [{ LANG: 'es_ES.UTF-8' }, 'eu'],
    [{ LANG: 'pt_PT.UTF-8' }, 'eu'],
    [{ LANG: 'pl_PL.UTF-8' }, 'eu'],
    [{ LANG: 'es_MX.UTF-8' }, 'other'],
    [{ LANG: 'es_AR.UTF-8' }, 'other'],
    [{ LANG: 'es_CL' }, 'other'],
    [{ LANG: 'es_CO.UTF-8' }, 'other'],
    [{ LANG: 'pt_BR.UTF-8' }, 'other'],
    [{ LANG: 'pt_AO.UTF-8' }, 'other'],
    [{ LANG: 'es_US.UTF-8' }, 'us'],
    [{ LANG: 'es_PR.UTF-8' }, undefined],
    [{ LANG: 'es' }, undefined],
    [{ LANG: 'pt' }, undefined],
    [{ LANG: 'C' }, undefined],
    [{ LANG: 'de' }, undefined],
  ])('%j → %s', (env, region) => {
    expect(regionOfLocale(env)).toBe(region);
  });

  it.each([
    [{ LANG: ' en_GB.UTF-8 ' }, 'uk'],
    [{ LANG: 'en-gb' }, 'uk'],
    [{ LC_ALL: '', LANG: 'de_CH.UTF-8' }, 'ch'],
    [{ LC_ALL: '', LC_MESSAGES: '', LANG: 'fr_FR' }, 'eu'],
    [{ LANG: 'deutsch_CH' }, undefined],
    [{ LANG: 'de_CHE' }, undefined],
    [{ LANG: 'de_XX' }, undefined],
    [{ LANG: 'de_' }, undefined],
    [{ LANG: '' }, undefined],
  ])('%j → %s', (env, region) => {
    expect(regionOfLocale(env)).toBe(region);
  });

  it('without a locale variable and without a system locale nothing is preselected', () => {
    expect(regionOfLocale({})).toBeUndefined();
    expect(regionOfLocale({}, 'win32', () => undefined)).toBeUndefined();
  });

  // Windows has no LANG: the system's locale, as Intl reports it, decides there.
  it.each([
    ['en-GB', 'uk'],
    ['de-CH', 'ch'],
    ['fr-CH', 'ch'],
    ['it-CH', 'ch'],
    ['de-DE', 'eu'],
    ['en-US', 'us'],
    ['de', undefined],
  ])('no locale variable, system locale %s → %s on Windows and macOS', (system, region) => {
    expect(regionOfLocale({}, 'win32', () => system)).toBe(region);
    expect(regionOfLocale({}, 'darwin', () => system)).toBe(region);
  });

  it('on Linux without LANG, Intl’s answer is ICU’s fallback (en-US), not a setting: nothing is preselected', () => {
    expect(regionOfLocale({}, 'linux', () => 'en-US')).toBeUndefined();
  });

  it('a locale variable wins over the system locale, which is then not even asked', () => {
    let asked = false;
    const system = () => {
      asked = true;
      return 'en-GB';
    };
    expect(regionOfLocale({ LANG: 'de_DE.UTF-8' }, 'win32', system)).toBe('eu');
    expect(asked).toBe(false);
  });
});
