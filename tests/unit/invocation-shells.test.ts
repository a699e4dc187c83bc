import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandToRunAgain, quoted, shellOf } from '../../src/core/invocation.js';
import { readInvocation } from '../../src/invocation.js';
import { tempDir } from '../helpers/temp.js';

const SCRIPT = '\\node_modules\\linkedin-ki-optout\\bin\\linkedin-ki-optout.cjs';
const SYSTEM_MODULES = 'C:\\Program Files\\WindowsPowerShell\\Modules;C:\\WINDOWS\\system32\\WindowsPowerShell\\v1.0\\Modules';
const POWERSHELL_MODULES = `C:\\Users\\a\\Documents\\WindowsPowerShell\\Modules;${SYSTEM_MODULES}`;

describe('shellOf (the shell a "continue later" command is written for)', () => {
  it.each([
    ['linux', {}, 'posix'],
    ['darwin', { PSModulePath: POWERSHELL_MODULES }, 'posix'],
    ['win32', {}, 'cmd'],
    ['win32', { PSModulePath: SYSTEM_MODULES }, 'cmd'],
    ['win32', { PSModulePath: POWERSHELL_MODULES }, 'powershell'],
    // Git Bash and MSYS2 are POSIX shells on Windows
    ['win32', { PSModulePath: POWERSHELL_MODULES, MSYSTEM: 'MINGW64' }, 'posix'],
    ['win32', { SHELL: '/usr/bin/bash' }, 'posix'],
  ] as const)('%s %j → %s', (platform, env, shell) => {
    expect(shellOf(env, platform)).toBe(shell);
  });
});

describe('quoted (one word for each shell)', () => {
  it.each([
    ['C:\\Users\\a\\x.cjs', 'C:\\Users\\a\\x.cjs', 'C:\\Users\\a\\x.cjs', "'C:\\Users\\a\\x.cjs'"],
    ['C:\\My Files\\x.cjs', '"C:\\My Files\\x.cjs"', '"C:\\My Files\\x.cjs"', "'C:\\My Files\\x.cjs'"],
    ["C:\\it's\\x.cjs", `"C:\\it's\\x.cjs"`, `"C:\\it's\\x.cjs"`, "'C:\\it'\\''s\\x.cjs'"],
    ['C:\\a$b\\x.cjs', '"C:\\a$b\\x.cjs"', "'C:\\a$b\\x.cjs'", "'C:\\a$b\\x.cjs'"],
    ["C:\\a$b's\\x.cjs", `"C:\\a$b's\\x.cjs"`, "'C:\\a$b''s\\x.cjs'", "'C:\\a$b'\\''s\\x.cjs'"],
    ['C:\\a&b (1)\\x.cjs', '"C:\\a&b (1)\\x.cjs"', '"C:\\a&b (1)\\x.cjs"', "'C:\\a&b (1)\\x.cjs'"],
    ['@scope/linkedin-ki-optout', '"@scope/linkedin-ki-optout"', '"@scope/linkedin-ki-optout"', '@scope/linkedin-ki-optout'],
  ])('%s', (word, cmd, powershell, posix) => {
    expect(quoted(word, 'cmd')).toBe(cmd);
    expect(quoted(word, 'powershell')).toBe(powershell);
    expect(quoted(word, 'posix')).toBe(posix);
  });
});

describe('commandToRunAgain on Windows', () => {
  it('a global install (npm’s shim starts node with the script path): the plain command name', () => {
    const scriptPath = `C:\\Users\\a\\AppData\\Roaming\\npm${SCRIPT}`;
    expect(commandToRunAgain({}, { scriptPath, shell: 'cmd', globalShim: true })).toBe('linkedin-ki-optout');
    expect(commandToRunAgain({}, { scriptPath, shell: 'powershell', globalShim: true })).toBe('linkedin-ki-optout');
  });

  it.each([
    ['cmd', 'node "C:\\My Project\\node_modules\\linkedin-ki-optout\\bin\\linkedin-ki-optout.cjs"'],
    ['powershell', 'node "C:\\My Project\\node_modules\\linkedin-ki-optout\\bin\\linkedin-ki-optout.cjs"'],
  ] as const)('installed into a project, in %s: node and the script, in double quotes', (shell, expected) => {
    expect(commandToRunAgain({}, { scriptPath: `C:\\My Project${SCRIPT}`, shell })).toBe(expected);
  });

  it('a shim given by its path: PowerShell runs a quoted path only after &', () => {
    const scriptPath = 'C:\\My Project\\node_modules\\.bin\\linkedin-ki-optout.cmd';
    expect(commandToRunAgain({}, { scriptPath, shell: 'powershell' })).toBe(`& "${scriptPath}"`);
    expect(commandToRunAgain({}, { scriptPath, shell: 'cmd' })).toBe(`"${scriptPath}"`);
    expect(commandToRunAgain({}, { scriptPath: 'C:\\p\\node_modules\\.bin\\linkedin-ki-optout.cmd', shell: 'powershell' })).toBe(
      'C:\\p\\node_modules\\.bin\\linkedin-ki-optout.cmd',
    );
  });

  it('npx with a tarball in a folder with a space: a file: spec in double quotes, the drive path kept', () => {
    const invocation = {
      scriptPath: `C:\\Users\\a\\AppData\\Local\\npm-cache\\_npx\\ab12${SCRIPT}`,
      shell: 'cmd' as const,
      npx: { packages: ['.\\pkg.tgz'], installedFrom: 'file:C:\\My Files\\pkg.tgz', folder: 'C:\\Users\\a\\AppData\\Local\\npm-cache\\_npx\\ab12' },
    };
    expect(commandToRunAgain({}, invocation)).toBe('npx "file:C:\\My Files\\pkg.tgz"');
  });
});

