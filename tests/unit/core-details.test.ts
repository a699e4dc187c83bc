// Details of the stable core modules that the mutation run showed no other test would notice.
import { describe, expect, it } from 'vitest';
import { formatDate, parseDate } from '../../src/core/dates.js';
import { languageOfLocale } from '../../src/core/language.js';
import { guardMessages, LocaleError, parseMessages, swissSpelling } from '../../src/core/messages.js';
import { compareLocale } from '../helpers/compare-locale.js';
import { parseState } from '../../src/core/state-schema.js';
import { isValidTimestamp } from '../../src/core/timestamp.js';
import { plainDecoration } from '../../src/core/text.js';
import { wrap } from '../../src/core/wrap.js';

/** Runs `body` with the process in another time zone, where a UTC date and a local date differ. */
function inTimeZone(zone: string, body: () => void): void {
  const saved = process.env['TZ'];
  process.env['TZ'] = zone;
  try {
    body();
  } finally {
    process.env['TZ'] = saved;
  }
}

// Worker threads (Stryker's vitest runner uses them) cannot change the time zone; processes can.
const canChangeZone = (() => {
  let changed = false;
  inTimeZone('America/New_York', () => {
    changed = new Date(2025, 10, 3).getTimezoneOffset() !== 0;
  });
  return changed;
})();

describe.skipIf(!canChangeZone)('dates away from UTC', () => {
  it('catalogue dates ("2025-11", "2025-11-03") are local dates, full timestamps are instants', () => {
    inTimeZone('America/New_York', () => {
      expect(formatDate('2025-11', 'MMMM yyyy', 'en')).toBe('November 2025');
      expect(formatDate('2025-11-03', 'd MMMM yyyy', 'en')).toBe('3 November 2025');
      expect(parseDate('2025-11-03')).toEqual(new Date(2025, 10, 3));
      expect(formatDate('2025-11-03T02:00:00.000Z', 'd MMMM yyyy', 'en')).toBe('2 November 2025');
      expect(formatDate(new Date(2025, 10, 3), 'd MMMM yyyy', 'en')).toBe('3 November 2025');
    });
  });

  it.each([['x2025-11'], ['25-11'], ['2025-ab'], ['2025-11-ab']])('%j is not a catalogue date', (text) => {
    inTimeZone('America/New_York', () => {
      const parsed = parseDate(text);
      // Either not a date at all, or not the local first of a month that the pattern would give.
      expect(Number.isNaN(parsed.getTime()) || parsed.getHours() !== 0).toBe(true);
    });
  });
});

describe('isValidTimestamp', () => {
  it('isValidTimestamp wants a string that starts with a full date and a T, and parses', () => {
    expect(isValidTimestamp('2026-11-24T10:00:00.000Z')).toBe(true);
    for (const value of ['2026-11-24', 'x2026-11-24T10:00:00Z', '2026-11-24Tnonsense', 20261124, null])
      expect(isValidTimestamp(value), String(value)).toBe(false);
  });
});

describe('languageOfLocale', () => {
  it.each([
    ['DE_DE.UTF-8', 'de'],
    ['de', 'de'],
    ['EN', 'en'],
    [' de_AT ', 'de'],
    ['deu', undefined],
    ['d', undefined],
    ['', undefined],
    ['german', undefined],
  ] as const)('%j → %s', (locale, expected) => {
    expect(languageOfLocale(locale)).toBe(expected);
  });
});

describe('text helpers', () => {
  it('plain decoration leaves labels and values as they are', () => {
    expect(plainDecoration.label('Off')).toBe('Off');
    expect(plainDecoration.value('https://x')).toBe('https://x');
  });

  it('wrap: runs of spaces are one space; continuation lines hang under the indent', () => {
    expect(wrap('a  b   c', 80)).toEqual(['a b c']);
    expect(wrap('one two three four', 11, '- ')).toEqual(['- one two', '  three', '  four']);
  });

  it('Swiss spelling: ß and ẞ become ss and SS', () => {
    expect(swissSpelling('Straße STRAẞE')).toBe('Strasse STRASSE');
  });
});

