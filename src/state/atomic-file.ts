import { closeSync, fchownSync, fsyncSync, lstatSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FileError, reasonOf } from './file-reason.js';
import { isOwnedByUser } from './ownership.js';
import { isAlive } from './process.js';

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
    renameSync(temporary, path);
    syncFolder(dirname(path));
  } catch (error) {
    removeQuietly(temporary);
    throw new FileError(reasonOf(error));
  }
}

/**
 * Removes temporary files left next to `path` by runs that were killed mid-write: only regular
 * files of this user, with the tool's naming, whose process is gone.
 */
export function removeLeftovers(path: string): void {
  const folder = dirname(path);
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = /^(\d+)\.[a-z0-9]+\.tmp$/.exec(name.slice(prefix.length))?.[1];
    if (pid === undefined || isAlive(Number(pid))) continue;
    const leftover = join(folder, name);
    try {
      const info = lstatSync(leftover);
      if (info.isFile() && isOwnedByUser(info)) unlinkSync(leftover);
    } catch {
      // Gone meanwhile.
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
