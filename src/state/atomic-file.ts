import { closeSync, fchmodSync, fchownSync, fsyncSync, lstatSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { codeOf, FileError, reasonOf } from './file-reason.js';
import { isOwnedByUser } from './ownership.js';

export interface AtomicWriteOptions {
  /** The new file's mode, e.g. 0o600. */
  readonly mode: number;
  /** Root replacing a user's file keeps it theirs, so that their next run can still write it. */
  readonly owner?: { readonly uid: number; readonly gid: number } | undefined;
  /** The temporary file's name, when the caller has noted it somewhere first (see temporaryName). */
  readonly temporary?: string;
}

/** A name for the temporary file next to `path`; 'wx' refuses to reuse an existing one. */
export function temporaryName(path: string): string {
  return `${path}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
}

/**
 * Replaces `path` with `content` so that it is always either the whole old or the whole new file: a
 * temporary file in the same folder (created exclusively, so never through a link), flushed, then
 * renamed over the old one. A full disk leaves the old file as it was. Throws FileError.
 */
export function writeFileAtomically(path: string, content: string, options: AtomicWriteOptions): void {
  const temporary = options.temporary ?? temporaryName(path);
  try {
    const descriptor = openSync(temporary, 'wx', options.mode);
    try {
      const bytes = Buffer.from(content);
      let written = 0;
      while (written < bytes.length) written += writeSync(descriptor, bytes, written);
      if (options.owner) fchownSync(descriptor, options.owner.uid, options.owner.gid);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    retryWhileBusy(() => renameSync(temporary, path));
    syncFolder(dirname(path));
  } catch (error) {
    removeQuietly(temporary);
    throw new FileError(reasonOf(error));
  }
}

/**
 * Waits before each new try of an operation that another program blocked: 10 ms, doubling, about
 * 1.3 s in all. On Windows a virus scanner, the search indexer or a backup tool that has the file
 * open makes a rename over it fail with EPERM, EACCES or EBUSY for a moment (npm's graceful-fs
 * retries the same codes); elsewhere these codes are lasting and cost the same short wait once.
 */
export const BUSY_RETRY_DELAYS: readonly number[] = [10, 20, 40, 80, 160, 320, 640];
const BUSY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);

/**
 * Runs `action` (synchronous, as every write of the progress file is) and tries again after each
 * delay while it fails with a code that means "busy"; the last failure is thrown as it came.
 */
export function retryWhileBusy<T>(action: () => T, delays: readonly number[] = BUSY_RETRY_DELAYS): T {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return action();
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !BUSY_CODES.has(codeOf(error) ?? '')) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, delay);
    }
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

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Never created, or already gone.
  }
}

/**
 * Removes the temporary file a lock named, left by a run that is gone: only a name of the tool's
 * pattern next to `path` (a note cannot point elsewhere), and only a regular file of this user.
 */
export function removeLeftover(path: string, note: string): void {
  const prefix = `${basename(path)}.`;
  if (!note.startsWith(prefix) || !/^\d+\.[a-z0-9]+\.tmp$/.test(note.slice(prefix.length))) return;
  const leftover = join(dirname(path), note);
  try {
    const info = lstatSync(leftover);
    if (info.isFile() && isOwnedByUser(info)) unlinkSync(leftover);
  } catch {
    // Never created, or gone meanwhile.
  }
}

/**
 * Takes away what others may do, and never gives anything: a read-only file (0444; on Windows the
 * read-only attribute, which Node maps to the owner's write bit) stays read-only. If that is not
 * allowed (a read-only file system), the file stays as it is: reading still works.
 */
export function tightenPermissions(descriptor: number, mode: number): void {
  try {
    fchmodSync(descriptor, mode & 0o700);
  } catch {
    // Not ours to change.
  }
}
