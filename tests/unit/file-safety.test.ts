import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  lchownSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGuide } from '../../src/core/catalogue.js';
import { emptyState, markStepDone, recordVerification } from '../../src/core/progress.js';
import { serializeState } from '../../src/core/state-schema.js';
import { takeLock } from '../../src/state/lock.js';
import { writeOutputFile } from '../../src/state/output-file.js';
import { StateStore } from '../../src/state/store.js';
import { deviceFile, tempDir } from '../helpers/temp.js';
import { IS_ROOT as isRoot, NOBODY as OTHER, sharedFolder } from '../helpers/users.js';

const now = () => new Date('2026-11-24T10:30:00.000Z');
const ai = findGuide('generative-ai')!;
const VALID = serializeState(markStepDone(emptyState(), ai, 'web', 'profile-menu', now()));

/** A file of the user running the tests, somewhere else, that must never be touched. */
function victim(content = 'precious\n'): string {
  const file = join(tempDir(), 'victim.txt');
  writeFileSync(file, content);
  chmodSync(file, 0o644);
  return file;
}

function unchanged(file: string, content = 'precious\n'): void {
  expect(readFileSync(file, 'utf8')).toBe(content);
  expect(statSync(file).mode & 0o777).toBe(0o644);
}

describe.skipIf(!isRoot)('a link planted by another user in a shared folder (run as root)', () => {
  function planted(): { path: string; target: string } {
    const target = victim();
    const path = join(sharedFolder(), 'progress.json');
    symlinkSync(target, path);
    lchownSync(path, OTHER, OTHER);
    return { path, target };
  }

  it('the store neither reads, changes the mode of, renames, overwrites nor deletes the target', async () => {
    const { path, target } = planted();
    const store = new StateStore(path, now);
    await expect(store.read()).rejects.toMatchObject({ kind: 'unreadable', reason: { kind: 'unsafe-link' } });
    await expect(store.write(emptyState())).rejects.toMatchObject({ kind: 'write-failed', reason: { kind: 'unsafe-link' } });
    await expect(store.setAside()).rejects.toMatchObject({ reason: { kind: 'unsafe-link' } });
    await expect(store.remove()).rejects.toMatchObject({ reason: { kind: 'unsafe-link' } });
    unchanged(target);
    expect(readdirSync(join(target, '..'))).toEqual(['victim.txt']);
  });

  it('even when the target holds a valid progress file', async () => {
    const target = victim(VALID);
    const path = join(sharedFolder(), 'progress.json');
    symlinkSync(target, path);
    lchownSync(path, OTHER, OTHER);
    await expect(new StateStore(path, now).remove()).rejects.toMatchObject({ reason: { kind: 'unsafe-link' } });
    unchanged(target, VALID);
  });

  it('--output through it is refused and the target kept', () => {
    const { path, target } = planted();
    expect(() => writeOutputFile(path, 'receipt')).toThrow(expect.objectContaining({ reason: { kind: 'unsafe-link' } }));
    unchanged(target);
  });
});

