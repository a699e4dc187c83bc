import libraryWidth from 'fast-string-width';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import stringWidth from '../../src/terminal/string-width.js';

// The library, counted: the quick measure exists so that the tool's own texts never wait for it.
vi.mock('fast-string-width', async (importOriginal) => {
  const actual = await importOriginal<typeof import('fast-string-width')>();
  return { default: vi.fn(actual.default) };
});

const library = vi.mocked(libraryWidth);

describe('the quick measure of the tool’s own texts', () => {
  beforeEach(() => {
    library.mockClear();
  });

  it.each([
    ['a plain line', 'Schritt 1 von 4: Öffnen Sie die Einstellung', 43],
    ['a choice in colour', '\u001B[36m❯ Deutsch\u001B[39m', 9],
    ['256 colours', '\u001B[38;5;208mwarn\u001B[39m', 4],
    ['the cursor hidden and shown', '\u001B[?25l? Frage\u001B[?25h', 7],
    ['a line erased, the cursor moved up and to a column', '\u001B[2K\u001B[1A\u001B[25G✔ done', 6],
    ['a position with row and column', '\u001B[1;5H↑↓ move', 7],
    ['an empty text', '', 0],
  ])('%s: measured without the library', (_name, text, width) => {
    expect(stringWidth(text)).toBe(width);
    expect(library).not.toHaveBeenCalled();
  });

  it('anything else goes to the library: another script, an emoji, a code it does not know, and any options', () => {
    expect(stringWidth('漢字')).toBe(4);
    expect(stringWidth('ok ✅')).toBe(5);
    expect(stringWidth('\u001B]8;;https://example.org\u0007link')).toBe(libraryWidth('\u001B]8;;https://example.org\u0007link'));
    expect(library).toHaveBeenCalledTimes(4);
    library.mockClear();
    // Options change what the library counts (here every ordinary character as two columns): the library decides.
    expect(stringWidth('abc', { regularWidth: 2 })).toBe(6);
    expect(library).toHaveBeenCalledTimes(1);
  });
});
