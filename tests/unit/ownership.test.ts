import { chmodSync, chownSync, lchownSync, mkdirSync, renameSync, type Stats, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../src/state/file-reason.js';
import { foreignOwner, isOwnedByUser, mayChange, resolveTrusted } from '../../src/state/ownership.js';
import { tempDir } from '../helpers/temp.js';
import { sharedFolder } from '../helpers/users.js';

// The rules of src/state/ownership.ts asked as root (0), as an ordinary user (1000) and where there
// are no user ids (Windows: null), whoever runs the tests. The files' owners are given as
// Stats; the folders are real, since the rules look at a folder's mode.
const ownedBy = (uid: number, gid = uid) => ({ uid, gid }) as Stats;

/** A folder with the given mode in a fresh temporary folder. */
function folder(mode: number): string {
  const dir = join(tempDir(), 'folder');
  mkdirSync(dir);
  chmodSync(dir, mode);
  return dir;
}

describe('mayChange: whose file the tool may rename, change or replace', () => {
  it.each([
    ['an ordinary user, their own file', 1000, 1000, 0o1777, true],
    ['an ordinary user, another user’s file', 1000, 2000, 0o755, false],
    ['an ordinary user, root’s file', 1000, 0, 0o755, false],
    ['root, another user’s file in a private folder', 0, 2000, 0o755, true],
    ['root, another user’s file in a folder everyone may write to, no sticky bit', 0, 2000, 0o777, true],
    ['root, another user’s file in a sticky folder only its owner may write to', 0, 2000, 0o1755, true],
    ['root, another user’s file in a shared sticky folder (/tmp)', 0, 2000, 0o1777, false],
    ['root, its own file in a shared sticky folder', 0, 0, 0o1777, true],
  ] as const)('%s: %s', (_, user, owner, mode, expected) => {
    expect(mayChange(ownedBy(owner), folder(mode), user)).toBe(expected);
  });

  it('without user ids, any file', () => {
    expect(mayChange(ownedBy(2000), folder(0o1777), null)).toBe(true);
  });

  it('a folder that cannot be looked at is not taken for a shared one', () => {
    expect(mayChange(ownedBy(2000), join(tempDir(), 'gone'), 0)).toBe(true);
  });
});

describe('foreignOwner: the owner a replacement keeps', () => {
  it('root replacing another user’s file keeps that user and group', () => {
    expect(foreignOwner(ownedBy(2000, 3000), 0)).toEqual({ uid: 2000, gid: 3000 });
  });

  it.each([
    ['root, its own file', 0, 0],
    ['an ordinary user, their own file', 1000, 1000],
    ['an ordinary user, another user’s file (never replaced, see mayChange)', 1000, 2000],
    ['no user ids', null, 2000],
  ] as const)('%s: none', (_, user, owner) => {
    expect(foreignOwner(ownedBy(owner), user)).toBeUndefined();
  });
});

describe('isOwnedByUser', () => {
  it.each([
    [1000, 1000, true],
    [1000, 2000, false],
    [0, 2000, false],
    [0, 0, true],
    [null, 2000, true],
  ] as const)('user %s, file of %s: %s', (user, owner, expected) => {
    expect(isOwnedByUser(ownedBy(owner), user)).toBe(expected);
  });
});

describe('resolveTrusted as a user other than the links’ owner', () => {
  // The links and files here belong to whoever runs the tests; asking as user 4242 makes them
  // another user's.
  const stranger = 4242;

  it('a path that is not there, or not a link, is used as it is', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plain.json'), '{}');
    expect(resolveTrusted(join(dir, 'missing.json'), stranger)).toBe(join(dir, 'missing.json'));
    expect(resolveTrusted(join(dir, 'plain.json'), stranger)).toBe(join(dir, 'plain.json'));
  });

  it('a link another user planted in a shared folder is refused', () => {
    const shared = sharedFolder();
    const target = join(tempDir(), 'target.json');
    writeFileSync(target, '{}');
    symlinkSync(target, join(shared, 'progress.json'));
    expect(() => resolveTrusted(join(shared, 'progress.json'), stranger)).toThrow(FileError);
    expect(() => resolveTrusted(join(shared, 'progress.json'), null)).not.toThrow();
  });

  it('a link in a private folder to a file of another user is refused; to one of the user’s own, followed', () => {
    const dir = tempDir();
    const target = join(dir, 'target.json');
    writeFileSync(target, '{}');
    symlinkSync(target, join(dir, 'progress.json'));
    expect(() => resolveTrusted(join(dir, 'progress.json'), stranger)).toThrow(expect.objectContaining({ reason: { kind: 'unsafe-link' } }));
    expect(resolveTrusted(join(dir, 'progress.json'), null)).toBe(target);
  });

  it('a path below a file cannot be looked at: a FileError with the reason, not ENOENT', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), '');
    expect(() => resolveTrusted(join(dir, 'file', 'progress.json'), stranger)).toThrow(FileError);
  });
});