describe.skipIf(!isRoot)("another user's file (run as root)", () => {
  it('a link to it, even in a private folder, is not followed', async () => {
    const target = victim(VALID);
    chownSync(target, OTHER, OTHER);
    const path = join(tempDir(), 'progress.json');
    symlinkSync(target, path);
    await expect(new StateStore(path, now).write(emptyState())).rejects.toMatchObject({ reason: { kind: 'unsafe-link' } });
    expect(() => writeOutputFile(path, 'receipt')).toThrow(expect.objectContaining({ reason: { kind: 'unsafe-link' } }));
    unchanged(target, VALID);
  });

  it('in a shared folder: never replaced, renamed or deleted', async () => {
    const path = join(sharedFolder(), 'progress.json');
    writeFileSync(path, VALID, { mode: 0o644 });
    chmodSync(path, 0o644);
    chownSync(path, OTHER, OTHER);
    const store = new StateStore(path, now);
    await expect(store.write(emptyState())).rejects.toMatchObject({ kind: 'write-failed', reason: { kind: 'not-ours' } });
    await expect(store.remove()).rejects.toMatchObject({ kind: 'write-failed', reason: { kind: 'not-ours' } });
    expect(() => writeOutputFile(path, 'receipt')).toThrow(expect.objectContaining({ reason: { kind: 'not-ours' } }));
    unchanged(path, VALID);
    writeFileSync(path, 'not json', { mode: 0o644 });
    await expect(new StateStore(path, now).setAside()).rejects.toMatchObject({ kind: 'write-failed', reason: { kind: 'not-ours' } });
    expect(readdirSync(join(path, '..'))).toEqual(['progress.json']);
  });

  it("the user's own progress file, saved by root, still belongs to the user", async () => {
    const dir = tempDir();
    chownSync(dir, OTHER, OTHER);
    const path = join(dir, 'progress.json');
    writeFileSync(path, VALID, { mode: 0o600 });
    chownSync(path, OTHER, OTHER);
    await new StateStore(path, now).write(recordVerification(emptyState(), ai, 'web', 'yes', now()));
    expect(statSync(path)).toMatchObject({ uid: OTHER, gid: OTHER });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    writeOutputFile(join(dir, 'receipt.md'), 'old');
    chownSync(join(dir, 'receipt.md'), OTHER, OTHER);
    writeOutputFile(join(dir, 'receipt.md'), 'new');
    expect(statSync(join(dir, 'receipt.md'))).toMatchObject({ uid: OTHER, gid: OTHER });
  });
});

