// Synchronous calls on purpose: the file is tiny, a signal cannot arrive halfway through a write
// (handlers run between synchronous calls), and node:fs/promises plus node:crypto would add about
// 5 ms to every start (measured with scripts/bench.js).
import {
  chmodSync,
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { emptyState, mergeStates, type ProgressState } from '../core/progress.js';
import { parseState, serializeState, type StateProblem } from '../core/state-schema.js';

/** A progress file is a few kilobytes; anything far larger is not ours and is not read into memory. */
const MAX_FILE_SIZE = 1024 * 1024;
/** A lock older than this was left by a process that died; a save takes milliseconds. */
const STALE_LOCK_MS = 10_000;
/** A lock still without a pid after this long was left by a run killed while taking it. */
const UNWRITTEN_LOCK_MS = 1_000;
/** How long a save waits for another run's save to finish before giving up with a message. */
const LOCK_WAIT_MS = 3_000;

export type ReadOutcome =
  | { readonly kind: 'missing'; readonly state: ProgressState }
  | { readonly kind: 'loaded'; readonly state: ProgressState }
  | { readonly kind: 'broken'; readonly problem: StateProblem };

export type StateErrorKind = 'unreadable' | 'write-failed' | 'future-version';

/** A problem with the progress file that the user has to know about; the message is added by the caller. */
export class StateError extends Error {
  constructor(
    readonly kind: StateErrorKind,
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${kind}: ${path}: ${reason}`);
    this.name = 'StateError';
  }
}

export class StateStore {
  /** Where the data really is: a symbolic link given as the path is followed, once, here. */
  readonly path: string;

  constructor(
    path: string,
    private readonly now: () => Date,
  ) {
    let real = path;
    try {
      if (lstatSync(path).isSymbolicLink()) real = realpathSync(path);
    } catch {
      // Missing, or a link to nothing: reading says so in its own words.
    }
    this.path = real;
  }

  /** A missing file is a fresh start; a file that cannot be read at all throws a StateError. */
  async read(): Promise<ReadOutcome> {
    let text: string;
    try {
      const info = statSync(this.path);
      if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      // /dev/null, a pipe, a device: never read as progress, never moved aside, never replaced.
      if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREGULAR' });
      if (info.size > MAX_FILE_SIZE) return { kind: 'broken', problem: { kind: 'wrong-shape', reason: 'far too large' } };
      text = readFileSync(this.path, 'utf8');
      if ((info.mode & 0o077) !== 0) tightenPermissions(this.path, 0o600);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return { kind: 'missing', state: emptyState() };
      throw new StateError('unreadable', this.path, describe(error));
    }
    const parsed = parseState(text);
    if (parsed.ok) return { kind: 'loaded', state: parsed.state };
    return { kind: 'broken', problem: parsed.problem };
  }

  /** Moves a broken file out of the way, keeping it for the user; returns where it went. */
  async setAside(): Promise<string> {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const target = `${this.path}.broken-${stamp}`;
    try {
      renameSync(this.path, target);
    } catch (error) {
      throw new StateError('write-failed', this.path, describe(error));
    }
    return target;
  }

  /**
   * Saves the state merged with what is on disk (another run may have recorded steps meanwhile),
   * under a lock so that two runs cannot interleave their read and write, and atomically: a
   * temporary file in the same directory, flushed, then renamed over the old one. Returns what
   * was written. Nothing already saved is damaged when this fails.
   */
  async write(state: ProgressState): Promise<ProgressState> {
    try {
      mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
    } catch (error) {
      throw new StateError('write-failed', this.path, describe(error));
    }
    const releaseLock = this.lock();
    try {
      const outcome = await this.read();
      if (outcome.kind === 'broken') {
        if (outcome.problem.kind === 'future-version') throw new StateError('future-version', this.path, String(outcome.problem.version));
        throw new StateError('write-failed', this.path, 'CHANGED');
      }
      const merged = outcome.kind === 'loaded' ? mergeStates(outcome.state, state) : state;
      this.replace(serializeState(merged));
      return merged;
    } finally {
      releaseLock();
    }
  }

  private replace(content: string): void {
    this.removeLeftovers();
    // Unique enough: 'wx' refuses to reuse an existing name rather than overwrite it.
    const temporary = `${this.path}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
    try {
      const descriptor = openSync(temporary, 'wx', 0o600);
      try {
        const bytes = Buffer.from(content, 'utf8');
        let written = 0;
        while (written < bytes.length) written += writeSync(descriptor, bytes, written);
        fsyncSync(descriptor);
      } finally {
        closeSync(descriptor);
      }
      renameSync(temporary, this.path);
      syncFolder(dirname(this.path));
    } catch (error) {
      removeQuietly(temporary);
      throw new StateError('write-failed', this.path, describe(error));
    }
  }

  /** Temporary files of runs that were killed mid-write (their process is gone) are removed. */
  private removeLeftovers(): void {
    const folder = dirname(this.path);
    const prefix = `${basename(this.path)}.`;
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names) {
      const pid = /^(\d+)\.[a-z0-9]+\.tmp$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '')?.[1];
      if (pid !== undefined && !isAlive(Number(pid))) removeQuietly(join(folder, name));
    }
  }

  /**
   * Takes `<file>.lock` (created exclusively, holding our pid). A lock whose process is gone, or
   * that is older than any save could take, is stale and removed. Returns the release function.
   */
  private lock(): () => void {
    const lockPath = `${this.path}.lock`;
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (;;) {
      let created = false;
      try {
        const descriptor = openSync(lockPath, 'wx', 0o600);
        created = true;
        try {
          writeSync(descriptor, `${process.pid}\n`);
        } finally {
          closeSync(descriptor);
        }
        return () => removeQuietly(lockPath);
      } catch (error) {
        // A lock we created but could not fill (a full disk) is ours to remove.
        if (created) removeQuietly(lockPath);
        if (codeOf(error) !== 'EEXIST') throw new StateError('write-failed', this.path, describe(error));
      }
      if (isStale(lockPath)) {
        removeQuietly(lockPath);
        continue;
      }
      if (Date.now() > deadline) throw new StateError('write-failed', this.path, 'LOCKED');
      sleep(15);
    }
  }

  /** Deletes the file; false when there was none. */
  async remove(): Promise<boolean> {
    try {
      const info = statSync(this.path);
      if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREGULAR' });
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return false;
      throw new StateError('write-failed', this.path, describe(error));
    }
    try {
      rmSync(this.path);
      return true;
    } catch (error) {
      throw new StateError('write-failed', this.path, describe(error));
    }
  }
}

