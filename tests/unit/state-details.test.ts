// The details of src/state that the mutation run showed no other test would notice.
import {
  chmodSync,
  chownSync,
  existsSync,
  lchownSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGuide } from '../../src/core/catalogue.js';
import { emptyState, markStepDone } from '../../src/core/progress.js';
import { writeFileAtomically } from '../../src/state/atomic-file.js';
import { codeOf, FileError, reasonOf } from '../../src/state/file-reason.js';
import { takeLock } from '../../src/state/lock.js';
import { writeOutputFile } from '../../src/state/output-file.js';
import { isAlive } from '../../src/state/process.js';
import { StateError, StateStore } from '../../src/state/store.js';
import { tempDir } from '../helpers/temp.js';
import { IS_ROOT as isRoot, NOBODY as OTHER, sharedFolder } from '../helpers/users.js';

const now = () => new Date('2026-11-24T10:30:00.000Z');
const ai = findGuide('generative-ai')!;
const GONE = 999_999_999;

describe('error values', () => {
  it('codeOf reads the code of anything that has one, and nothing else', () => {
    expect(codeOf(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('EACCES');
    expect(codeOf({ code: 28 })).toBe('28');
    for (const value of [new Error('x'), {}, null, undefined, 'EACCES', 7]) expect(codeOf(value)).toBeUndefined();
  });

  it('reasonOf keeps a FileError’s reason and turns anything else into a system reason', () => {
    expect(reasonOf(new FileError({ kind: 'locked' }))).toEqual({ kind: 'locked' });
    expect(reasonOf(Object.assign(new Error('no room'), { code: 'ENOSPC' }))).toEqual({ kind: 'system', code: 'ENOSPC', message: 'no room' });
    expect(reasonOf('odd')).toEqual({ kind: 'system', code: undefined, message: 'odd' });
    expect(new FileError({ kind: 'exists' })).toMatchObject({ name: 'FileError', message: 'exists' });
    expect(new StateError('unreadable', '/p')).toMatchObject({ name: 'StateError', message: 'unreadable: /p' });
  });

  it('isAlive: this process and a parent are, a process id never given out is not', () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(process.ppid)).toBe(true);
    expect(isAlive(GONE)).toBe(false);
  });
});

