import { describe, expect, it } from 'vitest';
import { findGuide } from '../../src/core/catalogue.js';
import { emptyState } from '../../src/core/progress.js';
import { createContext } from '../../src/context.js';
import { recorded } from '../../src/commands/guide/record.js';
import { createSession } from '../../src/commands/guide/session.js';
import type { StateStore } from '../../src/state/store.js';
import { createHarness, FIXED_NOW } from '../helpers/app.js';

// The two parts of the guide that decide what is saved, called directly: what an answer records,
// and what a save that throws something other than a file problem does.

const AI = findGuide('generative-ai')!;
const AT = FIXED_NOW.toISOString();

describe('recorded: what an answer writes into the progress', () => {
  it('a step done is done (not jumped over), and nothing else is touched', () => {
    const next = recorded(emptyState(), AI, 'web', [{ kind: 'done', step: 1 }], FIXED_NOW);
    expect(next.guides['generative-ai']).toEqual({ platform: 'web', steps: { 'data-privacy': { doneAt: AT } } });
  });

  it('the check answered is recorded as the check, not as steps jumped over', () => {
    const next = recorded(emptyState(), AI, 'web', [{ kind: 'verify', result: 'yes' }], FIXED_NOW);
    expect(next.guides['generative-ai']).toEqual({ platform: 'web', steps: {}, verification: { result: 'yes', at: AT } });
  });

  it('steps jumped over are [from, to), recorded as skipped', () => {
    const next = recorded(emptyState(), AI, 'web', [{ kind: 'skip', from: 1, to: 3 }], FIXED_NOW);
    expect(next.guides['generative-ai']).toEqual({
      platform: 'web',
      steps: { 'data-privacy': { skippedAt: AT }, 'generative-ai-setting': { skippedAt: AT } },
    });
  });

  it('a jump over no step records nothing: the same progress, so that nothing is saved', () => {
    const state = emptyState();
    expect(recorded(state, AI, 'web', [{ kind: 'skip', from: 2, to: 2 }], FIXED_NOW)).toBe(state);
  });
});

describe('a save that throws something other than a file problem', () => {
  it('is not reported as a failed save: the error goes on, to end the run as the bug it is', async () => {
    const app = createHarness();
    const context = createContext({ color: false, lang: 'en' }, app.deps);
    const store = {
      path: app.statePath,
      keptDamaged: false,
      write: () => Promise.reject(new TypeError('a bug, not a file problem')),
    } as unknown as StateStore;
    const session = createSession(context, store, emptyState());
    await expect(session.save(emptyState(), 'generative-ai')).rejects.toThrow('a bug, not a file problem');
    expect(app.stderr()).toBe('');
    expect(session.unsaved).toEqual([]);
  });
});
