import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDES, LANGUAGES, PLATFORMS } from '../../src/core/catalogue.js';
import { compareLocale, parseMessages, placeholdersOf, type Messages } from '../../src/core/messages.js';
import { LOCALES_DIR } from '../helpers/app.js';

/** The file as it is (without the runtime guard, which would turn a missing key into an error). */
function load(language: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES_DIR, `${language}.json`), 'utf8')) as Messages;
}

const en = load('en');
const de = load('de');

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
  it('German has exactly the keys, lists and placeholders of English, and no empty text', () => {
    expect(compareLocale(en, de, 'de.json').map((problem) => problem.message)).toEqual([]);
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

  it.each(LANGUAGES)('%s: every placeholder in a guide is one of its UI labels or a value the code supplies', (language) => {
    const messages = load(language);
    for (const guide of GUIDES) {
      const text = messages.guides[guide.id];
      const labels = new Set(Object.keys(text.labels));
      const used = new Set<string>();
      for (const [path, value] of allStrings(text)) {
        for (const name of placeholdersOf(value)) {
          used.add(name);
          expect(labels.has(name) || GUIDE_VALUES.has(name), `${language} ${guide.id}.${path}: {${name}}`).toBe(true);
        }
      }
      for (const label of labels) expect(used.has(label), `${language} ${guide.id}: label ${label} is never used`).toBe(true);
    }
  });

  it('uses the UI labels exactly as FACTS.md gives them', () => {
    const labels = { de: de.guides['generative-ai'].labels, en: en.guides['generative-ai'].labels };
    expect(labels.en).toMatchObject({
      settingsAndPrivacy: 'Settings & Privacy',
      dataPrivacy: 'Data privacy',
      howLinkedInUsesData: 'How LinkedIn uses your data',
      setting: 'Data for Generative AI Improvement',
      toggle: 'Use my data for training content creation AI models',
      off: 'Off',
      settings: 'Settings',
    });
    expect(labels.de).toMatchObject({
      settingsAndPrivacy: 'Einstellungen & Datenschutz',
      dataPrivacy: 'Datenschutz',
      howLinkedInUsesData: 'So verwendet LinkedIn Ihre Daten',
      setting: 'Daten zur Verbesserung generativer KI',
      toggle: 'Ihre Daten zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen',
      off: 'Aus',
      settings: 'Einstellungen',
    });
  });

  it('the research and Microsoft-ads guides use the labels FACTS.md §3 gives', () => {
    expect(en.guides['research-data'].labels).toMatchObject({
      dataPrivacy: 'Data privacy',
      howLinkedInUsesData: 'How LinkedIn uses your data',
      setting: 'Social, economic, and workplace research',
      toggle: 'Use data for research',
      off: 'Off',
    });
    expect(de.guides['research-data'].labels).toMatchObject({
      dataPrivacy: 'Datenschutz',
      howLinkedInUsesData: 'So verwendet LinkedIn Ihre Daten',
      setting: 'Sozial-, Wirtschafts- und Arbeitsplatzforschung',
      off: 'Aus',
    });
    // The English name of the Microsoft-ads toggle was corrected in FACTS.md on 2026-11-25 ("Share
    // data with affiliates and partners"); the guide texts follow in issue 10, so only the section here.
    expect(en.guides['microsoft-ads'].labels).toMatchObject({ advertisingData: 'Advertising data', off: 'Off' });
    expect(de.guides['microsoft-ads'].labels).toMatchObject({
      advertisingData: 'Anzeigendaten',
      setting: 'Daten mit verbundenen Unternehmen und Partnern teilen',
      off: 'Aus',
    });
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

  it('never claims a colour for "off" and never repeats the unverified 60-day claim', () => {
    for (const messages of [en, de]) {
      for (const [path, value] of allStrings(messages.guides)) {
        expect(value, path).not.toMatch(/\b(grün|green|weiß|white|grau|grey|gray|schwarz|black)\b/i);
        expect(value, path).not.toMatch(/60/);
      }
    }
  });
});

const root = fileURLToPath(new URL('../../', import.meta.url));
const FACTS = readFileSync(join(root, 'docs', 'FACTS.md'), 'utf8');

describe('every label comes from FACTS.md', () => {
  it.each(LANGUAGES)('%s: each UI label of each guide is quoted in docs/FACTS.md', (language) => {
    const messages = load(language);
    for (const guide of GUIDES) {
      for (const [name, label] of Object.entries(messages.guides[guide.id].labels as Record<string, string>)) {
        // A search term is a word to type, not a label on screen.
        if (name === 'searchTerm') continue;
        expect(FACTS.includes(label), `${language} ${guide.id}.labels.${name}: ${label}`).toBe(true);
      }
    }
  });

  it('docs/FACTS.md is the shared research file, unchanged (where that file is at hand)', () => {
    const shared = [join(root, '..', 'shared', 'FACTS.md'), join(root, '..', '..', 'shared', 'FACTS.md')].find((path) => existsSync(path));
    if (shared !== undefined) expect(FACTS).toBe(readFileSync(shared, 'utf8'));
  });

  it('the facts of November 2025 on: the Microsoft switch is "Share data with…", no "since 2003", the Hiring Assistant named', () => {
    expect(en.guides['microsoft-ads'].labels.setting).toBe('Share data with affiliates and partners');
    expect(de.guides['microsoft-ads'].labels.setting).toBe('Daten mit verbundenen Unternehmen und Partnern teilen');
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
    expect(de.guides['generative-ai'].labels).toMatchObject({ manageAccount: 'Konto und Datenschutz verwalten' });
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
