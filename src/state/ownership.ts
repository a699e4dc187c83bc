import { lstatSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { codeOf, FileError, reasonOf } from './file-reason.js';

/**
 * The user this process runs as; null where there are no user ids (Windows). The functions below
 * take it as a last argument so that tests can ask as another user, or as none.
 */
const USER: number | null = process.getuid?.() ?? null;

/** More links than this on one path is a loop (Linux gives up at 40 too). */
const MAX_LINKS = 40;

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
 * Whether anyone but the folder's owner (and the owner's own group) may add, replace or remove
 * what is in it. The sticky bit (/tmp) lets each remove only their own entries.
 */
function othersMayWrite(info: Stats): boolean {
  if ((info.mode & 0o1000) !== 0) return false;
  if ((info.mode & 0o002) !== 0) return true;
  // A group of its own (the user's private group, as most systems give each user) is the owner.
  return (info.mode & 0o020) !== 0 && info.gid !== info.uid;
}

/** Where the walk is: the other user (root only) whose folders or links the path runs through. */
interface Walk {
  other: number | undefined;
  /** The owner of a link of that other user that was followed: the file must end up in their folder. */
  linkOwner: number | undefined;
}

/**
 * Takes `uid` as the owner of something on the path: root or the user always; for root, one other
 * user too (root working in a user's home, as with `sudo -E`), never a second one.
 */
function trusts(walk: Walk, uid: number, user: number): boolean {
  if (uid === 0 || uid === user) return true;
  if (user !== 0 || (walk.other !== undefined && walk.other !== uid)) return false;
  walk.other = uid;
  return true;
}

/**
 * The path to act on, checked from the root down as OpenSSH's StrictModes and sudo check theirs:
 * every folder on the way belongs to root or the user (for root: or the one user whose home it is)
 * and no one else may write to it unless it has the sticky bit; every symbolic link on the way is
 * followed only when it is the user's or root's (for root: that user's, not in a shared folder, and
 * leading to a folder of that user), and one at the end only to a file of the user (or that user),
 * never to nothing. Throws FileError ('unsafe-folder' with the folder, 'unsafe-link', 'link-loop').
 */
export function resolveTrusted(path: string, user = USER): string {
  // Node reads arguments and the environment as UTF-8 and turns other bytes into U+FFFD: the name
  // is then no longer the one given, and could be another file's. Refused rather than guessed.
  if (path.includes('\uFFFD')) throw new FileError({ kind: 'not-utf8' });
  if (user === null) return followOnce(path);
  const walk: Walk = { other: undefined, linkOwner: undefined };
  let pending = resolve(path)
    .split(sep)
    .filter((part) => part !== '');
  let folder: string = sep;
  let folderOwner = 0;
  let links = 0;
  // Set when the last part of the path was a link: what it leads to must exist and be trusted.
  let lastWasLink = false;
  while (pending.length > 0) {
    const name = pending.shift() as string;
    if (name === '.') continue;
    if (name === '..') {
      folder = dirname(folder);
      continue;
    }
    const next = join(folder, name);
    let info: Stats;
    try {
      info = lstatSync(next);
    } catch (error) {
      if (codeOf(error) !== 'ENOENT') throw new FileError(reasonOf(error));
      // A link to nothing is refused, so that a write never creates a file where a link points.
      if (lastWasLink) throw new FileError({ kind: 'unsafe-link' });
      endsInOthersFolder(walk, folderOwner);
      return join(next, ...pending);
    }
    if (info.isSymbolicLink()) {
      links += 1;
      if (links > MAX_LINKS) throw new FileError({ kind: 'link-loop' });
      if (info.uid !== 0 && info.uid !== user) {
        if (isSharedFolder(folder) || !trusts(walk, info.uid, user)) throw new FileError({ kind: 'unsafe-link' });
        walk.linkOwner = info.uid;
      }
      if (pending.length === 0) lastWasLink = true;
      const target = readlinkSync(next);
      if (isAbsolute(target)) folder = sep;
      pending = [...target.split(sep).filter((part) => part !== ''), ...pending];
      continue;
    }
    if (pending.length === 0) {
      endsInOthersFolder(walk, folderOwner);
      if (lastWasLink && info.uid !== (walk.linkOwner ?? user)) {
        throw new FileError({ kind: 'unsafe-link' });
      }
      return next;
    }
    // A file where a folder should be: ENOTDIR, as the system says it.
    if (!info.isDirectory()) throw new FileError({ kind: 'system', code: 'ENOTDIR', message: 'not a directory' });
    if (!trusts(walk, info.uid, user) || othersMayWrite(info)) throw new FileError({ kind: 'unsafe-folder', path: next });
    folder = next;
    folderOwner = info.uid;
  }
  return folder;
}

/** After another user's link, the file must be in that user's folder: they could point anywhere. */
function endsInOthersFolder(walk: Walk, folderOwner: number): void {
  if (walk.linkOwner !== undefined && folderOwner !== walk.linkOwner) throw new FileError({ kind: 'unsafe-link' });
}

/** Without user ids (Windows) there is no owner to check: a link is followed, once. */
function followOnce(path: string): string {
  try {
    if (!lstatSync(path).isSymbolicLink()) return path;
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return path;
    throw new FileError(reasonOf(error));
  }
  try {
    return realpathSync(path);
  } catch {
    throw new FileError({ kind: 'unsafe-link' });
  }
}
