import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats, unlinkSync, writeSync } from 'node:fs';
import { codeOf, FileError, reasonOf } from './file-reason.js';
import { isAlive } from './process.js';

/** A lock older than this was left by a process that died; a save takes milliseconds. */
const STALE_LOCK_MS = 10_000;
/** A lock still without a pid after this long was left by a run killed while taking it. */
const UNWRITTEN_LOCK_MS = 1_000;
/** How long a save waits for another run's save to finish before giving up with a message. */
const LOCK_WAIT_MS = 3_000;
/** How far ahead of the clock a lock's time may be (file systems round); beyond, the clock was wrong. */
const FUTURE_TOLERANCE_MS = 1_000;

export interface LockOptions {
  readonly now?: () => number;
  readonly waitMs?: number;
  /** Written into the lock after the pid: the temporary file its holder is about to create. */
  readonly note?: string;
  /** Given the note of a stale lock before it is removed: what its holder, now gone, left behind. */
  readonly onStale?: (note: string) => void;
}

/**
 * Takes `<file>.lock`: created exclusively (O_EXCL never follows a link or opens a pipe) and holding
 * our pid. A lock whose process is gone, that is older than any save could take, or that is dated in
 * the future, is stale and removed. The wait has an end, checked on every pass, and between passes
 * the event loop runs, so Ctrl+C and SIGTERM are handled. Resolves to the release function; throws
 * FileError ('locked', 'lock-in-the-way', or the system's reason).
 */
export async function takeLock(lockPath: string, options: LockOptions = {}): Promise<() => void> {
  const now = options.now ?? Date.now;
  const deadline = now() + (options.waitMs ?? LOCK_WAIT_MS);
  for (;;) {
    const release = tryCreate(lockPath, options.note);
    if (release) return release;
    const stale = staleLock(lockPath, now());
    if (stale !== undefined) {
      try {
        // Only if it is still the same file: another run may have replaced it meanwhile.
        if (lstatSync(lockPath).ino === stale) {
          // What the gone holder left is cleared while its lock still names it: killed between the
          // two, this run leaves a lock whose note the next run reads again, never a nameless leftover.
          const note = readLock(lockPath).note;
          if (note !== undefined) options.onStale?.(note);
          unlinkSync(lockPath);
        }
        continue;
      } catch (error) {
        // Gone already: try again. Not ours to remove (a shared folder): wait, then give up.
        if (codeOf(error) === 'ENOENT') continue;
      }
    }
    if (now() >= deadline) throw new FileError({ kind: 'locked' });
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}

function tryCreate(lockPath: string, note = ''): (() => void) | undefined {
  let descriptor: number;
  try {
    descriptor = openSync(lockPath, 'wx', 0o600);
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return undefined;
    throw new FileError(reasonOf(error));
  }
  try {
    writeSync(descriptor, `${process.pid}\n${note}`);
  } catch (error) {
    // A lock we created but could not fill (a full disk) is ours to remove.
    closeSync(descriptor);
    removeQuietly(lockPath);
    throw new FileError(reasonOf(error));
  }
  closeSync(descriptor);
  return () => removeQuietly(lockPath);
}

/**
 * The inode of the lock if it is stale. Anything but a regular file (a folder, a pipe, a link) is
 * not a lock of ours and is never opened or removed: the save fails at once, saying what is in the way.
 */
function staleLock(lockPath: string, now: number): number | undefined {
  let info: Stats;
  try {
    info = lstatSync(lockPath);
  } catch {
    // Gone meanwhile: the next attempt takes it.
    return undefined;
  }
  if (!info.isFile()) throw new FileError({ kind: 'lock-in-the-way', path: lockPath });
  const age = now - info.mtimeMs;
  if (age > STALE_LOCK_MS || age < -FUTURE_TOLERANCE_MS) return info.ino;
  const { pid } = readLock(lockPath);
  // Without a pid: either its writer is just writing it, or was killed before it could.
  if (pid === undefined) return age > UNWRITTEN_LOCK_MS ? info.ino : undefined;
  return isAlive(pid) ? undefined : info.ino;
}

/** The pid and the note in a lock (a few hundred bytes at most). */
function readLock(lockPath: string): { pid: number | undefined; note: string | undefined } {
  let descriptor: number;
  try {
    descriptor = openSync(lockPath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return { pid: undefined, note: undefined };
  }
  let text = '';
  try {
    // Only a regular file is read: it may have been replaced since it was looked at.
    if (fstatSync(descriptor).isFile()) {
      const buffer = Buffer.alloc(512);
      text = buffer.subarray(0, readSync(descriptor, buffer, 0, buffer.length, 0)).toString('utf8');
    }
  } catch {
    // Unreadable: no pid.
  } finally {
    closeSync(descriptor);
  }
  const [first = '', note] = text.split('\n');
  const pid = Number.parseInt(first, 10);
  return { pid: Number.isInteger(pid) && pid > 0 ? pid : undefined, note: note || undefined };
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Never created, or already gone.
  }
}
