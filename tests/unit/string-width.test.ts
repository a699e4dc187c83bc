import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import libraryWidth from 'fast-string-width';
import { describe, expect, it } from 'vitest';
import { GUIDES } from '../../src/core/catalogue.js';
import stringWidth, { ONE_COLUMN } from '../../src/terminal/string-width.js';
import { LOCALES_DIR } from '../helpers/app.js';

const oneColumn = new RegExp(`^[${ONE_COLUMN}]$`);
const members = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((char) => oneColumn.test(char));

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(allStrings);
  return [];
}

describe('the width of a text, as Inquirer lays it out', () => {
  it('every character the quick measure counts as one column is one column for fast-string-width', () => {
    expect(members.length).toBeGreaterThan(1000);
    const differing = members.filter((char) => libraryWidth(char) !== 1);
    expect(differing.map((char) => char.codePointAt(0)?.toString(16))).toEqual([]);
  });

  it('gives the library’s width for any mix of those, colour codes and other characters', () => {
    const pieces = fc.oneof(
      fc.constantFrom(...members),
      fc.constantFrom('\u001B[1m', '\u001B[22m', '\u001B[38;5;208m', '\u001B[12345m', '\u001B[', '\u001B', '\u009B', '\t', '\n'),
      fc.constantFrom('\u001B[?25l', '\u001B[?25h', '\u001B[2K', '\u001B[25G', '\u001B[3A', '\u001B[1;5H', '\u001B[?1049h', '\u001B[6n', '\u001B[S', '?25l'),
      // Emoji (with and without variation selector, skin tone, joiner), a keycap, CJK, a combining accent.
      fc.constantFrom('✅', '✌', '✔\uFE0F', '👍🏽', '👩\u200D💻', '1\uFE0F\u20E3', '漢字', 'e\u0301', '\u0301', '\uFE0F', 'Ω', 'ж'),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(stringWidth(text)).toBe(libraryWidth(text));
      }),
      { numRuns: 2000 },
    );
    expect(stringWidth('\u001B[36m❯ Deutsch\u001B[39m')).toBe(9);
    expect(stringWidth('\u001B[2mauswählen\u001B[22m\u001B[?25l')).toBe(9);
    expect(stringWidth('漢字 ✅')).toBe(7);
  });

  it('every text of every language and every label is written in those characters (so none waits for the library)', () => {
    const texts = readdirSync(LOCALES_DIR)
      .filter((name) => name.endsWith('.json'))
      .flatMap((name) => allStrings(JSON.parse(readFileSync(join(LOCALES_DIR, name), 'utf8'))));
    texts.push(...allStrings(GUIDES));
    expect(texts.length).toBeGreaterThan(500);
    const outside = new Set(texts.flatMap((text) => [...text].filter((char) => char !== '\n' && !oneColumn.test(char))));
    expect([...outside]).toEqual([]);
  });
});
