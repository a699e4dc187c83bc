import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGuide } from '../../src/core/catalogue.js';
import { emptyState, markStepDone } from '../../src/core/progress.js';
import { homeFolder, NoHomeFolderError, resolveStatePath } from '../../src/state/paths.js';
import { StateError, StateStore } from '../../src/state/store.js';
import { tempDir } from '../helpers/temp.js';

const now = () => new Date('2026-11-24T10:30:00.000Z');
const ai = findGuide('generative-ai')!;

function store(): { store: StateStore; dir: string } {
  const dir = join(tempDir('lkio-store-'), 'config', 'linkedin-ki-optout');
  return { store: new StateStore(join(dir, 'progress.json'), now), dir };
}

describe('StateStore', () => {
  it('a missing file is a fresh start', async () => {
    const { store: s } = store();
    expect(await s.read()).toEqual({ kind: 'missing', state: emptyState() });
  });

  it('writes atomically: a private file (0600) in a private folder (0700), no temporary file left', async () => {
    const { store: s, dir } = store();
    const state = markStepDone(emptyState(), ai, 'web', 'profile-menu', now());
    await s.write(state);
    expect(statSync(s.path).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir)).toEqual(['progress.json']);
    expect(await s.read()).toEqual({ kind: 'loaded', state });
  });

  it('tightens a file that had looser permissions when it rewrites it', async () => {
    const { store: s, dir } = store();
    mkdirSync(dir, { recursive: true });
    writeFileSync(s.path, JSON.stringify(emptyState()), { mode: 0o644 });
    chmodSync(s.path, 0o644);
    await s.write(emptyState());
    expect(statSync(s.path).mode & 0o777).toBe(0o600);
  });

  it('merges with what another run wrote meanwhile', async () => {
    const { store: s } = store();
    await s.write(markStepDone(emptyState(), ai, 'web', 'profile-menu', now()));
    const merged = await s.write(markStepDone(emptyState(), ai, 'web', 'settings', now()));
    expect(Object.keys(merged.guides['generative-ai']!.steps).sort()).toEqual(['profile-menu', 'settings']);
  });

  it('reports a broken file without touching it, and sets it aside on request', async () => {
    const { store: s, dir } = store();
    mkdirSync(dir, { recursive: true });
    writeFileSync(s.path, '{"version": 1, "gui');
    expect(await s.read()).toEqual({ kind: 'broken', problem: { kind: 'not-json' } });
    expect(readFileSync(s.path, 'utf8')).toBe('{"version": 1, "gui');
    await expect(s.write(emptyState())).rejects.toThrow(StateError);
    expect(readFileSync(s.path, 'utf8')).toBe('{"version": 1, "gui');
    const movedTo = await s.setAside();
    expect(movedTo).toBe(`${s.path}.broken-2026-11-24T10-30-00-000Z`);
    expect(readFileSync(movedTo, 'utf8')).toBe('{"version": 1, "gui');
    expect(existsSync(s.path)).toBe(false);
  });

  it('does not read a huge file into memory', async () => {
    const { store: s, dir } = store();
    mkdirSync(dir, { recursive: true });
    writeFileSync(s.path, Buffer.alloc(2 * 1024 * 1024, 0x20));
    expect(await s.read()).toEqual({ kind: 'broken', problem: { kind: 'wrong-shape', reason: { key: 'tooLarge' } } });
  });

  it('a directory where the file should be is an error with a reason, not a crash', async () => {
    const { store: s } = store();
    mkdirSync(s.path, { recursive: true });
    await expect(s.read()).rejects.toMatchObject({ kind: 'unreadable', reason: { kind: 'system', code: 'EISDIR' } });
  });

  it('remove says whether there was anything', async () => {
    const { store: s } = store();
    expect(await s.remove()).toBe(false);
    await s.write(emptyState());
    expect(await s.remove()).toBe(true);
    expect(existsSync(s.path)).toBe(false);
  });
});