describe('compareLocale', () => {
  const problems = (reference: unknown, candidate: unknown) => compareLocale(reference, candidate, 'de.json').map((error) => error.message);

  it('says what is wrong, where', () => {
    expect(problems('text', 5)).toEqual(['de.json: key "(top level)": must be a text']);
    expect(problems({ a: 'x' }, { a: 5 })).toEqual(['de.json: key "a": must be a text']);
    expect(problems({ a: '{name}' }, { a: '{other}' })).toEqual([
      'de.json: key "a": lacks the placeholder {name}',
      'de.json: key "a": has the unknown placeholder {other}',
    ]);
    expect(problems({ a: ['x', 'y'] }, { a: 'x' })).toEqual(['de.json: key "a": must be a list']);
    expect(problems({ a: ['x', 'y'] }, { a: ['x'] })).toEqual(['de.json: key "a": must have 2 entries, has 1']);
    expect(problems({ a: ['x', 'y'] }, { a: ['x', ''] })).toEqual(['de.json: key "a[1]": is empty']);
    expect(problems({ a: ['x'] }, { a: ['x', 'y'] })).toEqual(['de.json: key "a": must have 1 entries, has 2']);
    for (const candidate of ['x', null, ['x']]) expect(problems({ a: { b: 'x' } }, { a: candidate })).toEqual(['de.json: key "a": must be a group of keys']);
    expect(problems({ a: 'x' }, {})).toEqual(['de.json: key "a": is missing']);
    expect(problems({}, { b: 'x' })).toEqual(['de.json: key "b": is not in the English locale']);
    expect(problems({}, {})).toEqual([]);
    expect(problems(5, 'anything')).toEqual([]);
  });

  it('labels may differ in name between languages but must be non-empty texts, and their placeholders may differ', () => {
    const reference = { labels: { me: 'Me' }, g: { text: 'Click {me}' } };
    expect(problems(reference, { labels: { ich: 'Ich' }, g: { text: 'Klicken Sie' } })).toEqual([]);
    expect(problems(reference, { labels: { me: ' ' }, g: { text: 'Click {me}' } })).toEqual(['de.json: key "labels.me": must be a non-empty text']);
    expect(problems(reference, { labels: { me: 5 }, g: { text: 'Click {me}' } })).toEqual(['de.json: key "labels.me": must be a non-empty text']);
  });
  it('a counted text is the texts "one" and "other", in either order, and nothing else', () => {
    const reference = { n: { one: '{count} day', other: '{count} days' } };
    expect(problems(reference, { n: { other: '{count} Tage', one: 'ein Tag' } })).toEqual([
      'de.json: key "n.one": lacks the placeholder {count}',
      'de.json: key "n": must have the same placeholders in its forms "one" and "other"',
    ]);
    // A third form is not German's (only Polish has "few"): it is reported, and the two forms are still compared.
    expect(problems(reference, { n: { one: 'ein Tag', other: '{count} Tage', few: '{count} Tage' } })).toEqual([
      'de.json: key "n.one": lacks the placeholder {count}',
      'de.json: key "n.few": is not a form of this language\'s counted texts ("one" and "other")',
      'de.json: key "n": must have the same placeholders in its forms "one" and "other"',
    ]);
    expect(problems(reference, { n: { one: 5, other: '{count} Tage' } })).toEqual(['de.json: key "n.one": must be a text']);
    expect(problems(reference, { n: { one: '{count} Tag', other: null } })).toEqual(['de.json: key "n.other": must be a text']);
    expect(problems(reference, { n: { one: '{count} Tag' } })).toEqual(['de.json: key "n.other": is missing']);
    expect(problems(null, 'anything')).toEqual([]);
    expect(problems({ a: null }, { a: 'x' })).toEqual([]);
  });

  it("a language's own text (intro.preview) needs no English counterpart, but must be a non-empty text", () => {
    expect(problems({ intro: {} }, { intro: { preview: 'Vorschau' } })).toEqual([]);
    for (const preview of [' ', 5, null]) {
      expect(problems({ intro: {} }, { intro: { preview } })).toEqual(['de.json: key "intro.preview": must be a non-empty text']);
    }
    expect(problems({}, { preview: 'x' })).toEqual(['de.json: key "preview": is not in the English locale']);
  });

  it("any text may name the table's labels, the language's own ones too; a table that is no group is reported, not tripped over", () => {
    const reference = { labels: { me: 'Me', formName: 'Form' }, g: { text: 'Click {me}' }, objection: 'Fill in {formName}' };
    expect(problems(reference, { labels: { ich: 'Ich' }, g: { text: 'Klicken Sie auf {ich}' }, objection: 'Füllen Sie das Formular aus' })).toEqual([]);
    expect(problems(reference, { labels: { ich: 'Ich' }, g: { text: 'Klicken Sie auf {du}' }, objection: 'Füllen Sie {ich} aus' })).toEqual([
      'de.json: key "g.text": has the unknown placeholder {du}',
    ]);
    expect(problems(reference, { labels: null, g: { text: 'Klicken Sie' }, objection: 'Füllen Sie es aus' })).toEqual([
      'de.json: key "labels": must be a group of keys',
    ]);
    expect(problems(reference, { labels: ['Ich'], g: { text: 'Klicken Sie' }, objection: 'Füllen Sie es aus' })).toEqual([
      'de.json: key "labels": must be a group of keys',
    ]);
    expect(problems(reference, { g: { text: 'Klicken Sie' }, objection: 'Füllen Sie es aus' })).toEqual(['de.json: key "labels": is missing']);
    // Only the table at the top: a group of that name further down names no labels.
    const nested = { x: { labels: { me: 'Me' }, text: 'Click {me}' } };
    expect(problems(nested, { x: { labels: { me: 'Ich' }, text: 'Klicken Sie' } })).toEqual(['de.json: key "x.text": lacks the placeholder {me}']);
  });
});

