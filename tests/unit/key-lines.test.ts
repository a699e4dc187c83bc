import { describe, expect, it } from 'vitest';
import { keyLines } from '../../src/terminal/inquirer-prompts.js';

describe('the key-help line under a question', () => {
  const items = ['↑↓ move', 'space select', 'a all', 'i invert', '⏎ go on'];

  it('stays one line where it fits', () => {
    expect(keyLines(items, ' • ', 80)).toBe('↑↓ move • space select • a all • i invert • ⏎ go on');
  });

  it('breaks between items, never inside one, at 40 columns and narrower', () => {
    expect(keyLines(items, ' • ', 40).split('\n')).toEqual(['↑↓ move • space select • a all', 'i invert • ⏎ go on']);
    const narrow = keyLines(items, ' • ', 20).split('\n');
    expect(narrow).toEqual(['↑↓ move', 'space select • a all', 'i invert • ⏎ go on']);
    for (const line of narrow) expect(line.length).toBeLessThanOrEqual(20);
  });

  it('an item wider than the width stays whole, on its own line, with no empty line before it', () => {
    expect(keyLines(['9 choices in all; ↑↓ scrolls', 'a all'], ' • ', 10)).toBe('9 choices in all; ↑↓ scrolls\na all');
  });

  it('counts only visible characters, not colour codes', () => {
    const coloured = items.map((item) => `\u001b[1m${item}\u001b[22m`);
    expect(keyLines(coloured, ' • ', 40).split('\n')).toHaveLength(2);
  });
});