describe('resolveStatePath', () => {
  const base = { homedir: '/home/ada', platform: 'linux' as NodeJS.Platform, env: {} };
  it.each([
    ['flag first', '/tmp/x.json', { LINKEDIN_KI_OPTOUT_STATE: '/tmp/env.json' }, 'linux', '/tmp/x.json'],
    ['then the environment variable', undefined, { LINKEDIN_KI_OPTOUT_STATE: '/tmp/env.json' }, 'linux', '/tmp/env.json'],
    ['XDG_CONFIG_HOME', undefined, { XDG_CONFIG_HOME: '/xdg' }, 'linux', '/xdg/linkedin-ki-optout/progress.json'],
    ['relative XDG_CONFIG_HOME is ignored', undefined, { XDG_CONFIG_HOME: 'rel' }, 'linux', '/home/ada/.config/linkedin-ki-optout/progress.json'],
    ['Linux default', undefined, {}, 'linux', '/home/ada/.config/linkedin-ki-optout/progress.json'],
    ['macOS', undefined, {}, 'darwin', '/home/ada/Library/Application Support/linkedin-ki-optout/progress.json'],
    [
      'macOS ignores XDG_CONFIG_HOME',
      undefined,
      { XDG_CONFIG_HOME: '/xdg' },
      'darwin',
      '/home/ada/Library/Application Support/linkedin-ki-optout/progress.json',
    ],
    ['FreeBSD honours XDG_CONFIG_HOME', undefined, { XDG_CONFIG_HOME: '/xdg' }, 'freebsd', '/xdg/linkedin-ki-optout/progress.json'],
  ] as const)('%s', (_name, flag, env, platform, expected) => {
    expect(resolveStatePath(flag, { ...base, env, platform })).toBe(expected);
  });

  describe('on Windows', () => {
    const windows = { homedir: 'C:\\Users\\ada', platform: 'win32' as const };
    it.each([
      ['%APPDATA%', { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'C:\\Users\\ada\\AppData\\Roaming\\linkedin-ki-optout\\progress.json'],
      ['%APPDATA% on a network share', { APPDATA: '\\\\srv\\profiles\\ada' }, '\\\\srv\\profiles\\ada\\linkedin-ki-optout\\progress.json'],
      // XDG_CONFIG_HOME does not count on Windows (Git Bash may set it, in its own spelling)
      ['XDG_CONFIG_HOME ignored', { XDG_CONFIG_HOME: '/c/Users/ada/.config', APPDATA: 'D:\\AppData' }, 'D:\\AppData\\linkedin-ki-optout\\progress.json'],
      ['XDG_CONFIG_HOME ignored without APPDATA', { XDG_CONFIG_HOME: 'C:\\xdg' }, 'C:\\Users\\ada\\AppData\\Roaming\\linkedin-ki-optout\\progress.json'],
      // a drive-relative %APPDATA% would put the file relative to the current drive or folder
      ['drive-relative %APPDATA% ignored', { APPDATA: '\\Users\\ada\\AppData' }, 'C:\\Users\\ada\\AppData\\Roaming\\linkedin-ki-optout\\progress.json'],
      ['%APPDATA% without a slash after the drive ignored', { APPDATA: 'C:AppData' }, 'C:\\Users\\ada\\AppData\\Roaming\\linkedin-ki-optout\\progress.json'],
    ] as const)('%s', (_name, env, expected) => {
      expect(resolveStatePath(undefined, { ...windows, env })).toBe(expected);
    });
  });

  it.each([
    ['linux', ''],
    ['linux', 'relative/home'],
    ['darwin', ''],
    ['win32', '\\Users\\ada'],
  ] as const)('on %s without a full home folder (%j) it refuses instead of using the current folder', (platform, homedir) => {
    expect(() => resolveStatePath(undefined, { env: {}, platform, homedir })).toThrow(NoHomeFolderError);
    expect(resolveStatePath('/tmp/p.json', { env: {}, platform, homedir })).toBe('/tmp/p.json');
  });
});

describe('homeFolder', () => {
  function missing(): never {
    throw Object.assign(new Error('uv_os_homedir returned ENOENT'), { code: 'ENOENT' });
  }
  type Os = Parameters<typeof homeFolder>[0];
  it.each<[string, Os, string]>([
    ['HOME when full', { homedir: () => '/home/ada', userInfo: missing }, '/home/ada'],
    ['the user database when HOME is empty', { homedir: () => '', userInfo: () => ({ homedir: '/home/db' }) }, '/home/db'],
    ['the user database when HOME is relative', { homedir: () => 'x', userInfo: () => ({ homedir: '/home/db' }) }, '/home/db'],
    // a user id without an entry and no HOME (containers): none, instead of Node's exception
    ['none when both fail', { homedir: missing, userInfo: missing }, ''],
    ['none when HOME is empty and there is no entry', { homedir: () => '', userInfo: missing }, ''],
  ])('%s', (_name, os, expected) => {
    expect(homeFolder(os, 'linux')).toBe(expected);
  });
});
