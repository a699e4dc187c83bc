import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomically } from '../../src/state/atomic-file.js';
import { takeLock } from '../../src/state/lock.js';
import { writeOutputFile } from '../../src/state/output-file.js';
import { isAlive } from '../../src/state/process.js';
import { StateStore } from '../../src/state/store.js';
import { emptyState, markStepDone } from '../../src/core/progress.js';
import { findGuide } from '../../src/core/catalogue.js';
import { tempDir } from '../helpers/temp.js';

// What the lock, the atomic write, output files and the store do when the file system fails or
// changes under them: a full disk, a file another run removed or replaced between two calls, a
// folder that cannot be synced or made. Each `node:fs` function below is the real one until a test
// makes it fail; after each test it is the real one again (mockReset restores vi.fn's own).
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return {
    ...real,
    openSync: vi.fn(real.openSync),
    writeSync: vi.fn(real.writeSync),
    fsyncSync: vi.fn(real.fsyncSync),
    lstatSync: vi.fn(real.lstatSync),
    statSync: vi.fn(real.statSync),
    readFileSync: vi.fn(real.readFileSync),
    fchmodSync: vi.fn(real.fchmodSync),
    mkdirSync: vi.fn(real.mkdirSync),
    unlinkSync: vi.fn(real.unlinkSync),
  };
});

const real = await vi.importActual<typeof import('node:fs')>('node:fs');
const mocked = vi.mocked(fs);

afterEach(() => {
  vi.resetAllMocks();
});

const systemError = (code: string) => Object.assign(new Error(code), { code });
/** A pid no process has (above Linux's limit of 2^22). */
const GONE = 999_999_999;

/**
 * Writes a lock dated by this process's clock, which a test run may have set to another month
 * (faketime): a lock's age is that clock against the file's time.
 */
function writeLock(path: string, content: string): void {
  real.writeFileSync(path, content);
  real.utimesSync(path, new Date(), new Date());
}

/** A lock left by a process that is gone, dated now. */
function staleLock(): string {
  const path = join(tempDir(), 'progress.json.lock');
  writeLock(path, `${GONE}\n`);
  return path;
}

describe('the lock when the file system changes under it', () => {
  it('a stale lock another run removes first: this run takes the lock on the next pass', async () => {
    const path = staleLock();
    mocked.unlinkSync.mockImplementationOnce((target) => {
      real.unlinkSync(target);
      throw systemError('ENOENT');
    });
    const release = await takeLock(path, { waitMs: 0 });
    expect(real.readFileSync(path, 'utf8')).toBe(`${process.pid}\n`);
    release();
    expect(real.existsSync(path)).toBe(false);
  });

  it('a stale lock that may not be removed (another user’s, in a shared folder): waits, then gives up', async () => {
    const path = staleLock();
    mocked.unlinkSync.mockImplementation(() => {
      throw systemError('EPERM');
    });
    await expect(takeLock(path, { waitMs: 0 })).rejects.toMatchObject({ reason: { kind: 'locked' } });
    expect(real.readFileSync(path, 'utf8')).toBe(`${GONE}\n`);
  });

  it('a stale lock replaced by another run’s fresh one meanwhile: the fresh one is left alone', async () => {
    const path = staleLock();
    let looks = 0;
    mocked.lstatSync.mockImplementation(((target: string) => {
      // The second look is the one just before removing: by then another run has put its own lock
      // there (a new file, so a new inode).
      looks += 1;
      if (looks === 2) {
        writeLock(`${path}.new`, `${process.ppid}\n`);
        real.renameSync(`${path}.new`, path);
      }
      return real.lstatSync(target);
    }) as typeof fs.lstatSync);
    await expect(takeLock(path, { waitMs: 0 })).rejects.toMatchObject({ reason: { kind: 'locked' } });
    expect(real.readFileSync(path, 'utf8')).toBe(`${process.ppid}\n`);
  });

  it('a lock that vanishes between the failed attempt and the look at it: taken on the next pass', async () => {
    const path = join(tempDir(), 'progress.json.lock');
    writeLock(path, `${process.ppid}\n`);
    mocked.lstatSync.mockImplementationOnce(((target: string) => {
      real.unlinkSync(target);
      return real.lstatSync(target);
    }) as typeof fs.lstatSync);
    const release = await takeLock(path, { waitMs: 1_000 });
    expect(real.readFileSync(path, 'utf8')).toBe(`${process.pid}\n`);
    release();
  });

  it('a lock that cannot be opened to read its pid counts as one still being written', async () => {
    const path = join(tempDir(), 'progress.json.lock');
    writeLock(path, `${GONE}\n`);
    // Reading is opened with numeric flags; taking the lock with 'wx'.
    mocked.openSync.mockImplementation(((target: string, flags: string | number, mode?: number) => {
      if (typeof flags === 'number') throw systemError('EACCES');
      return real.openSync(target, flags, mode);
    }) as typeof fs.openSync);
    await expect(takeLock(path, { waitMs: 0 })).rejects.toMatchObject({ reason: { kind: 'locked' } });
    expect(real.readFileSync(path, 'utf8')).toBe(`${GONE}\n`);
  });

  it('a lock that cannot be filled with the pid (a full disk) is removed, and the reason given', async () => {
    const path = join(tempDir(), 'progress.json.lock');
    mocked.writeSync.mockImplementationOnce(() => {
      throw systemError('ENOSPC');
    });
    await expect(takeLock(path)).rejects.toMatchObject({ reason: { kind: 'system', code: 'ENOSPC' } });
    expect(real.existsSync(path)).toBe(false);
  });
});