describe('writeFileAtomically', () => {
  it('a write that fails leaves no temporary file and says why', () => {
    const dir = tempDir();
    // A folder with something in it cannot be replaced by a file: the rename fails.
    mkdirSync(join(dir, 'target'));
    writeFileSync(join(dir, 'target', 'inside'), 'x');
    expect(() => writeFileAtomically(join(dir, 'target'), 'new', { mode: 0o600 })).toThrow(FileError);
    expect(readdirSync(dir)).toEqual(['target']);
    expect(() => writeFileAtomically(join(dir, 'missing', 'file'), 'new', { mode: 0o600 })).toThrow(
      expect.objectContaining({ reason: expect.objectContaining({ kind: 'system', code: 'ENOENT' }) }),
    );
  });

  it('writes every byte of text that is not ASCII', () => {
    const file = join(tempDir(), 'file');
    const text = 'Schalter „Aus“ – März ✓\n'.repeat(5000);
    writeFileAtomically(file, text, { mode: 0o600 });
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('leftover temporary files', () => {
  it('a save removes no file by its name alone: one that looks like a leftover (an --output of the person) stays', async () => {
    const dir = tempDir();
    const lookalike = join(dir, `progress.json.${GONE}.k3x9q2ab.tmp`);
    writeFileSync(lookalike, 'my receipt');
    await new StateStore(join(dir, 'progress.json'), now).write(emptyState());
    expect(readFileSync(lookalike, 'utf8')).toBe('my receipt');
  });
});

describe('the temporary file a run killed mid-write left: named in its lock, removed by the next save', () => {
  function killedWriter(note: string) {
    const dir = tempDir();
    const path = join(dir, 'progress.json');
    // What a writer killed between creating its temporary file and renaming it leaves behind.
    writeFileSync(`${path}.lock`, `${GONE}\n${note}`);
    return { dir, path };
  }

  it('the one file the lock names goes; a look-alike not named there stays', async () => {
    const named = `progress.json.${GONE}.k3x9q2ab.tmp`;
    const { dir, path } = killedWriter(named);
    writeFileSync(join(dir, named), '{ "version": 1, "sett');
    writeFileSync(join(dir, `progress.json.${GONE}.zzzzzzzz.tmp`), 'my receipt');
    await new StateStore(path, now).write(emptyState());
    expect(readdirSync(dir).sort()).toEqual(['progress.json', `progress.json.${GONE}.zzzzzzzz.tmp`]);
  });

  it.each([
    ['a name outside the tool’s pattern', 'receipt.md'],
    ['a path elsewhere', '../elsewhere/progress.json.1.abc.tmp'],
    ['another file’s pattern', `other.json.${GONE}.k3x9q2ab.tmp`],
  ])('a note with %s removes nothing', async (_, note) => {
    const { dir, path } = killedWriter(note);
    writeFileSync(join(dir, 'receipt.md'), 'mine');
    writeFileSync(join(dir, `other.json.${GONE}.k3x9q2ab.tmp`), 'mine');
    await new StateStore(path, now).write(emptyState());
    expect(readFileSync(join(dir, 'receipt.md'), 'utf8')).toBe('mine');
    expect(readFileSync(join(dir, `other.json.${GONE}.k3x9q2ab.tmp`), 'utf8')).toBe('mine');
  });

  it.skipIf(!isRoot)('a named leftover of another user, or a folder, stays', async () => {
    const named = `progress.json.${GONE}.k3x9q2ab.tmp`;
    const { dir, path } = killedWriter(named);
    writeFileSync(join(dir, named), 'x');
    chownSync(join(dir, named), OTHER, OTHER);
    await new StateStore(path, now).write(emptyState());
    expect(existsSync(join(dir, named))).toBe(true);
  });

  it('a save notes its own temporary file in its lock while it holds it', async () => {
    const dir = tempDir();
    const path = join(dir, 'progress.json');
    let seen = '';
    const release = await takeLock(`${path}.lock`, { note: 'progress.json.1.abc.tmp' });
    seen = readFileSync(`${path}.lock`, 'utf8');
    release();
    expect(seen).toBe(`${process.pid}\nprogress.json.1.abc.tmp`);
  });
});

describe('the lock, at its boundaries (the clock injected)', () => {
  function lock(content: string): { path: string; mtime: number } {
    const path = join(tempDir(), 'progress.json.lock');
    writeFileSync(path, content);
    const mtime = new Date('2026-11-24T10:00:00.000Z');
    utimesSync(path, mtime, mtime);
    return { path, mtime: lstatSync(path).mtimeMs };
  }

  it('no wait at all: gives up on the first pass', async () => {
    const { path, mtime } = lock(`${process.ppid}\n`);
    await expect(takeLock(path, { waitMs: 0, now: () => mtime })).rejects.toMatchObject({ reason: { kind: 'locked' } });
  });

  it.each([
    ['exactly 10 s old', 10_000],
    ['exactly 1 s in the future', -1_000],
  ])('a lock of a live process %s is not yet stale', async (_name, age) => {
    const { path, mtime } = lock(`${process.ppid}\n`);
    await expect(takeLock(path, { waitMs: 0, now: () => mtime + age })).rejects.toMatchObject({ reason: { kind: 'locked' } });
    const release = await takeLock(path, { waitMs: 0, now: () => mtime + age + Math.sign(age) });
    release();
  });

  it('an empty lock exactly 1 s old is still being written; a moment later it is stale', async () => {
    const { path, mtime } = lock('');
    await expect(takeLock(path, { waitMs: 0, now: () => mtime + 1_000 })).rejects.toMatchObject({ reason: { kind: 'locked' } });
    (await takeLock(path, { waitMs: 0, now: () => mtime + 1_001 }))();
  });

  it.each([['0\n'], ['-1\n'], ['abc\n']])('a lock holding %j holds no process: stale once older than 1 s', async (content) => {
    const { path, mtime } = lock(content);
    await expect(takeLock(path, { waitMs: 0, now: () => mtime + 500 })).rejects.toMatchObject({ reason: { kind: 'locked' } });
    (await takeLock(path, { waitMs: 0, now: () => mtime + 1_500 }))();
  });

  it('a lock that cannot be created at all fails with the system’s reason, at once', async () => {
    await expect(takeLock(join(tempDir(), 'missing', 'progress.json.lock'))).rejects.toMatchObject({ reason: { kind: 'system', code: 'ENOENT' } });
  });
});

describe('output files, the details', () => {
  it('an existing receipt is replaced even when a progress file is protected', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'progress.json'), '{}');
    writeFileSync(join(dir, 'receipt.md'), 'old');
    writeOutputFile(join(dir, 'receipt.md'), 'new', { protect: [join(dir, 'progress.json')] });
    expect(readFileSync(join(dir, 'receipt.md'), 'utf8')).toBe('new');
  });

  it('a path through a file (not a folder) fails with the system’s reason', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    expect(() => writeOutputFile(join(dir, 'file', 'receipt.md'), 'new')).toThrow(
      expect.objectContaining({ reason: expect.objectContaining({ kind: 'system', code: 'ENOTDIR' }) }),
    );
  });
});

