import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUSY_RETRY_DELAYS, retryWhileBusy, writeFileAtomically } from '../../src/state/atomic-file.js';
import { StateStore } from '../../src/state/store.js';
import { emptyState, markStepDone } from '../../src/core/progress.js';
import { findGuide } from '../../src/core/catalogue.js';
import { tempDir } from '../helpers/temp.js';

// A file another program holds open, as on Windows (a virus scanner, the search indexer, a backup
// tool): a rename over it fails with EPERM, EACCES or EBUSY until that program lets go.
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return { ...real, renameSync: vi.fn(real.renameSync) };
});

const real = await vi.importActual<typeof import('node:fs')>('node:fs');
const mocked = vi.mocked(fs);

afterEach(() => {
  vi.resetAllMocks();
});

const systemError = (code: string) => Object.assign(new Error(`${code}: operation not permitted, rename`), { code });

/** The rename fails `times` times with `code`, then works again. */
function busyFor(times: number, code = 'EPERM'): void {
  let left = times;
  mocked.renameSync.mockImplementation((from, to) => {
    if (left > 0) {
      left -= 1;
      throw systemError(code);
    }
    real.renameSync(from, to);
  });
}

const total = BUSY_RETRY_DELAYS.reduce((sum, delay) => sum + delay, 0);
const now = () => new Date('2026-11-24T10:00:00.000Z');
const ai = findGuide('generative-ai')!;
const first = markStepDone(emptyState(), ai, 'web', 'settings', now());
const second = markStepDone(first, ai, 'web', 'data-privacy', now());

describe('retryWhileBusy', () => {
  it.each(['EPERM', 'EACCES', 'EBUSY'])('%s: tried again after each delay, then the last failure', (code) => {
    const action = vi.fn(() => {
      throw systemError(code);
    });
    expect(() => retryWhileBusy(action, [1, 1, 1])).toThrow(code);
    expect(action).toHaveBeenCalledTimes(4);
  });

  it.each(['ENOSPC', 'ENOENT', 'EXDEV', undefined])('%s is not a busy file: not tried again', (code) => {
    const action = vi.fn(() => {
      throw code === undefined ? new Error('plain') : systemError(code);
    });
    expect(() => retryWhileBusy(action, [1, 1, 1])).toThrow();
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('the whole wait is bounded: about 1.3 s', () => {
    expect(total).toBeGreaterThanOrEqual(1000);
    expect(total).toBeLessThanOrEqual(1500);
  });
});

describe('a progress file another program holds for a moment', () => {
  it('the rename over it is tried again until it works: saved, no temporary file left', () => {
    const path = join(tempDir(), 'progress.json');
    real.writeFileSync(path, 'old');
    busyFor(3);
    writeFileAtomically(path, 'new', { mode: 0o600 });
    expect(mocked.renameSync).toHaveBeenCalledTimes(4);
    expect(real.readFileSync(path, 'utf8')).toBe('new');
    expect(real.readdirSync(dirname(path))).toEqual(['progress.json']);
  });

  it('held for longer than the bounded wait: the save fails with the reason, the old file whole; the answer is kept and saved at the next chance', async () => {
    const path = join(tempDir(), 'progress.json');
    const store = new StateStore(path, now);
    await store.write(emptyState());
    const before = real.readFileSync(path, 'utf8');
    busyFor(Number.POSITIVE_INFINITY);
    const started = Date.now();
    await expect(store.write(first)).rejects.toMatchObject({ kind: 'write-failed', reason: { kind: 'system', code: 'EPERM' } });
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(total - 50);
    expect(waited).toBeLessThan(total + 2000);
    expect(real.readFileSync(path, 'utf8')).toBe(before);
    expect(real.readdirSync(dirname(path))).toEqual(['progress.json']);
    // What could not be saved is known …
    expect(store.unsaved?.guides['generative-ai']?.steps).toHaveProperty('settings');
    // … and saved with the next save, even one that does not carry it.
    busyFor(0);
    const onlySecond = markStepDone(emptyState(), ai, 'web', 'data-privacy', now());
    await store.write(onlySecond);
    expect(store.unsaved).toBeUndefined();
    const steps = JSON.parse(real.readFileSync(path, 'utf8')).guides['generative-ai'].steps;
    expect(Object.keys(steps).sort()).toEqual(['data-privacy', 'settings']);
    expect(second.guides['generative-ai']?.steps).toEqual(steps);
  });

  it('a damaged file that is held for a moment is still set aside', async () => {
    const path = join(tempDir(), 'progress.json');
    real.writeFileSync(path, '{ not json', { mode: 0o600 });
    busyFor(2, 'EACCES');
    const store = new StateStore(path, now);
    const movedTo = await store.setAside();
    expect(real.readFileSync(movedTo, 'utf8')).toBe('{ not json');
    expect(real.existsSync(path)).toBe(false);
  });

  it('nothing waits after a reset of this run', async () => {
    const path = join(tempDir(), 'progress.json');
    const store = new StateStore(path, now);
    await store.write(first);
    busyFor(Number.POSITIVE_INFINITY, 'EBUSY');
    await expect(store.write(second)).rejects.toMatchObject({ reason: { code: 'EBUSY' } });
    expect(store.unsaved).toBeDefined();
    busyFor(0);
    expect(await store.remove()).toBe(true);
    expect(store.unsaved).toBeUndefined();
  });
});