describe('the atomic write, as the file system sees it', () => {
  it('a temporary file is named after the file, the process and a random part, as a lock notes it', () => {
    const dir = tempDir();
    const path = join(dir, 'progress.json');
    writeFileAtomically(path, '{}', { mode: 0o600 });
    const temporary = String(mocked.openSync.mock.calls[0]?.[0]);
    expect(temporary).toMatch(new RegExp(`^${path.replace(/[.]/g, '\\.')}\\.${process.pid}\\.[a-z0-9]{1,8}\\.tmp$`));
    expect(real.readdirSync(dir)).toEqual(['progress.json']);
  });

  it('the file is flushed, renamed, and then its folder flushed, so the rename survives a power cut', () => {
    const dir = tempDir();
    const path = join(dir, 'progress.json');
    const events: string[] = [];
    mocked.fsyncSync.mockImplementation((descriptor) => {
      events.push(`fsync ${real.fstatSync(descriptor).isDirectory() ? 'folder' : 'file'}`);
      real.fsyncSync(descriptor);
    });
    writeFileAtomically(path, '{"version": 1}', { mode: 0o600 });
    expect(events).toEqual(['fsync file', 'fsync folder']);
    expect(real.readFileSync(path, 'utf8')).toBe('{"version": 1}');
  });

  it('a folder that cannot be flushed (some file systems) still leaves the new file in place', () => {
    const path = join(tempDir(), 'progress.json');
    mocked.fsyncSync.mockImplementation((descriptor) => {
      if (real.fstatSync(descriptor).isDirectory()) throw systemError('EINVAL');
      real.fsyncSync(descriptor);
    });
    expect(() => writeFileAtomically(path, 'new', { mode: 0o600 })).not.toThrow();
    expect(real.readFileSync(path, 'utf8')).toBe('new');
  });

  it('a write that fails halfway (a full disk) leaves the old file whole and no temporary file', () => {
    const dir = tempDir();
    const path = join(dir, 'progress.json');
    real.writeFileSync(path, 'old');
    mocked.writeSync.mockImplementationOnce(() => {
      throw systemError('ENOSPC');
    });
    expect(() => writeFileAtomically(path, 'new', { mode: 0o600 })).toThrow(
      expect.objectContaining({ reason: expect.objectContaining({ kind: 'system', code: 'ENOSPC' }) }),
    );
    expect(real.readdirSync(dir)).toEqual(['progress.json']);
    expect(real.readFileSync(path, 'utf8')).toBe('old');
  });
});

describe('an output file and the progress file it must not replace', () => {
  function folder(): { receipt: string; progress: string } {
    const dir = tempDir();
    return { receipt: join(dir, 'receipt.md'), progress: join(dir, 'progress.json') };
  }

  it('a new receipt next to an existing progress file, and a receipt over an old one with no progress file: written', () => {
    const { receipt, progress } = folder();
    real.writeFileSync(progress, '{"version": 1}');
    writeOutputFile(receipt, 'first', { protect: [progress] });
    real.unlinkSync(progress);
    writeOutputFile(receipt, 'second', { protect: [progress] });
    expect(real.readFileSync(receipt, 'utf8')).toBe('second');
  });

  it('a second name of the progress file (a hard link) is refused; the same inode number on another device is another file', () => {
    const { receipt, progress } = folder();
    real.writeFileSync(progress, '{"version": 1}');
    real.linkSync(progress, receipt);
    expect(() => writeOutputFile(receipt, 'receipt', { protect: [progress] })).toThrow(expect.objectContaining({ reason: { kind: 'progress-file' } }));
    expect(real.readFileSync(progress, 'utf8')).toBe('{"version": 1}');
    // A separate receipt, and the progress file as if on another file system with the receipt's inode number.
    real.unlinkSync(receipt);
    real.writeFileSync(receipt, 'old');
    const inode = real.statSync(receipt).ino;
    mocked.statSync.mockImplementation(((target: string) => {
      const info = real.statSync(target);
      return target === progress ? Object.assign(Object.create(Object.getPrototypeOf(info)), info, { ino: inode, dev: info.dev + 1 }) : info;
    }) as typeof fs.statSync);
    writeOutputFile(receipt, 'new', { protect: [progress] });
    expect(real.readFileSync(receipt, 'utf8')).toBe('new');
  });

  it('a receipt that cannot be looked at once its path is resolved: the reason, nothing written', () => {
    const { receipt, progress } = folder();
    real.writeFileSync(receipt, 'old');
    let looks = 0;
    mocked.lstatSync.mockImplementation(((target: string) => {
      looks += 1;
      if (looks === 2) throw systemError('EACCES');
      return real.lstatSync(target);
    }) as typeof fs.lstatSync);
    expect(() => writeOutputFile(receipt, 'new', { protect: [progress] })).toThrow(
      expect.objectContaining({ reason: expect.objectContaining({ kind: 'system', code: 'EACCES' }) }),
    );
    expect(real.readFileSync(receipt, 'utf8')).toBe('old');
  });
});