describe('guardMessages and parseMessages', () => {
  it('a missing text names the file and the key; lists, JSON and await still work', () => {
    const list = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
    const messages = guardMessages({ a: { b: 'x', list }, none: null } as Record<string, unknown>, 'de.json') as {
      a: { b: string; c?: string; list: string[] };
      none: unknown;
    };
    expect(messages.a.b).toBe('x');
    expect(messages.a).toBe(messages.a);
    expect(() => messages.a.c).toThrow('de.json: key "a.c": is missing');
    expect(() => messages.none).toThrow('de.json: key "none": is missing');
    expect(messages.a.list[11]).toBe('twelve');
    expect(() => messages.a.list[15]).toThrow('de.json: key "a.list[15]": is missing');
    expect(messages.a.list.map((text) => text.length)).toHaveLength(12);
    expect(JSON.stringify(messages.a.list.slice(0, 2))).toBe('["one","two"]');
    expect(new LocaleError('de.json', 'x', 'is missing').name).toBe('LocaleError');
  });

  it('a guarded locale is not taken for a promise, serialises as its texts, and a list answers what is not an index as a list does', async () => {
    const messages = guardMessages({ a: { b: 'x', list: ['one', 'two'] } }, 'de.json') as { a: { b: string; list: string[] } };
    expect(await Promise.resolve(messages.a)).toBe(messages.a);
    expect(JSON.stringify(messages.a)).toBe('{"b":"x","list":["one","two"]}');
    const list = messages.a.list as unknown as Record<string, unknown>;
    for (const key of ['label', '1a', 'a1']) expect(list[key], key).toBeUndefined();
    expect(list['1']).toBe('two');
    expect(() => list['2']).toThrow('de.json: key "a.list[2]": is missing');
    expect(() => (messages.a as unknown as Record<string, unknown>)['1']).toThrow('de.json: key "a.1": is missing');
  });

  it('a transformation changes texts only: numbers and nulls stay as they are', () => {
    const parsed = parseMessages(
      '{"meta": {"n": 5, "z": null, "t": "Straße"}, "cli": {}, "errors": {}, "guides": {}}',
      'de.json',
      swissSpelling,
    ) as unknown as {
      meta: { n: number; t: string };
    };
    expect(parsed.meta.n).toBe(5);
    expect(parsed.meta.t).toBe('Strasse');
  });

  it('a locale file that is not an object is refused', () => {
    for (const text of ['[]', '"text"', 'null', '5']) expect(() => parseMessages(text, 'de.json')).toThrow('de.json: must contain a JSON object');
  });
});

describe('parseState, every refusal', () => {
  const guide = (record: unknown) => JSON.stringify({ version: 1, guides: { 'generative-ai': record } });
  it.each([
    ['{"version": 1.5}', { key: 'noVersion' }],
    ['{"version": 0}', { key: 'noVersion' }],
    ['{"version": 1, "settings": []}', { key: 'settingsNotObject' }],
    ['{"version": 1, "settings": {"platform": "desktop"}}', { key: 'unknownPlatform' }],
    ['{"version": 1, "settings": {"selected": "generative-ai"}}', { key: 'selectedNotList' }],
    [guide({ platform: 'desktop', steps: {} }), { key: 'inGuide', guide: 'generative-ai', problem: { key: 'unknownPlatform' } }],
    [guide({ platform: 'web', steps: [] }), { key: 'inGuide', guide: 'generative-ai', problem: { key: 'stepsNotObject' } }],
    [guide({ platform: 'web', verification: 'yes' }), { key: 'inGuide', guide: 'generative-ai', problem: { key: 'verificationNotObject' } }],
    [
      guide({ platform: 'web', verification: { result: 'yes', at: 'today' } }),
      { key: 'inGuide', guide: 'generative-ai', problem: { key: 'verificationNoDate' } },
    ],
  ])('%s', (text, reason) => {
    expect(parseState(text)).toEqual({ ok: false, problem: { kind: 'wrong-shape', reason } });
  });

  it('settings not given stay absent (no keys with undefined), guides not known are dropped from the choice', () => {
    const parsed = parseState('{"version": 1, "settings": {"selected": ["generative-ai", "retired"]}}');
    expect(parsed.ok && Object.keys(parsed.state.settings)).toEqual(['selected']);
    expect(parsed.ok && parsed.state.settings.selected).toEqual(['generative-ai']);
    const bare = parseState('{"version": 1}');
    expect(bare.ok && Object.keys(bare.state.settings)).toEqual([]);
  });

  it('each migration sees the version it upgrades from', () => {
    const migrations = {
      1: (old: Record<string, unknown>) => ({ ...old, step: 'one' }),
      2: (old: Record<string, unknown>) => ({ ...old, settings: { language: old['version'] === 2 && old['step'] === 'one' ? 'de' : 'en' } }),
    };
    expect(parseState('{"version": 1}', migrations, 3)).toMatchObject({ ok: true, state: { settings: { language: 'de' } } });
  });
});
