import { lstatSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeFileAtomically } from './atomic-file.js';
import { codeOf, FileError, reasonOf } from './file-reason.js';
import { foreignOwner, mayChange, resolveTrusted } from './ownership.js';

export interface OutputFileOptions {
  /** Replace a file that is there already (the default); false refuses with reason 'exists'. */
  readonly overwrite?: boolean;
  /** Files never to be written over, whatever the path given (the progress file). */
  readonly protect?: readonly string[];
}

/**
 * Writes a file the user asked for (a receipt, a calendar entry): only to a regular file or a new
 * one, never through an untrusted link, never over the progress file or another user's file; via a
 * temporary file and a rename, so a full disk never leaves a cut-off file in place of the old one;
 * private (0600). Throws FileError with the reason.
 */
export function writeOutputFile(path: string, content: string, options: OutputFileOptions = {}): void {
  const target = resolveTrusted(path);
  const existing = statOrNothing(target);
  if (existing?.isDirectory()) throw new FileError({ kind: 'system', code: 'EISDIR', message: 'is a directory' });
  if (existing && !existing.isFile()) throw new FileError({ kind: 'not-regular' });
  if ((options.protect ?? []).some((other) => isSameFile(target, existing, other))) throw new FileError({ kind: 'progress-file' });
  if (existing && options.overwrite === false) throw new FileError({ kind: 'exists' });
  if (existing && !mayChange(existing, dirname(target))) throw new FileError({ kind: 'not-ours' });
  writeFileAtomically(target, content, { mode: 0o600, owner: existing && foreignOwner(existing) });
}

function statOrNothing(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return undefined;
    throw new FileError(reasonOf(error));
  }
}

function isSameFile(path: string, info: Stats | undefined, other: string): boolean {
  if (resolve(path) === resolve(other)) return true;
  const otherInfo = statOrNull(other);
  return info !== undefined && otherInfo !== null && otherInfo.ino === info.ino && otherInfo.dev === info.dev;
}

/** What `path` leads to, or null when it cannot be looked at. */
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
