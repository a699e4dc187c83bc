import { chmodSync, mkdirSync, type Stats, symlinkSync, writeFileSync } from 'node:fs';
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