describe('reading changes nothing it has not checked', () => {
  it.each([
    ['plain text', 'my notes\n'],
    ['a file from a newer version', '{"version": 99}'],
  ])('%s readable by others keeps its mode', async (_name, content) => {
    const path = join(tempDir(), 'progress.json');
    writeFileSync(path, content);
    chmodSync(path, 0o644);
    expect((await new StateStore(path, now).read()).kind).toBe('broken');
    expect(statSync(path).mode & 0o777).toBe(0o644);
  });

  it('a valid progress file of the user is made private again', async () => {
    const path = join(tempDir(), 'progress.json');
    writeFileSync(path, VALID);
    chmodSync(path, 0o644);
    expect((await new StateStore(path, now).read()).kind).toBe('loaded');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('a link of the user to their own file is followed, and the link stays a link', async () => {
    const target = join(tempDir(), 'dotfiles-progress.json');
    writeFileSync(target, VALID, { mode: 0o600 });
    const path = join(tempDir(), 'progress.json');
    symlinkSync(target, path);
    const store = new StateStore(path, now);
    expect(store.path).toBe(target);
    await store.write(recordVerification(emptyState(), ai, 'web', 'yes', now()));
    expect(JSON.parse(readFileSync(target, 'utf8')).guides['generative-ai'].verification.result).toBe('yes');
  });

  it('a pipe in the place of the progress file is refused at once, never opened for good', async () => {
    const dir = tempDir();
    const path = join(dir, 'progress.json');
    expect(spawnSync('mkfifo', [path]).status).toBe(0);
    await expect(new StateStore(path, now).read()).rejects.toMatchObject({ reason: { kind: 'not-regular' } });
    await expect(new StateStore(path, now).write(emptyState())).rejects.toMatchObject({ reason: { kind: 'not-regular' } });
  });
});

describe('reset removes a valid progress file only', () => {
  it.each([
    ['plain text', 'my notes\n', 'not-progress'],
    ['damaged JSON', '{"version": 1, "gui', 'not-progress'],
    ['a file from a newer version', '{"version": 99}', 'future-version'],
  ])('%s is left alone', async (_name, content, kind) => {
    const path = join(tempDir(), 'progress.json');
    writeFileSync(path, content);
    await expect(new StateStore(path, now).remove()).rejects.toMatchObject({ kind });
    expect(readFileSync(path, 'utf8')).toBe(content);
  });
});

describe('reset while a guide runs', () => {
  it("wins: the guide's next save does not bring the old record back", async () => {
    const path = join(tempDir(), 'progress.json');
    const guide = new StateStore(path, now);
    const first = markStepDone(emptyState(), ai, 'web', 'profile-menu', now());
    await guide.write(first);
    expect(await new StateStore(path, now).remove()).toBe(true);
    await expect(guide.write(markStepDone(first, ai, 'web', 'settings', now()))).rejects.toMatchObject({ kind: 'write-failed', reason: { kind: 'reset' } });
    expect(existsSync(path)).toBe(false);
  });

  it('the run itself starting over (its own remove) saves again', async () => {
    const path = join(tempDir(), 'progress.json');
    const guide = new StateStore(path, now);
    await guide.write(markStepDone(emptyState(), ai, 'web', 'profile-menu', now()));
    await guide.remove();
    await guide.write(emptyState());
    expect(existsSync(path)).toBe(true);
  });
});

describe('the lock: every wait has an end', () => {
  function lockPath(): string {
    return join(tempDir(), 'progress.json.lock');
  }

  /** A lock written now, dated by this process's clock (which a test may have set to another month). */
  function freshLock(path: string, content: string): void {
    writeFileSync(path, content);
    utimesSync(path, new Date(), new Date());
  }

  it('a folder in the lock’s place: the save fails at once, naming it, and the folder stays', async () => {
    const path = lockPath();
    mkdirSync(path);
    const started = Date.now();
    await expect(takeLock(path)).rejects.toMatchObject({ reason: { kind: 'lock-in-the-way', path } });
    expect(Date.now() - started).toBeLessThan(500);
    expect(statSync(path).isDirectory()).toBe(true);
  });

  it('an old folder in the lock’s place too (it was never removed, so it was spun on forever)', async () => {
    const path = lockPath();
    mkdirSync(path);
    utimesSync(path, new Date('2020-01-01'), new Date('2020-01-01'));
    await expect(takeLock(path)).rejects.toMatchObject({ reason: { kind: 'lock-in-the-way' } });
  });

  it('a pipe in the lock’s place is never opened (that blocked forever)', async () => {
    const path = lockPath();
    expect(spawnSync('mkfifo', [path]).status).toBe(0);
    await expect(takeLock(path)).rejects.toMatchObject({ reason: { kind: 'lock-in-the-way' } });
  });

  it('a link in the lock’s place is neither followed nor removed', async () => {
    const path = lockPath();
    const target = victim();
    symlinkSync(target, path);
    await expect(takeLock(path)).rejects.toMatchObject({ reason: { kind: 'lock-in-the-way' } });
    unchanged(target);
  });

  it('a lock held by a live process: the save gives up after the wait, with "locked"', async () => {
    const path = lockPath();
    freshLock(path, `${process.ppid}\n`);
    const started = Date.now();
    await expect(takeLock(path, { waitMs: 200 })).rejects.toMatchObject({ reason: { kind: 'locked' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(readFileSync(path, 'utf8')).toBe(`${process.ppid}\n`);
  });

  it('while waiting, the event loop runs (so Ctrl+C and SIGTERM are handled)', async () => {
    const path = lockPath();
    freshLock(path, `${process.ppid}\n`);
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 20);
    await takeLock(path, { waitMs: 300 }).catch(() => undefined);
    clearInterval(timer);
    expect(ticks).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ['held by a process that is gone', (path: string) => writeFileSync(path, '999999999\n')],
    [
      'older than 10 s, even with a live pid',
      (path: string) => {
        writeFileSync(path, `${process.ppid}\n`);
        const old = new Date(Date.now() - 11_000);
        utimesSync(path, old, old);
      },
    ],
    [
      'dated in the future (a wrong clock)',
      (path: string) => {
        writeFileSync(path, `${process.ppid}\n`);
        const future = new Date(Date.now() + 3_600_000);
        utimesSync(path, future, future);
      },
    ],
    [
      'left empty for more than 1 s by a run killed while taking it',
      (path: string) => {
        writeFileSync(path, '');
        const old = new Date(Date.now() - 1_500);
        utimesSync(path, old, old);
      },
    ],
  ])('a stale lock (%s) is taken over', async (_name, make) => {
    const path = lockPath();
    make(path);
    const release = await takeLock(path, { waitMs: 100 });
    expect(readFileSync(path, 'utf8')).toBe(`${process.pid}\n`);
    release();
    expect(existsSync(path)).toBe(false);
  });

  it('a fresh lock of a live process is not stale', async () => {
    const path = lockPath();
    writeFileSync(path, `${process.ppid}\n`);
    const old = new Date(Date.now() - 9_000);
    utimesSync(path, old, old);
    await expect(takeLock(path, { waitMs: 50 })).rejects.toMatchObject({ reason: { kind: 'locked' } });
  });

  it('a lock still being written (no pid yet, under 1 s old) is waited for', async () => {
    const path = lockPath();
    freshLock(path, '');
    await expect(takeLock(path, { waitMs: 50 })).rejects.toMatchObject({ reason: { kind: 'locked' } });
  });
});

describe('output files (checklist --output, reminder --output)', () => {
  it('a new file: private (0600), whole, no temporary file left', () => {
    const dir = tempDir();
    writeOutputFile(join(dir, 'receipt.md'), 'receipt\n');
    expect(readFileSync(join(dir, 'receipt.md'), 'utf8')).toBe('receipt\n');
    expect(statSync(join(dir, 'receipt.md')).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['receipt.md']);
  });

  it('an existing file of the user is replaced, and made private', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'receipt.md'), 'old', { mode: 0o644 });
    writeOutputFile(join(dir, 'receipt.md'), 'new');
    expect(readFileSync(join(dir, 'receipt.md'), 'utf8')).toBe('new');
    expect(statSync(join(dir, 'receipt.md')).mode & 0o777).toBe(0o600);
  });

  it('overwrite: false keeps an existing file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'reminder.ics'), 'old');
    expect(() => writeOutputFile(join(dir, 'reminder.ics'), 'new', { overwrite: false })).toThrow(expect.objectContaining({ reason: { kind: 'exists' } }));
    expect(readFileSync(join(dir, 'reminder.ics'), 'utf8')).toBe('old');
    writeOutputFile(join(dir, 'fresh.ics'), 'new', { overwrite: false });
    expect(readFileSync(join(dir, 'fresh.ics'), 'utf8')).toBe('new');
  });

  it.each([
    ['the same path', (progress: string) => progress],
    [
      'a link to it',
      (progress: string) => {
        const link = join(tempDir(), 'link.md');
        symlinkSync(progress, link);
        return link;
      },
    ],
    [
      'a second name (hard link) of it',
      (progress: string) => {
        const other = join(progress, '..', 'other-name.md');
        linkSync(progress, other);
        return other;
      },
    ],
  ])('the progress file, given as %s, is refused and kept', (_name, pathFor) => {
    const progress = join(tempDir(), 'progress.json');
    writeFileSync(progress, VALID);
    expect(() => writeOutputFile(pathFor(progress), 'receipt', { protect: [progress] })).toThrow(
      expect.objectContaining({ reason: { kind: 'progress-file' } }),
    );
    expect(readFileSync(progress, 'utf8')).toBe(VALID);
  });

  it('the path of a progress file not written yet is refused too', () => {
    const progress = join(tempDir(), 'progress.json');
    expect(() => writeOutputFile(progress, 'receipt', { protect: [progress] })).toThrow(expect.objectContaining({ reason: { kind: 'progress-file' } }));
    expect(existsSync(progress)).toBe(false);
  });

  it('a pipe: refused at once, without blocking', () => {
    const path = join(tempDir(), 'fifo');
    expect(spawnSync('mkfifo', [path]).status).toBe(0);
    expect(() => writeOutputFile(path, 'receipt')).toThrow(expect.objectContaining({ reason: { kind: 'not-regular' } }));
  });

  it('a device (/dev/null) and a folder are refused', () => {
    expect(() => writeOutputFile(deviceFile(), 'receipt')).toThrow(expect.objectContaining({ reason: { kind: 'not-regular' } }));
    const dir = tempDir();
    expect(() => writeOutputFile(dir, 'receipt')).toThrow(expect.objectContaining({ reason: { kind: 'system', code: 'EISDIR', message: 'is a directory' } }));
  });

  it('a link to nothing is refused (a write would create a file where it points)', () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'nowhere'), join(dir, 'receipt.md'));
    expect(() => writeOutputFile(join(dir, 'receipt.md'), 'receipt')).toThrow(expect.objectContaining({ reason: { kind: 'unsafe-link' } }));
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
  });
});