describe.skipIf(!isRoot)('whose files root may change', () => {
  it('its own file in a shared folder: yes', async () => {
    const dir = sharedFolder();
    const store = new StateStore(join(dir, 'progress.json'), now);
    await store.write(emptyState());
    await store.write(markStepDone(emptyState(), ai, 'web', 'profile-menu', now()));
    expect(await store.remove()).toBe(true);
  });

  it('a folder everyone may write to but without the sticky bit: refused, whoever owns the file', async () => {
    const dir = join(tempDir(), 'open');
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    const path = join(dir, 'progress.json');
    writeFileSync(path, '{"version": 1}');
    chownSync(path, OTHER, OTHER);
    await expect(new StateStore(path, now).write(emptyState())).rejects.toMatchObject({ reason: { kind: 'unsafe-folder', path: dir } });
    expect(readFileSync(path, 'utf8')).toBe('{"version": 1}');
  });

  it('another user’s file in a sticky folder only the owner may write to: yes', async () => {
    const dir = join(tempDir(), 'sticky');
    mkdirSync(dir);
    chmodSync(dir, 0o1755);
    const path = join(dir, 'progress.json');
    writeFileSync(path, '{"version": 1}');
    chownSync(path, OTHER, OTHER);
    await new StateStore(path, now).write(emptyState());
    expect(statSync(path).uid).toBe(OTHER);
  });

  it('root’s own file keeps root as owner (no chown to nobody in particular)', async () => {
    const path = join(tempDir(), 'progress.json');
    await new StateStore(path, now).write(emptyState());
    await new StateStore(path, now).write(emptyState());
    expect(statSync(path)).toMatchObject({ uid: 0, gid: 0 });
  });
});

describe('the store, the details', () => {
  it('a file of exactly 1 MiB is still read', async () => {
    const path = join(tempDir(), 'progress.json');
    const body = '{"version": 1}';
    writeFileSync(path, body + ' '.repeat(1024 * 1024 - body.length));
    expect((await new StateStore(path, now).read()).kind).toBe('loaded');
  });

  it('a damaged file is not overwritten by a save; one from a newer version says so', async () => {
    const path = join(tempDir(), 'progress.json');
    writeFileSync(path, 'not json');
    await expect(new StateStore(path, now).write(emptyState())).rejects.toMatchObject({ kind: 'write-failed', reason: { kind: 'changed' } });
    writeFileSync(path, '{"version": 99}');
    await expect(new StateStore(path, now).write(emptyState())).rejects.toMatchObject({ kind: 'future-version' });
    expect(readFileSync(path, 'utf8')).toBe('{"version": 99}');
  });

  it('a folder in the file’s place: the save and the reset say so too', async () => {
    const path = join(tempDir(), 'progress.json');
    mkdirSync(path);
    await expect(new StateStore(path, now).write(emptyState())).rejects.toMatchObject({ kind: 'write-failed', reason: { code: 'EISDIR' } });
    await expect(new StateStore(path, now).remove()).rejects.toMatchObject({ kind: 'write-failed', reason: { code: 'EISDIR' } });
    await expect(new StateStore(path, now).setAside()).rejects.toMatchObject({ kind: 'write-failed', reason: { code: 'EISDIR' } });
  });

  it('saving into a path through a file fails with the reason, before any lock', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    await expect(new StateStore(join(dir, 'file', 'progress.json'), now).write(emptyState())).rejects.toMatchObject({
      kind: 'write-failed',
      reason: { kind: 'system', code: 'ENOTDIR' },
    });
  });

  it('a save merges with what is on disk, but a first save writes exactly what it was given', async () => {
    const path = join(tempDir(), 'progress.json');
    const store = new StateStore(path, now);
    const state = markStepDone(emptyState(), ai, 'app', 'profile-menu', now());
    expect(await store.write(state)).toEqual(state);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(state);
  });

  it('a read-only view: the mode of a valid file of the user readable by others becomes 0600, not of one that is not theirs', async () => {
    const path = join(tempDir(), 'progress.json');
    writeFileSync(path, '{"version": 1}');
    chmodSync(path, 0o640);
    await new StateStore(path, now).read();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    if (isRoot) {
      chmodSync(path, 0o640);
      chownSync(path, OTHER, OTHER);
      await new StateStore(path, now).read();
      expect(statSync(path).mode & 0o777).toBe(0o640);
    }
  });

  it('setting aside moves the file and the next save starts a new one', async () => {
    const path = join(tempDir(), 'progress.json');
    writeFileSync(path, 'not json');
    const store = new StateStore(path, now);
    await store.read();
    const moved = await store.setAside();
    expect(readFileSync(moved, 'utf8')).toBe('not json');
    await store.write(emptyState());
    expect(existsSync(path)).toBe(true);
  });

  it('setting aside a file that vanished says why', async () => {
    const path = join(tempDir(), 'progress.json');
    await expect(new StateStore(path, now).setAside()).rejects.toMatchObject({ kind: 'write-failed', reason: { kind: 'system', code: 'ENOENT' } });
  });
});

