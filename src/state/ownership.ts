import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { codeOf, FileError, reasonOf } from './file-reason.js';

/**
 * The user this process runs as; null where there are no user ids (Windows). The functions below
 * take it as a last argument so that tests can ask as another user, or as none.
 */
const USER: number | null = process.getuid?.() ?? null;

/** A folder everyone may write to, with the sticky bit: /tmp and its like, where others plant links. */
function isSharedFolder(folder: string): boolean {
  try {
    const { mode } = statSync(folder);
    return (mode & 0o1000) !== 0 && (mode & 0o002) !== 0;
  } catch {
    return false;
  }
}

/**
 * Whether the tool may rename, change or replace this file: it belongs to the user running it, or
 * the user is root and the file is not in a shared folder (root then keeps the file's owner).
 */
export function mayChange(info: Stats, folder: string, user = USER): boolean {
  if (isOwnedByUser(info, user)) return true;
  return user === 0 && !isSharedFolder(folder);
}

/** Whether the file belongs to someone else, so that a replacement must keep its owner. */
export function foreignOwner(info: Stats, user = USER): { uid: number; gid: number } | undefined {
  return user === 0 && info.uid !== 0 ? { uid: info.uid, gid: info.gid } : undefined;
}

export function isOwnedByUser(info: Stats, user = USER): boolean {
  return user === null || info.uid === user;
}

/**
 * The path to act on: a symbolic link is followed once, but only one the user can trust: not one
 * planted by another user in a shared folder, and not one to a file of another user (root included). A link to
 * nothing is refused, so that a write never creates a file where a link points. Throws FileError.
 */
export function resolveTrusted(path: string, user = USER): string {
  let link: Stats;
  try {
    link = lstatSync(path);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return path;
    throw new FileError(reasonOf(error));
  }
  if (!link.isSymbolicLink()) return path;
  if (!isOwnedByUser(link, user) && isSharedFolder(dirname(path))) throw new FileError({ kind: 'unsafe-link' });
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    throw new FileError({ kind: 'unsafe-link' });
  }
  if (!isOwnedByUser(statSync(target), user)) throw new FileError({ kind: 'unsafe-link' });
  return target;
}
