import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDES, LANGUAGE_FACTS, LANGUAGES, PLATFORMS, type Language } from '../../src/core/catalogue.js';
import { fillCounted, parseMessages, placeholdersOf, type Messages } from '../../src/core/messages.js';
import { compareLocale, LANGUAGE_OWN_KEYS } from '../helpers/compare-locale.js';
import { LOCALES_DIR } from '../helpers/app.js';

/** The file as it is (without the runtime guard, which would turn a missing key into an error). */
function load(language: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES_DIR, `${language}.json`), 'utf8')) as Messages;
}

const en = load('en');
const de = load('de');
const fr = load('fr');

function allStrings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => allStrings(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => allStrings(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Values the code puts into guide texts (see guideValues in src/core/checklist.ts). */
const GUIDE_VALUES = new Set(['link', 'help', 'form', 'month', 'command', 'date', 'changeDate']);

describe('locales', () => {
  it.each(LANGUAGES.filter((language) => language !== 'en'))('%s has exactly the keys, lists and placeholders of English, and no empty text', (language) => {
    expect(compareLocale(en, load(language), `${language}.json`, LANGUAGE_FACTS[language].plural.forms).map((problem) => problem.message)).toEqual([]);
  });

  it('every file in locales/ is a language of the catalogue (LANGUAGES and LANGUAGE_FACTS in src/core/language-facts.ts), and each of those has its file', () => {
    const files = readdirSync(LOCALES_DIR)
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.replace(/\.json$/, ''));
    for (const file of files)
      expect(LANGUAGES as readonly string[], `locales/${file}.json has no entry in LANGUAGES (src/core/language-facts.ts)`).toContain(file);
    for (const language of LANGUAGES) {
      expect(files, `locales/${language}.json is missing`).toContain(language);
      expect(LANGUAGE_FACTS[language], `LANGUAGE_FACTS.${language} (src/core/language-facts.ts) is missing`).toBeDefined();
    }
  });

  it.each(LANGUAGES)('%s: has a preview note exactly when the catalogue calls it a preview (FACTS §8)', (language) => {
    const intro = load(language).intro as Record<string, unknown>;
    expect(Object.hasOwn(intro, 'preview'), language).toBe(LANGUAGE_FACTS[language].preview);
    if (LANGUAGE_FACTS[language].preview) expect(intro['preview']).toMatch(/\S/);
    expect([...LANGUAGE_OWN_KEYS]).toEqual(['intro.preview']);
  });

  it('no locale names another language: the names and the word for "Language" are in the catalogue', () => {
    for (const language of LANGUAGES) {
      const messages = load(language) as unknown as { meta: Record<string, unknown>; intro: Record<string, unknown> };
      expect(Object.keys(messages.meta)).not.toContain('languageName');
      expect(Object.keys(messages.intro)).not.toContain('languageQuestion');
    }
    expect(new Set(LANGUAGES.map((language) => LANGUAGE_FACTS[language].name)).size).toBe(LANGUAGES.length);
  });

  it.each(LANGUAGES)('%s: every guide has a text for exactly the steps of the catalogue, on both paths', (language) => {
    const messages = load(language);
    expect(Object.keys(messages.guides).sort()).toEqual(GUIDES.map((guide) => guide.id).sort());
    for (const guide of GUIDES) {
      for (const platform of PLATFORMS) {
        const texts: Record<string, string> = messages.guides[guide.id].steps[platform];
        expect(Object.keys(texts), `${language} ${guide.id} ${platform}`).toEqual([...guide.steps[platform]]);
      }
    }
  });

  it.each(LANGUAGES)('%s: every placeholder in a guide is a UI label of the table or a value the code supplies; every label is used', (language) => {
    const messages = load(language);
    const labels = new Set(Object.keys(messages.labels));
    const used = new Set<string>();
    for (const guide of GUIDES) {
      for (const [path, value] of allStrings(messages.guides[guide.id])) {
        for (const name of placeholdersOf(value)) {
          used.add(name);
          expect(labels.has(name) || GUIDE_VALUES.has(name), `${language} ${guide.id}.${path}: {${name}}`).toBe(true);
        }
      }
    }
    for (const [, value] of allStrings(messages)) for (const name of placeholdersOf(value)) used.add(name);
    for (const label of labels) expect(used.has(label), `${language}: label ${label} is never used`).toBe(true);
  });

  it.each(LANGUAGES)('%s: each LinkedIn label is written once, in the table, and quoted nowhere else', (language) => {
    const messages = load(language);
    const labels = Object.values(messages.labels as Record<string, string>);
    expect(new Set(labels).size, language).toBe(labels.length);
    const { quoteOpen, quoteClose } = messages.meta;
    for (const [path, value] of allStrings(messages)) {
      if (path.startsWith('labels.')) continue;
      for (const label of labels) expect(value, `${language} ${path}`).not.toContain(`${quoteOpen}${label}${quoteClose}`);
    }
  });

  it('uses the UI labels exactly as FACTS.md gives them: the rows of §1, the app path, §3', () => {
    // The label in bold in the English and German columns of a row of §1's table.
    const row = (number: number) => {
      const cells = (FACTS.split('\n').find((line) => line.startsWith(`| ${number} |`)) ?? '').split('|');
      const bold = (cell: string | undefined) => /\*\*(.+?)\*\*/.exec(cell ?? '')?.[1];
      return { en: bold(cells[2]), de: bold(cells[3]) };
    };
    const rows = { settingsAndPrivacy: 2, dataPrivacy: 3, howLinkedInUsesData: 4, aiSetting: 5, aiToggle: 6 } as const;
    for (const [key, number] of Object.entries(rows) as [keyof typeof rows, number][]) {
      expect({ en: en.labels[key], de: de.labels[key] }, `§1 row ${number}: ${key}`).toEqual(row(number));
    }
    // Written in FACTS.md as English / German pairs (the app path, the toggle, §3).
    for (const key of ['settings', 'off', 'researchSetting'] as const) {
      expect(FACTS, key).toContain(`**${en.labels[key]}** / **${de.labels[key]}**`);
    }
    expect(FACTS).toContain(`toggle "${en.labels.researchToggle}"`);
    // FACTS.md corrected the English name of the Microsoft-ads toggle on 2026-11-25.
    expect(FACTS).toContain(`| **${en.labels.adsSetting}** (Microsoft ads; corrected 2026-11-25`);
  });

  it('German never uses the machine-translated labels that circulate in how-tos', () => {
    const text = JSON.stringify(de);
    for (const wrong of ['Daten zur generativen KI-Verbesserung', 'Einstellungen und Datenschutz', '„Ich“']) expect(text).not.toContain(wrong);
  });

  it('German addresses the reader formally (Sie), never with du', () => {
    for (const [path, value] of allStrings(de)) {
      expect(value, path).not.toMatch(/\b(du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b/i);
    }
  });

  it('German uses German quotation marks, English uses English ones', () => {
    expect(de.meta).toMatchObject({ quoteOpen: '„', quoteClose: '“' });
    expect(en.meta).toMatchObject({ quoteOpen: '“', quoteClose: '”' });
    for (const [path, value] of allStrings(de)) expect(value, path).not.toMatch(/"/);
  });

  it.each(LANGUAGES)('%s: never claims a colour for "off" and never repeats the unverified 60-day claim', (language) => {
    for (const messages of [load(language)]) {
      for (const [path, value] of allStrings(messages.guides)) {
        expect(value, path).not.toMatch(
          /(?<!\p{L})(grün|green|weiß|white|grau|grey|gray|schwarz|black|vert|blanc|gris|noir|verde|bianco|grigio|nero|groen|wit|grijs|zwart|blanco|negro|branco|cinza|preto|zielon\p{L}*|biał\p{L}*|szar\p{L}*|czarn\p{L}*)(?!\p{L})/iu,
        );
        expect(value, path).not.toMatch(/60/);
      }
    }
  });
});

const root = fileURLToPath(new URL('../../', import.meta.url));
const FACTS = readFileSync(join(root, 'docs', 'FACTS.md'), 'utf8');

describe('every label comes from FACTS.md', () => {
  it.each(LANGUAGES)('%s: each UI label of the table is quoted in docs/FACTS.md', (language) => {
    for (const [name, label] of Object.entries(load(language).labels as Record<string, string>)) {
      // A search term (…Search) is a word to type, not a label on screen.
      if (name.endsWith('Search')) continue;
      expect(FACTS.includes(label), `${language} labels.${name}: ${label}`).toBe(true);
    }
  });

  it('docs/FACTS.md is the shared research file, unchanged (where that file is at hand)', () => {
    const shared = [join(root, '..', 'shared', 'FACTS.md'), join(root, '..', '..', 'shared', 'FACTS.md')].find((path) => existsSync(path));
    if (shared !== undefined) expect(FACTS).toBe(readFileSync(shared, 'utf8'));
  });

  it('the facts of November 2025 on: the Microsoft switch is "Share data with…", no "since 2003", the Hiring Assistant named', () => {
    for (const messages of [en, de]) {
      const all = allStrings(messages)
        .map(([, value]) => value)
        .join('\n');
      expect(all).not.toContain('Data sharing with');
      expect(all).not.toContain('2003');
      expect(messages.guides['generative-ai'].hiring).toContain('Hiring Assistant');
      expect(messages.guides['generative-ai'].narrowed).toMatch(/Irish|irische/);
    }
    // The German website offers the other way in, and says it rests on one source.
    expect(de.labels).toMatchObject({ manageAccount: 'Konto und Datenschutz verwalten' });
    expect(de.guides['generative-ai'].localFallback).toMatchObject({ web: expect.stringContaining('nur aus einer Quelle') });
  });
});

describe('compareLocale finds what a contributor could get wrong', () => {
  it('a missing key, an extra key, an empty text, a lost placeholder, a list of another length', () => {
    // biome-ignore lint/suspicious/noExplicitAny: a locale broken on purpose, one key at a time.
    const broken = structuredClone(de) as unknown as Record<string, any>;
    delete broken.step.back;
    broken.step.extra = 'x';
    broken.reset.done = ' ';
    broken.step.progress = 'Schritt {current}';
    broken.guides['generative-ai'].fallback.web.pop();
    const problems = compareLocale(en, broken, 'de.json').map((problem) => problem.message);
    expect(problems).toEqual(
      expect.arrayContaining([
        'de.json: key "step.back": is missing',
        'de.json: key "step.extra": is not in the English locale',
        'de.json: key "reset.done": is empty',
        'de.json: key "step.progress": lacks the placeholder {total}',
        'de.json: key "guides.generative-ai.fallback.web": must have 5 entries, has 4',
      ]),
    );
  });

  it('a counted text: both forms, each with the number, and never a plain text in its place', () => {
    // biome-ignore lint/suspicious/noExplicitAny: a locale broken on purpose, one key at a time.
    const broken = structuredClone(de) as unknown as Record<string, any>;
    broken.intro.relative.days = 'vor {count} Tagen';
    delete broken.intro.relative.months.other;
    broken.status.due.one = 'Nachprüfen seit dem {date} fällig: vor mehr als einem Monat bestätigt. Starten Sie {command}.';
    broken.status.counts.waiting = { one: 'eins wartet', other: 'warten' };
    const problems = compareLocale(en, broken, 'de.json').map((problem) => problem.message);
    expect(problems).toEqual(
      expect.arrayContaining([
        'de.json: key "intro.relative.days": must be a group of keys',
        'de.json: key "intro.relative.months.other": is missing',
        'de.json: key "status.due.one": lacks the placeholder {months}',
        'de.json: key "status.due": must have the same placeholders in its forms "one" and "other"',
        'de.json: key "status.counts.waiting.one": lacks the placeholder {count}',
      ]),
    );
    // English, the reference, is held to the same: French says "il y a 0 jour" with the singular.
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    const english = structuredClone(en) as unknown as Record<string, any>;
    english.intro.relative.days.one = 'a day ago';
    expect(compareLocale(english, english, 'en.json').map((problem) => problem.message)).toEqual([
      'en.json: key "intro.relative.days": must have the same placeholders in its forms "one" and "other"',
    ]);
    expect(compareLocale(en, en, 'en.json')).toEqual([]);
  });

  it("a counted text takes its form by the language's rule: French and Portuguese count 0 and 1 as one, the others only 1", () => {
    const waiting = { one: '{count} wartet', other: '{count} warten' };
    expect([0, 1, 2].map((count) => fillCounted(waiting, count, 'de', { count }))).toEqual(['0 warten', '1 wartet', '2 warten']);
    expect([0, 1, 2].map((count) => fillCounted(fr.intro.relative.days, count, 'fr', { count }))).toEqual(['il y a 0 jour', 'il y a 1 jour', 'il y a 2 jours']);
    expect([0, 1, 2].map((count) => fillCounted(load('pt').intro.relative.days, count, 'pt', { count }))).toEqual(['há 0 dia', 'há 1 dia', 'há 2 dias']);
    expect([0, 1, 2].map((count) => fillCounted(load('es').intro.relative.days, count, 'es', { count }))).toEqual(['hace 0 días', 'hace 1 día', 'hace 2 días']);
    for (const language of ['de', 'en', 'es', 'it', 'nl'] as const) {
      expect(
        [0, 1, 2, 5, 21].map((count) => LANGUAGE_FACTS[language].plural.form(count)),
        language,
      ).toEqual(['other', 'one', 'other', 'other', 'other']);
    }
    expect(fillCounted(en.status.due, 1, 'en', { months: 1, date: '1 June 2026', command: 'npx linkedin-ki-optout' })).toContain('more than 1 month ago.');
  });

  it('Polish counts one, few (2–4, 22–24 …, not 12–14) and many: "1 miesiąc", "2 miesiące", "5 miesięcy", "22 miesiące"', () => {
    const months = load('pl').intro.relative.months as { one: string; few: string; other: string };
    const counts = [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 24, 25, 102, 112, 122];
    expect(counts.map((count) => fillCounted(months, count, 'pl', { count }))).toEqual([
      '0 miesięcy temu',
      '1 miesiąc temu',
      '2 miesiące temu',
      '4 miesiące temu',
      '5 miesięcy temu',
      '11 miesięcy temu',
      '12 miesięcy temu',
      '14 miesięcy temu',
      '21 miesięcy temu',
      '22 miesiące temu',
      '24 miesiące temu',
      '25 miesięcy temu',
      '102 miesiące temu',
      '112 miesięcy temu',
      '122 miesiące temu',
    ]);
    // A Polish counted text without its "few" form is named, and so is a form the language does not have.
    // biome-ignore lint/suspicious/noExplicitAny: a locale broken on purpose.
    const broken = structuredClone(load('pl')) as unknown as Record<string, any>;
    delete broken.intro.relative.days.few;
    broken.status.counts.open.many = '{count} otwartych';
    expect(compareLocale(en, broken, 'pl.json', LANGUAGE_FACTS.pl.plural.forms).map((problem) => problem.message)).toEqual([
      'pl.json: key "intro.relative.days.few": is missing',
      'pl.json: key "status.counts.open.many": is not a form of this language\'s counted texts ("one", "few" and "other")',
    ]);
    // …and German with a "few" form is told so, with its two forms.
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    const german = structuredClone(de) as unknown as Record<string, any>;
    german.intro.relative.days.few = 'vor {count} Tagen';
    expect(compareLocale(en, german, 'de.json').map((problem) => problem.message)).toEqual([
      'de.json: key "intro.relative.days.few": is not a form of this language\'s counted texts ("one" and "other")',
    ]);
  });

  it.each(LANGUAGES)('%s: the plural rule gives exactly the forms it declares (0 to 1000)', (language) => {
    const { plural } = LANGUAGE_FACTS[language];
    const given = new Set(Array.from({ length: 1001 }, (_, count) => plural.form(count)));
    expect([...given].sort()).toEqual([...plural.forms].sort());
  });

  it('at run time, reading a text the file lacks names the file and the key', () => {
    // biome-ignore lint/suspicious/noExplicitAny: a locale broken on purpose, one key at a time.
    const broken = load('de') as unknown as Record<string, any>;
    delete broken.step.progress;
    broken.guides['generative-ai'].fallback.web.pop();
    const guarded = parseMessages(JSON.stringify(broken), 'locales/de.json');
    expect(guarded.step.done).toBe('Erledigt – weiter');
    expect(() => guarded.step.progress).toThrow('locales/de.json: key "step.progress": is missing');
    expect(() => guarded.guides['generative-ai'].fallback.web[4]).toThrow('locales/de.json: key "guides.generative-ai.fallback.web[4]": is missing');
    expect(guarded.guides['generative-ai'].fallback.web.map((line) => line.length)).toHaveLength(4);
  });

  it('a file that is not JSON names the file', () => {
    expect(() => parseMessages('{ "meta": ', 'locales/de.json')).toThrow(/^locales\/de\.json: is not valid JSON/);
    expect(() => parseMessages('{}', 'locales/de.json')).toThrow('locales/de.json: key "meta": is missing');
  });
});

/** FACTS §8 rates each label of the languages besides English and German: H and M may be quoted as exact, L never. */
type Rating = 'quotable' | 'describe';
const SECTION_8 = FACTS.slice(FACTS.indexOf('## 8.'));

/** §8's tables, each a list of rows of cells (the header row first). */
const SECTION_8_TABLES: readonly (readonly string[][])[] = SECTION_8.split(/\n(?!\|)/)
  .map((block) => block.split('\n').filter((row) => row.startsWith('|') && !row.startsWith('|---')))
  .filter((rows) => rows.length > 0)
  .map((rows) =>
    rows.map((row) =>
      row
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    ),
  );

/** English and German labels are in §1's table; every other language has a column in §8, headed by its English name. */
const ENGLISH_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });
function section8Column(language: string): { table: readonly string[][]; column: number } | undefined {
  const name = ENGLISH_NAMES.of(language);
  for (const table of SECTION_8_TABLES) {
    const column = table[0]?.indexOf(name ?? '') ?? -1;
    if (column > 0) return { table, column };
  }
  return undefined;
}

/** The labels of one language in §8's table, each with what its rating allows. */
function section8Labels(language: string): Map<string, Rating> {
  const labels = new Map<string, Rating>();
  const found = section8Column(language);
  if (found === undefined) return labels;
  for (const row of found.table.slice(1)) {
    const cell = row[found.column] ?? '';
    // «label» (French with spaces inside) then its rating in bold (**H**, **M**, **M+**, **M−**, **L**,
    // **L–M**, **L, conflicting**); a label set in bold itself (the Italian « Sì / No », three sources)
    // counts as well sourced; labels without a rating of their own («Ativado» / «Desativado» **M**)
    // take the next one in the cell.
    let waiting: string[] = [];
    for (const match of cell.matchAll(/(\*\*)?«\s?([^»]+?)\s?»(\*\*)?([^«]*)/g)) {
      waiting.push(...(match[2] as string).split(' / '));
      const rating = /\*\*(H|M[−+]?|L[^*]*)\*\*/.exec(match[4] ?? '')?.[1];
      const bold = match[1] === '**' && match[3] === '**';
      if (rating === undefined && !bold) continue;
      const quotable = rating === undefined ? bold : /^(H|M[−+]?)$/.test(rating);
      for (const label of waiting) labels.set(label, quotable ? 'quotable' : 'describe');
      waiting = [];
    }
    // A label left without any rating after it is not one to quote.
    for (const label of waiting) labels.set(label, 'describe');
  }
  return labels;
}

/** Sources disagree on the French toggle's article ("les"/"des"): it is matched without it. */
function withoutArticle(label: string): string {
  return label.replace(/ (les|des) /g, ' ');
}

const SECTION_8_LANGUAGES = LANGUAGES.filter((language) => language !== 'en' && language !== 'de');

describe('labels in every language besides English and German follow FACTS.md §8', () => {
  it.each(SECTION_8_LANGUAGES)('%s: has its column in FACTS.md §8, headed by its English name', (language) => {
    expect(section8Column(language), `docs/FACTS.md §8 has no column "${ENGLISH_NAMES.of(language)}" for ${language}`).toBeDefined();
    expect(section8Labels(language).size, `docs/FACTS.md §8, column "${ENGLISH_NAMES.of(language)}": no label found`).toBeGreaterThan(2);
  });

  it('reads §8 as it is written (a change to its table shows here)', () => {
    const fr = section8Labels('fr');
    expect(fr.get('Préférences et confidentialité')).toBe('quotable');
    expect(fr.get('Confidentialité des données')).toBe('quotable');
    expect(fr.get("Données pour l'amélioration de l'IA générative")).toBe('quotable');
    expect(fr.get("Utiliser mes données pour entraîner les modèles d'IA de création de contenu")).toBe('quotable');
    expect(fr.get('Vous')).toBe('describe');
    expect(fr.get('Moi')).toBe('describe');
    expect(fr.get('Comment LinkedIn utilise vos données')).toBe('describe');
    const it = section8Labels('it');
    expect(it.get('Impostazioni e privacy')).toBe('describe');
    expect(it.get('Privacy dei dati')).toBe('quotable');
    expect(it.get('Usa i miei dati per addestrare i modelli di IA per la creazione di contenuti')).toBe('quotable');
    expect(it.get('No')).toBe('quotable');
    const nl = section8Labels('nl');
    expect(nl.get('Instellingen & Privacy')).toBe('quotable');
    expect(nl.get('Gegevens voor verbetering van generatieve AI')).toBe('quotable');
    expect(nl.get('Mijn gegevens gebruiken voor training van AI-modellen waarmee content wordt gemaakt')).toBe('describe');
    expect(nl.get('Uit')).toBe('describe');
    expect(nl.get('Instellingen')).toBe('describe');
    const es = section8Labels('es');
    expect(es.get('Privacidad de datos')).toBe('quotable');
    expect(es.get('Configuración y privacidad')).toBe('describe');
    expect(es.get('Ajustes y privacidad')).toBe('describe');
    expect(es.get('Datos para mejorar la IA generativa')).toBe('describe');
    expect(es.get('Datos para la mejora de la IA generativa')).toBe('describe');
    expect(es.get('Usar mis datos para entrenar modelos de IA que crean contenido')).toBe('describe');
    const pt = section8Labels('pt');
    expect(pt.get('Configurações e privacidade')).toBe('quotable');
    expect(pt.get('Privacidade dos dados')).toBe('quotable');
    expect(pt.get('Dados para aprimoramento da IA generativa')).toBe('quotable');
    expect(pt.get('Ativado')).toBe('quotable');
    expect(pt.get('Desativado')).toBe('quotable');
    expect(pt.get('Como o LinkedIn utiliza seus dados')).toBe('describe');
    expect(pt.get('Usar meus dados para treinar modelos de IA para criar conteúdos')).toBe('describe');
    const pl = section8Labels('pl');
    expect(pl.size).toBe(5);
    expect([...pl.values()].every((rating) => rating === 'describe')).toBe(true);
    expect(pl.get('Prywatność danych')).toBe('describe');
  });

  it.each(SECTION_8_LANGUAGES)('%s: every quoted label is one §8 rates H or M; a step without one is described', (language: Language) => {
    const ratings = section8Labels(language);
    const quotable = new Set([...ratings].filter(([, rating]) => rating === 'quotable').map(([label]) => withoutArticle(label)));
    for (const [name, label] of Object.entries(load(language).labels as Record<string, string>)) {
      if (name.endsWith('Search')) continue;
      expect(quotable.has(withoutArticle(label)), `${language} labels.${name}: ${label}`).toBe(true);
    }
  });

  it.each(SECTION_8_LANGUAGES)('%s: no label rated L in §8 appears between quotation marks anywhere', (language: Language) => {
    // §2's option labels of the objection form come from one source each: described, never quoted.
    const section2 = FACTS.slice(FACTS.indexOf('## 2.'), FACTS.indexOf('## 3.'));
    const singleSource = [...section2.matchAll(/„([^“]+)“/g)].map((match) => match[1] as string);
    expect(singleSource.length).toBeGreaterThan(1);
    const describe = [...[...section8Labels(language)].filter(([, rating]) => rating === 'describe').map(([label]) => label), ...singleSource];
    expect(describe.length).toBeGreaterThan(0);
    for (const [path, value] of allStrings(load(language))) {
      for (const label of describe) {
        const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        expect(value, `${language} ${path}`).not.toMatch(new RegExp(`[«“‘„"']\\s?${escaped}\\s?[»”’“"']`));
      }
    }
  });

  it('French: the main switch quotes steps 2, 3 and 5 and the toggle, and describes the profile menu and the group', () => {
    const fr = load('fr');
    // The words to type into the settings search (…Search) are no labels on screen.
    const onScreen = Object.entries(fr.labels).filter(([name]) => !name.endsWith('Search'));
    expect(Object.fromEntries(onScreen)).toEqual({
      settingsAndPrivacy: 'Préférences et confidentialité',
      dataPrivacy: 'Confidentialité des données',
      aiSetting: "Données pour l'amélioration de l'IA générative",
      aiToggle: "Utiliser mes données pour entraîner les modèles d'IA de création de contenu",
    });
    expect(fr.guides['generative-ai'].steps.web.settings).toContain('photo de profil');
    expect(fr.guides['generative-ai'].steps.web['generative-ai-setting']).toContain('comment LinkedIn utilise vos données');
  });

  it('Portuguese quotes steps 2, 3 and 5 and the state; Spanish quotes step 3 only; Polish quotes nothing', () => {
    expect(load('pt').labels).toEqual({
      settingsAndPrivacy: 'Configurações e privacidade',
      dataPrivacy: 'Privacidade dos dados',
      off: 'Desativado',
      aiSetting: 'Dados para aprimoramento da IA generativa',
      aiSearch: 'IA',
      researchSearch: 'pesquisa',
      adsSearch: 'parceiros',
    });
    expect(load('pt').guides['generative-ai'].steps.web['generative-ai-setting']).toContain('como o LinkedIn usa seus dados');
    expect(load('es').labels).toEqual({ dataPrivacy: 'Privacidad de datos', aiSearch: 'IA', researchSearch: 'investigación', adsSearch: 'socios' });
    expect(load('es').guides['generative-ai'].steps.web['generative-ai-setting']).toContain('datos para mejorar la IA generativa');
    expect(Object.keys(load('pl').labels).filter((name) => !name.endsWith('Search'))).toEqual([]);
  });

  it('French states describe "désactivé" and never quote a state label; Italian never says "Off"', () => {
    const fr = load('fr');
    expect(Object.keys(fr.labels)).not.toContain('off');
    expect(fr.guides['generative-ai'].verify.question).toContain('désactivée');
    if ((LANGUAGES as readonly string[]).includes('it')) {
      const italian = allStrings(load('it' as Language)).map(([, value]) => value);
      for (const value of italian) expect(value).not.toMatch(/(?<!\p{L})(Off|On)(?!\p{L})/u);
    }
  });
});

describe('typography and address per language', () => {
  const QUOTES: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
    de: [['„', '“']],
    en: [['“', '”']],
    fr: [['«\u00A0', '\u00A0»']],
    it: [
      ['«', '»'],
      ['“', '”'],
    ],
    nl: [
      ['‘', '’'],
      ['“', '”'],
    ],
    es: [
      ['«', '»'],
      ['“', '”'],
    ],
    // Brazilian Portuguese, as LinkedIn's Portuguese interface (FACTS §8).
    pt: [['“', '”']],
    pl: [['„', '”']],
  };
  it.each(LANGUAGES)('%s: quotation marks of the language (French « … » with no-break spaces)', (language) => {
    const { meta } = load(language);
    expect(QUOTES[language]).toContainEqual([meta.quoteOpen, meta.quoteClose]);
    if (language !== 'en') for (const [path, value] of allStrings(load(language))) expect(value, path).not.toMatch(/"/);
  });

  it('French: a no-break space before : ; ? ! and inside « », never an ordinary one', () => {
    for (const [path, value] of allStrings(load('fr'))) {
      expect(value, path).not.toMatch(/ [:;?!»]|« /);
      expect(value, path).not.toMatch(/\S[;?!»]/u);
    }
  });

  /**
   * The address LinkedIn's own interface uses in each language, the same throughout: formal in French,
   * Italian and Dutch (vous, Lei, u); tú in Spanish («Usar mis datos»), você in Brazilian Portuguese
   * («Como o LinkedIn utiliza seus dados»), and in Polish the second person singular with its pronouns
   * capitalised («Jak LinkedIn wykorzystuje Twoje dane»). `never` is the other address; `uses` is
   * a word of the chosen one that the texts must contain. The letters address LinkedIn, not the
   * reader («Szanowni Państwo», «Les ruego»), and are not held to it.
   */
  const ADDRESS: Readonly<Record<string, { never: RegExp; uses?: RegExp }>> = {
    fr: { never: /(?<!\p{L})(tu|toi|ton|ta|tes|te|t')(?!\p{L})/iu },
    it: { never: /(?<!\p{L})(tu|tuo|tua|tuoi|tue|ti)(?!\p{L})/iu },
    nl: { never: /(?<!\p{L})(je|jij|jou|jouw)(?!\p{L})/iu },
    es: { never: /(?<!\p{L})(usted|ustedes|vosotros|vuestro|vuestra|vuestros|vuestras)(?!\p{L})/iu, uses: /(?<!\p{L})(tu|tus)(?!\p{L})/u },
    pt: { never: /(?<!\p{L})(tu|teu|tua|teus|tuas|contigo|senhor|senhora|vocês)(?!\p{L})/iu, uses: /(?<!\p{L})você(?!\p{L})/u },
    pl: {
      never: /(?<!\p{L})(twój|twoja|twoje|twojego|twojej|twoich|twoim|twoimi|twoją|tobie|ciebie|cię|ci|Pan|Pani|Pana|Panu|Panią)(?!\p{L})/u,
      uses: /(?<!\p{L})(Twój|Twoje|Twoich|Twojego|Twojej|Twoim)(?!\p{L})/u,
    },
  };
  it.each(SECTION_8_LANGUAGES)('%s: addresses the reader as LinkedIn does in that language, the same throughout', (language) => {
    const { never, uses } = ADDRESS[language] as { never: RegExp; uses?: RegExp };
    const texts = allStrings(load(language));
    for (const [path, value] of texts) expect(value, `${language} ${path}`).not.toMatch(never);
    if (uses !== undefined)
      expect(
        texts.some(([, value]) => uses.test(value)),
        language,
      ).toBe(true);
  });

  it('Spanish opens every question and exclamation with ¿ and ¡', () => {
    for (const [path, value] of allStrings(load('es'))) {
      expect(value.split('?').length, path).toBe(value.split('¿').length);
      expect(value.split('!').length, path).toBe(value.split('¡').length);
    }
  });
});