describe('the details a second mutation run found', () => {
  it('every file opened is closed again (saves, reads, locks, output files)', async () => {
    const dir = tempDir();
    const descriptors = () => readdirSync('/proc/self/fd').length;
    const store = new StateStore(join(dir, 'progress.json'), now);
    await store.write(emptyState());
    const before = descriptors();
    for (let round = 0; round < 20; round += 1) {
      await store.write(markStepDone(emptyState(), ai, 'web', 'profile-menu', now()));
      await store.read();
      writeOutputFile(join(dir, 'receipt.md'), `round ${round}`);
      (await takeLock(join(dir, 'other.lock')))();
    }
    writeFileSync(join(dir, 'held.lock'), `${process.ppid}\n`);
    await takeLock(join(dir, 'held.lock'), { waitMs: 0 }).catch(() => undefined);
    expect(descriptors()).toBe(before);
  });

  it('a folder in the lock’s place: the save says so', async () => {
    const path = join(tempDir(), 'progress.json');
    mkdirSync(`${path}.lock`);
    await expect(new StateStore(path, now).write(emptyState())).rejects.toMatchObject({
      kind: 'write-failed',
      reason: { kind: 'lock-in-the-way', path: `${path}.lock` },
    });
  });

  it('a path through a file: reading says why, it is not a fresh start', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    await expect(new StateStore(join(dir, 'file', 'progress.json'), now).read()).rejects.toMatchObject({
      kind: 'unreadable',
      reason: { kind: 'system', code: 'ENOTDIR' },
    });
  });

  it('a folder in the file’s place is named as such', async () => {
    const path = join(tempDir(), 'progress.json');
    mkdirSync(path);
    await expect(new StateStore(path, now).read()).rejects.toMatchObject({ reason: { kind: 'system', code: 'EISDIR', message: 'is a directory' } });
  });

  it('a file this run only read, and another run reset, is not brought back', async () => {
    const path = join(tempDir(), 'progress.json');
    writeFileSync(path, JSON.stringify(markStepDone(emptyState(), ai, 'web', 'profile-menu', now())));
    const guide = new StateStore(path, now);
    await guide.read();
    expect(await new StateStore(path, now).remove()).toBe(true);
    await expect(guide.write(emptyState())).rejects.toMatchObject({ kind: 'write-failed', reason: { kind: 'reset' } });
    expect(existsSync(path)).toBe(false);
  });

  it.skipIf(!isRoot)('a link of another user in a private folder, to a file of root elsewhere, is not followed', async () => {
    const target = join(tempDir(), 'progress.json');
    writeFileSync(target, '{"version": 1}');
    const link = join(tempDir(), 'link.json');
    symlinkSync(target, link);
    lchownSync(link, OTHER, OTHER);
    const store = new StateStore(link, now);
    await expect(store.write(markStepDone(emptyState(), ai, 'web', 'profile-menu', now()))).rejects.toMatchObject({ reason: { kind: 'unsafe-link' } });
    expect(readFileSync(target, 'utf8')).toBe('{"version": 1}');
  });
});