describe('the progress store when the file system fails', () => {
  const now = () => new Date('2026-11-24T10:00:00.000Z');
  const ai = findGuide('generative-ai')!;
  const saved = markStepDone(emptyState(), ai, 'web', 'settings', now());

  async function storeWithProgress(): Promise<{ path: string; store: StateStore }> {
    const path = join(tempDir(), 'progress.json');
    const store = new StateStore(path, now);
    await store.write(saved);
    return { path, store };
  }

  it('a save that cannot finish writing (a full disk): a StateError with the reason; the old file whole', async () => {
    const { path, store } = await storeWithProgress();
    const before = real.readFileSync(path, 'utf8');
    // The lock is taken (its pid written); then the disk is full.
    mocked.writeSync.mockImplementationOnce(real.writeSync as typeof fs.writeSync).mockImplementation(() => {
      throw systemError('ENOSPC');
    });
    await expect(store.write(emptyState())).rejects.toMatchObject({ kind: 'write-failed', reason: { kind: 'system', code: 'ENOSPC' } });
    mocked.writeSync.mockImplementation(real.writeSync as typeof fs.writeSync);
    expect(real.readFileSync(path, 'utf8')).toBe(before);
    // The lock was released.
    expect(real.readdirSync(dirname(path))).toEqual(['progress.json']);
  });

  it('a save whose folder cannot be made (no permission): a StateError with the reason, and no lock taken', async () => {
    const dir = tempDir();
    const store = new StateStore(join(dir, 'config', 'progress.json'), now);
    mocked.mkdirSync.mockImplementation(() => {
      throw systemError('EACCES');
    });
    await expect(store.write(saved)).rejects.toMatchObject({ kind: 'write-failed', reason: { kind: 'system', code: 'EACCES' } });
    expect(real.readdirSync(dir)).toEqual([]);
  });

  it('a save whose lock cannot be taken (a folder in its place): a StateError naming it; nothing written', async () => {
    const { path, store } = await storeWithProgress();
    const before = real.readFileSync(path, 'utf8');
    real.mkdirSync(`${path}.lock`);
    await expect(store.write(emptyState())).rejects.toMatchObject({ kind: 'write-failed', reason: { kind: 'lock-in-the-way', path: `${path}.lock` } });
    expect(real.readFileSync(path, 'utf8')).toBe(before);
  });

  it('a progress file that cannot be deleted: a StateError with the reason; the file kept', async () => {
    const { path, store } = await storeWithProgress();
    mocked.unlinkSync.mockImplementation(() => {
      throw systemError('EPERM');
    });
    await expect(store.remove()).rejects.toMatchObject({ kind: 'write-failed', reason: { kind: 'system', code: 'EPERM' } });
    expect(real.existsSync(path)).toBe(true);
  });

  it('a progress file that fails while being read (an I/O error): a StateError with the reason, not a crash', async () => {
    const { path } = await storeWithProgress();
    mocked.readFileSync.mockImplementation(() => {
      throw systemError('EIO');
    });
    await expect(new StateStore(path, now).read()).rejects.toMatchObject({ reason: { kind: 'system', code: 'EIO' } });
  });

  it('reading a private progress file changes nothing; one that others can read is made private', async () => {
    const { path } = await storeWithProgress();
    await new StateStore(path, now).read();
    expect(mocked.fchmodSync).not.toHaveBeenCalled();
    real.chmodSync(path, 0o644);
    await new StateStore(path, now).read();
    expect(mocked.fchmodSync).toHaveBeenCalledTimes(1);
    expect(real.statSync(path).mode & 0o777).toBe(0o600);
  });
});

describe('isAlive', () => {
  it.each([
    [process.pid, true],
    [GONE, false],
    [0, false],
    [-1, false],
    [Number.NaN, false],
    [1.5, false],
  ])('%s: %s', (pid, expected) => {
    expect(isAlive(pid)).toBe(expected);
  });

  it('a process of another user, which may not be signalled, is alive', () => {
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => {
      throw systemError('EPERM');
    });
    try {
      expect(isAlive(4242)).toBe(true);
      expect(kill).toHaveBeenCalledWith(4242, 0);
    } finally {
      kill.mockRestore();
    }
  });
});
