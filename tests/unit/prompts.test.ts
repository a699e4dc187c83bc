import { describe, expect, it } from 'vitest';
import { LINKS } from '../../src/core/catalogue.js';
import { ask, choose, confirm, isAccessible, isInteractive, type Prompts, qrCode, select } from '../../src/terminal/prompts.js';

const deps = (stdin: boolean, stdout: boolean, env: Record<string, string> = {}) =>
  ({ deps: { stdin: { isTTY: stdin }, stdout: { isTTY: stdout }, env } }) as never;

describe('whether questions can be asked', () => {
  it('only with a terminal at both ends', () => {
    expect(isInteractive(deps(true, true))).toBe(true);
    expect(isInteractive(deps(true, false))).toBe(false);
    expect(isInteractive(deps(false, true))).toBe(false);
  });

  it('not in CI, unless CI is empty, 0 or false (in any case)', () => {
    expect(isInteractive(deps(true, true, { CI: 'true' }))).toBe(false);
    expect(isInteractive(deps(true, true, { CI: '1' }))).toBe(false);
    for (const value of ['', '0', 'false', 'FALSE', 'False']) expect(isInteractive(deps(true, true, { CI: value }))).toBe(true);
  });
});

describe('whether the plain questions are used', () => {
  it('--accessible, ACCESSIBLE with a value that means yes, or TERM=dumb; nothing else', () => {
    expect(isAccessible(true, {})).toBe(true);
    expect(isAccessible(false, {})).toBe(false);
    expect(isAccessible(undefined, {})).toBe(false);
    expect(isAccessible(undefined, { ACCESSIBLE: 'yes' })).toBe(true);
    for (const value of ['', '0', 'false', 'FALSE']) expect(isAccessible(undefined, { ACCESSIBLE: value })).toBe(false);
    expect(isAccessible(undefined, { TERM: 'dumb' })).toBe(true);
    expect(isAccessible(undefined, { TERM: 'xterm-256color' })).toBe(false);
  });
});

describe('the QR code of a link', () => {
  it('has the quiet border of two modules a phone camera needs: one full line of blocks above (two rows to a line), two columns each side', async () => {
    const lines = (await qrCode(LINKS.objectionForm)).split('\n');
    expect(lines[0]).toMatch(/^█+$/);
    expect(lines[1]).toMatch(/^██ .* ██$/);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });
});

describe('the helpers the commands ask through', () => {
  it('hand the question to the context’s prompts as it is, the default as an option', async () => {
    const calls: unknown[][] = [];
    const prompts = {
      select: async (...args: unknown[]) => calls.push(['select', ...args]),
      choose: async (...args: unknown[]) => calls.push(['choose', ...args]),
      ask: async (...args: unknown[]) => calls.push(['ask', ...args]),
      confirm: async (...args: unknown[]) => calls.push(['confirm', ...args]),
    } as unknown as Prompts;
    const context = { prompts };
    const choices = [{ value: 1, name: 'One' }];
    await select(context, 'Which?', choices, 1, { completes: () => true });
    await select(context, 'Which?', choices);
    await choose(context, 'Which ones?', [{ value: 1, name: 'One', checked: true }]);
    await ask(context, 'Name?');
    await confirm(context, 'Sure?', { yes: 'Yes', no: 'No' }, false);
    expect(calls.map((call) => call[0])).toEqual(['select', 'select', 'choose', 'ask', 'confirm']);
    expect(calls[0]?.[3]).toMatchObject({ default: 1 });
    expect(calls[1]?.[3]).toEqual({});
    expect(calls[2]?.slice(1)).toEqual(['Which ones?', [{ value: 1, name: 'One', checked: true }]]);
    expect(calls[4]?.slice(1)).toEqual(['Sure?', { yes: 'Yes', no: 'No' }, false]);
  });
});