describe.skipIf(process.getuid?.() !== 0)('resolveTrusted: every folder on the way, from the root down, with links at every level', () => {
  // Made as root and handed to these users; asked as the user or as root (0).
  const USER = 4242;
  const OTHER = 5353;
  const THIRD = 6464;
  const LEVELS = ['a', 'b', 'c'] as const;

  /** base/a/b/c, each folder the user's (0755), and a file at the end; base is root's. */
  function tree(owner = USER) {
    const base = tempDir();
    chmodSync(base, 0o755);
    let folder = base;
    const folders: string[] = [];
    for (const name of LEVELS) {
      folder = join(folder, name);
      mkdirSync(folder, { mode: 0o755 });
      chownSync(folder, owner, owner);
      folders.push(folder);
    }
    const file = join(folder, 'progress.json');
    writeFileSync(file, '{}');
    chownSync(file, owner, owner);
    return { base, folders, file };
  }

  /** Replaces the folder at `level` by a link (owned by `linkOwner`) to a copy of it elsewhere. */
  function linkAt(level: number, linkOwner: number, copyOwner = USER) {
    const { base, folders, file } = tree();
    const elsewhere = join(tempDir(), 'elsewhere');
    mkdirSync(elsewhere, { mode: 0o755 });
    chownSync(elsewhere, copyOwner, copyOwner);
    chmodSync(join(elsewhere, '..'), 0o755);
    renameSync(folders[level] as string, join(elsewhere, 'moved'));
    symlinkSync(join(elsewhere, 'moved'), folders[level] as string);
    lchownSync(folders[level] as string, linkOwner, linkOwner);
    const rest = file.slice((folders[level] as string).length);
    return { base, path: file, real: join(elsewhere, 'moved') + rest };
  }

  it('a plain tree of the user’s folders: the path as it is, for the user and for root', () => {
    const { file } = tree();
    expect(resolveTrusted(file, USER)).toBe(file);
    expect(resolveTrusted(file, 0)).toBe(file);
  });

  it.each([0, 1, 2])('a link of the user’s own as folder %i: followed, as the user and as root', (level) => {
    const { path, real } = linkAt(level, USER);
    expect(resolveTrusted(path, USER)).toBe(real);
    expect(resolveTrusted(path, 0)).toBe(real);
  });

  it.each([0, 1, 2])('a link of root as folder %i: followed', (level) => {
    const { path, real } = linkAt(level, 0);
    expect(resolveTrusted(path, USER)).toBe(real);
  });

  it.each([0, 1, 2])('a link of another user as folder %i: refused for the user; for root only into that user’s own folder', (level) => {
    const { path, real } = linkAt(level, OTHER);
    expect(() => resolveTrusted(path, USER)).toThrow(expect.objectContaining({ reason: { kind: 'unsafe-link' } }));
    // Root: the link leads into USER's folders, not OTHER's: another user's link may point anywhere.
    expect(() => resolveTrusted(path, 0)).toThrow(FileError);
    const own = linkAt(level, OTHER, OTHER);
    // Into OTHER's own folder (copied there) the rest is USER's: a second user on the way.
    expect(() => resolveTrusted(own.path, 0)).toThrow(FileError);
    expect(real).not.toBe(path);
  });

  it('a link as the file itself: to a file of the user followed; to root’s file refused, for the user and when the link is another user’s, for root', () => {
    const { folders } = tree();
    const dir = folders[2] as string;
    const rootFile = join(tempDir(), 'root-file');
    writeFileSync(rootFile, 'precious');
    chmodSync(join(rootFile, '..'), 0o755);
    const toRoot = join(dir, 'to-root');
    symlinkSync(rootFile, toRoot);
    lchownSync(toRoot, USER, USER);
    expect(() => resolveTrusted(toRoot, USER)).toThrow(expect.objectContaining({ reason: { kind: 'unsafe-link' } }));
    // The first failure of issue 22: root following a user's link in the user's own folder to root's file.
    expect(() => resolveTrusted(toRoot, 0)).toThrow(expect.objectContaining({ reason: { kind: 'unsafe-link' } }));
    const toOwn = join(dir, 'to-own');
    symlinkSync(join(dir, 'progress.json'), toOwn);
    lchownSync(toOwn, USER, USER);
    expect(resolveTrusted(toOwn, USER)).toBe(join(dir, 'progress.json'));
    expect(resolveTrusted(toOwn, 0)).toBe(join(dir, 'progress.json'));
    const toNothing = join(dir, 'to-nothing');
    symlinkSync(join(dir, 'missing'), toNothing);
    lchownSync(toNothing, USER, USER);
    expect(() => resolveTrusted(toNothing, USER)).toThrow(expect.objectContaining({ reason: { kind: 'unsafe-link' } }));
  });

  it.each([0, 1, 2])('folder %i of another user: refused for the user; root may work in one other user’s folders, not two', (level) => {
    const { folders, file } = tree();
    chownSync(folders[level] as string, OTHER, OTHER);
    expect(() => resolveTrusted(file, USER)).toThrow(expect.objectContaining({ reason: { kind: 'unsafe-folder', path: folders[level] } }));
    expect(() => resolveTrusted(file, 0)).toThrow(expect.objectContaining({ reason: expect.objectContaining({ kind: 'unsafe-folder' }) }));
    // All of them OTHER's (a home of OTHER's, as with sudo -E): root may.
    const home = tree(OTHER);
    expect(resolveTrusted(home.file, 0)).toBe(home.file);
    // A third user's folder among them: refused at the second user's folder met on the way.
    chownSync(home.folders[level] as string, THIRD, THIRD);
    expect(() => resolveTrusted(home.file, 0)).toThrow(
      expect.objectContaining({ reason: { kind: 'unsafe-folder', path: home.folders[level === 0 ? 1 : level] } }),
    );
  });

  it.each([0, 1, 2])('folder %i writable by everyone: refused; with the sticky bit, like /tmp: used', (level) => {
    const { folders, file } = tree();
    chmodSync(folders[level] as string, 0o777);
    expect(() => resolveTrusted(file, USER)).toThrow(expect.objectContaining({ reason: { kind: 'unsafe-folder', path: folders[level] } }));
    expect(() => resolveTrusted(file, 0)).toThrow(expect.objectContaining({ reason: { kind: 'unsafe-folder', path: folders[level] } }));
    chmodSync(folders[level] as string, 0o1777);
    expect(resolveTrusted(file, USER)).toBe(file);
  });

  it.each([0, 1, 2])('folder %i writable by a group: refused unless it is the owner’s own group', (level) => {
    const { folders, file } = tree();
    chmodSync(folders[level] as string, 0o775);
    expect(resolveTrusted(file, USER)).toBe(file);
    chownSync(folders[level] as string, USER, OTHER);
    expect(() => resolveTrusted(file, USER)).toThrow(expect.objectContaining({ reason: { kind: 'unsafe-folder', path: folders[level] } }));
  });

  it('links that lead round in a circle: a loop, not "a link in a shared folder"', () => {
    const { folders } = tree();
    const dir = folders[2] as string;
    symlinkSync(join(dir, 'two'), join(dir, 'one'));
    symlinkSync(join(dir, 'one'), join(dir, 'two'));
    expect(() => resolveTrusted(join(dir, 'one'), 0)).toThrow(expect.objectContaining({ reason: { kind: 'link-loop' } }));
    expect(() => resolveTrusted(join(dir, 'one', 'progress.json'), 0)).toThrow(expect.objectContaining({ reason: { kind: 'link-loop' } }));
  });

  it('a relative link and ".." on the way are followed as the system would', () => {
    const { folders, file } = tree();
    symlinkSync('../b/c', join(folders[1] as string, 'again'));
    expect(resolveTrusted(join(folders[1] as string, 'again', 'progress.json'), 0)).toBe(file);
    expect(resolveTrusted(join(folders[2] as string, '..', 'c', '.', 'progress.json'), USER)).toBe(file);
  });

  it('folders that are not there yet: the path up to them is checked, the rest kept', () => {
    const { folders } = tree();
    const missing = join(folders[2] as string, 'new', 'progress.json');
    expect(resolveTrusted(missing, USER)).toBe(missing);
    chmodSync(folders[0] as string, 0o777);
    expect(() => resolveTrusted(missing, USER)).toThrow(expect.objectContaining({ reason: expect.objectContaining({ kind: 'unsafe-folder' }) }));
  });
});