function isStale(lockPath: string): boolean {
  try {
    const info = statSync(lockPath);
    if (Date.now() - info.mtimeMs > STALE_LOCK_MS) return true;
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    // Without a pid: either its writer is just writing it, or was killed before it could.
    if (!Number.isInteger(pid) || pid <= 0) return Date.now() - info.mtimeMs > UNWRITTEN_LOCK_MS;
    return !isAlive(pid);
  } catch {
    // Gone meanwhile: the next attempt takes it.
    return false;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // ESRCH: no such process. EPERM: it exists, under another user.
    return codeOf(error) !== 'ESRCH';
  }
}

/** Makes the rename itself durable, so that after a power cut the file is not the old one again. */
function syncFolder(folder: string): void {
  try {
    const descriptor = openSync(folder, 'r');
    try {
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
  } catch {
    // Some file systems do not sync folders; the rename has happened all the same.
  }
}

function sleep(milliseconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Never created, or already gone.
  }
}

/** A progress file others can read is made private again; if that is not allowed, it stays as it is. */
function tightenPermissions(path: string, mode: number): void {
  try {
    chmodSync(path, mode);
  } catch {
    // Not ours to change (another owner, a read-only file system): reading still works.
  }
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/**
 * Why a file operation failed, as a code the locale files turn into words (EACCES, ENOSPC, …, and
 * CHANGED and LOCKED of our own), or the system's message where there is no code.
 */
export function describeFileError(error: unknown): string {
  return describe(error);
}

function describe(error: unknown): string {
  return codeOf(error) ?? (error instanceof Error ? error.message : String(error));
}
