import { describe, expect, it } from 'vitest';
import { terminalWidth, wrapFor } from '../../src/core/wrap.js';

describe('messages for a stream', () => {
  const hint = 'Paste it into the form where it asks what you object to: https://www.linkedin.com/help/linkedin/ask/TS-DPRO';

  it('a terminal gets its own width, even when stdout is a pipe', () => {
    const lines = wrapFor({ isTTY: true, columns: 40 }, hint).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line.length).toBeLessThanOrEqual(39);
    // Every word stays whole.
    expect(lines.join(' ').split(/\s+/)).toEqual(hint.split(/\s+/));
  });

  it('a pipe or a file gets the text as it is', () => {
    expect(wrapFor({ isTTY: false, columns: 40 }, hint)).toBe(hint);
    expect(wrapFor({}, `${hint}\n${hint}`)).toBe(`${hint}\n${hint}`);
  });

  it('the width: at most 99, at least 20, 79 when unknown', () => {
    expect(terminalWidth({ columns: 200 })).toBe(99);
    expect(terminalWidth({ columns: 10 })).toBe(20);
    expect(terminalWidth({})).toBe(79);
  });
});