describe('readInvocation (what the shim left behind)', () => {
  it('finds npm’s global shim next to the node_modules folder on Windows only', () => {
    const prefix = tempDir();
    writeFileSync(join(prefix, 'linkedin-ki-optout.cmd'), '@ECHO off\r\n');
    const scriptPath = `${prefix}/node_modules/linkedin-ki-optout/bin/linkedin-ki-optout.cjs`;
    const windows = readInvocation(scriptPath, 'win32', { PSModulePath: SYSTEM_MODULES });
    expect(windows).toEqual({ scriptPath, shell: 'cmd', globalShim: true });
    expect(commandToRunAgain({}, windows)).toBe('linkedin-ki-optout');
    expect(readInvocation(scriptPath, 'linux', {})).toEqual({ scriptPath, shell: 'posix' });
  });

  it('without the shim (a project install or a copy) it is node and the path', () => {
    const prefix = tempDir();
    const scriptPath = `${prefix}/node_modules/linkedin-ki-optout/bin/linkedin-ki-optout.cjs`;
    const invocation = readInvocation(scriptPath, 'win32', { PSModulePath: POWERSHELL_MODULES });
    expect(invocation).toEqual({ scriptPath, shell: 'powershell' });
    expect(commandToRunAgain({}, invocation)).toBe(`node ${scriptPath}`);
  });
});

/** A folder with programs that print the arguments they got, one per line, as the shell passed them. */
function echoingPrograms(names: readonly string[]): string {
  const bin = tempDir('lkio-bin-');
  for (const name of names) {
    const path = join(bin, name);
    writeFileSync(path, `#!/bin/sh\nprintf '%s\\n' "${name}" "$@"\n`);
    chmodSync(path, 0o755);
  }
  return bin;
}

describe('each POSIX form runs in a POSIX shell and gets its words as meant', () => {
  const awkward = ["it's here", 'a b', '$HOME', '`x`', 'x;y&z', '*'];

  it.each(awkward)('node and a script in a folder named %j', (folderName) => {
    const root = join(tempDir(), folderName);
    const script = join(root, 'bin', 'linkedin-ki-optout.cjs');
    mkdirSync(join(root, 'bin'), { recursive: true });
    writeFileSync(script, 'console.log(JSON.stringify([__filename, ...process.argv.slice(2)]));\n');
    const command = commandToRunAgain({}, { scriptPath: script, shell: 'posix' });
    const ran = spawnSync('sh', ['-c', `${command} status --lang de`], { encoding: 'utf8' });
    expect(ran.stderr).toBe('');
    expect(JSON.parse(ran.stdout)).toEqual([script, 'status', '--lang', 'de']);
  });

  it.each(awkward)('npx with a tarball in a folder named %j', (folderName) => {
    const bin = echoingPrograms(['npx']);
    const tarball = `/tmp/${folderName}/linkedin-ki-optout-0.1.0.tgz`;
    const command = commandToRunAgain({}, { shell: 'posix', npx: { packages: ['./x.tgz'], installedFrom: `file:${tarball}`, folder: '/n/_npx/1' } });
    const ran = spawnSync('sh', ['-c', `${command} status`], { encoding: 'utf8', env: { PATH: `${bin}:/usr/bin:/bin` } });
    expect(ran.stdout).toBe(`npx\nfile:${tarball}\nstatus\n`);
  });

  it('a project install by its path, and a global one by its name', () => {
    const project = join(tempDir(), 'my project', 'node_modules', '.bin');
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, 'linkedin-ki-optout'), '#!/bin/sh\necho "project $*"\n');
    chmodSync(join(project, 'linkedin-ki-optout'), 0o755);
    const local = commandToRunAgain({}, { scriptPath: join(project, 'linkedin-ki-optout'), shell: 'posix' });
    expect(spawnSync('sh', ['-c', `${local} status`], { encoding: 'utf8' }).stdout).toBe('project status\n');
    const bin = echoingPrograms(['linkedin-ki-optout']);
    const global = commandToRunAgain({}, { scriptPath: '/usr/local/bin/linkedin-ki-optout', shell: 'posix' });
    expect(spawnSync('sh', ['-c', `${global} status`], { encoding: 'utf8', env: { PATH: `${bin}:/usr/bin:/bin` } }).stdout).toBe(
      'linkedin-ki-optout\nstatus\n',
    );
  });
});
