import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { IS_ROOT } from '../helpers/users.js';

const installed = inject('packed');
// A user id with no entry in the user database, as containers often run.
const STRANGER = 54_321;

function asStranger(args: readonly string[], env: Record<string, string>, cwd: string) {
  return spawnSync('setpriv', [`--reuid=${STRANGER}`, `--regid=${STRANGER}`, '--clear-groups', process.execPath, installed.bin, ...args], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'en_US.UTF-8', ...env },
    encoding: 'utf8',
  });
}

describe.skipIf(!IS_ROOT)('a user id without an entry in the user database and without HOME', () => {
  it.each([[{}], [{ HOME: '' }]])('HOME %j: --version and --help work, the commands say in one sentence what to do', (env) => {
    const cwd = tempDir();
    // The stranger's own folder (one that another user may write to would be refused, issue 22).
    spawnSync('chown', [`${STRANGER}:${STRANGER}`, cwd]);
    expect(spawnSync('id', ['-nu', String(STRANGER)]).status).not.toBe(0);
    const version = asStranger(['--version'], env, cwd);
    expect(version.stderr).toBe('');
    expect(version.status).toBe(0);
    expect(asStranger(['--help'], env, cwd).status).toBe(0);
    for (const command of [['status'], ['checklist'], ['objection', '--outcome', 'confirmed']]) {
      const ran = asStranger(command, env, cwd);
      expect(ran.status, command.join(' ')).toBe(1);
      expect(ran.stderr).not.toMatch(/ENOENT|uv_os|at .*\(/);
      expect(ran.stderr).toContain('No home folder is known for this user');
      expect(ran.stderr).toContain('--state-file');
    }
    // never a progress file relative to the current folder
    expect(readdirSync(cwd)).toEqual([]);
    // with a file chosen, it works
    const chosen = asStranger(['objection', '--outcome', 'confirmed', '--state-file', join(cwd, 'p.json')], env, cwd);
    expect(chosen.stderr).not.toMatch(/home folder/);
    expect(existsSync(join(cwd, 'p.json'))).toBe(true);
  });
});
