import { describe, expect, it } from 'vitest';
import { findGuide, type GuideDefinition } from '../../src/core/catalogue.js';
import { continuesFrom } from '../../src/commands/guide/route.js';

// The guides of the catalogue share at most their first two steps; a path that is the start of
// another, or the same path, is not in it today. Made-up paths test where continuing stops.
const ai = findGuide('generative-ai')!;
const path = (...steps: string[]): GuideDefinition => ({ ...ai, steps: { web: steps, app: steps } });

describe('continuesFrom: the last step of a path is a setting, never a way through', () => {
  it.each([
    // The previous guide ended on its setting, which is a step on the way of the next: the next starts there, not past it.
    ['previous path is the start of the next', path('settings', 'data-privacy'), path('settings', 'data-privacy', 'switch-off'), 1],
    // The next guide's own setting is always asked, however much of the way is shared.
    ['next path is the start of the previous', path('settings', 'data-privacy', 'switch-off'), path('settings', 'data-privacy'), 1],
    ['the same path', path('settings', 'data-privacy', 'switch-off'), path('settings', 'data-privacy', 'switch-off'), 2],
  ] as const)('%s', (_name, previous, next, expected) => {
    expect(continuesFrom(previous, next, 'web')).toBe(expected);
    expect(continuesFrom(previous, next, 'app')).toBe(expected);
  });
});
