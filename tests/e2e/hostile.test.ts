import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lchownSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { home } from '../helpers/home.js';
import { KEY, startPty } from '../helpers/pty.js';
import { CAN_RUN_AS_NOBODY as isRoot, NOBODY, sharedFolder } from '../helpers/users.js';

const installed = inject('packed');

describe('no exit code that lies', () => {
  it('Ctrl+D at a question is a cancel: exit 130, one line', async () => {
    const { dir, env, statePath } = home();
    const session = startPty(installed.bin, ['--lang', 'en', '--platform', 'web', '--region', 'us'], env, dir);
    await session.answer('How would you like to go on?', KEY.ctrlD);
    expect(await session.exit).toMatchObject({ exitCode: 130 });
    // The answers given as options were saved, so the line says so.
    // Named as it was started: the installed command, by its path.
    expect(session.screen().replace(/\s+/g, ' ')).toContain(`Cancelled. Your progress is saved. To continue: ${installed.bin}`);
    expect(JSON.parse(readFileSync(statePath, 'utf8')).settings).toMatchObject({ platform: 'web', region: 'us' });
  });

  it('Ctrl+D at the first question, before anything was saved: "Cancelled." only', async () => {
    const { dir, env } = home();
    const session = startPty(installed.bin, [], { ...env, LANG: 'de_DE.UTF-8' }, dir);
    await session.answer('Sprache / Language', KEY.ctrlD);
    expect(await session.exit).toMatchObject({ exitCode: 130 });
    expect(session.screen()).toMatch(/Abgebrochen\.\s*$/);
  });

  it('Ctrl+Z, then fg: the question is back and answers', async () => {
    const { dir, env } = home();
    const shell = startPty('bash', ['--norc', '--noprofile', '-i'], { ...env, PS1: '$ ' }, dir);
    await shell.waitFor('$ ');
    shell.process.write(`"${installed.bin}" --lang en --platform web --region us\r`);
    await shell.answer('How would you like to go on?', KEY.ctrlZ);
    await shell.waitFor('Stopped');
    shell.process.write('fg\r');
    await shell.waitFor('linkedin-ki-optout');
    // The question takes keys again: choose and go on to the first guide.
    await new Promise((resolve) => setTimeout(resolve, 300));
    shell.process.write(KEY.enter);
    await shell.answer('directly', KEY.ctrlC);
    await shell.waitFor('Cancelled. Your progress is saved.');
    shell.process.write('echo "exit=$?"\r');
    await shell.waitFor('exit=130');
    shell.process.write('exit\r');
    await shell.exit;
  });

  it('a full stdout (/dev/full): exit 1 with one sentence, also for --help and --version without a stack trace', () => {
    const { dir, env } = home();
    const english = 'Could not write the output: no space left on the device (ENOSPC)\n';
    for (const [args, message] of [
      [['checklist', '--lang', 'de'], 'Die Ausgabe konnte nicht geschrieben werden: kein Platz mehr auf dem Datenträger (ENOSPC)\n'],
      [['status', '--format', 'json'], english],
      [['--help'], english],
      [['--version'], english],
    ] as const) {
      const result = spawnSync('sh', ['-c', `"${installed.bin}" ${args.join(' ')} > /dev/full`], {
        env: { ...env, LANG: 'en_US.UTF-8' },
        cwd: dir,
        encoding: 'utf8',
      });
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr, args.join(' ')).toBe(message);
    }
  });

  it.each([[[]], [['--accessible']]])('the terminal closing at a question (%j): "the terminal went away", exit 129, no abort', async (extra) => {
    const { dir, env, statePath } = home();
    const session = startPty(installed.bin, ['--lang', 'en', '--platform', 'web', '--region', 'us', ...extra], env, dir);
    await session.waitFor(/How would you like to go on\?[\s\S]*(⏎|Enter alone)/);
    // The window closes: the terminal's master side goes away (SIGHUP, then EIO on every read and write).
    (session.process as unknown as { destroy(): void }).destroy();
    expect(await session.exit).toMatchObject({ exitCode: 129, signal: 0 });
    // What was answered before (the options) is kept.
    expect(JSON.parse(readFileSync(statePath, 'utf8')).settings).toMatchObject({ platform: 'web', region: 'us' });
  });

  it('stderr into a closed pipe (2>&1 | head): no unhandled EPIPE, the exit code of the command', () => {
    const { dir, env } = home();
    // head ends before the tool writes its sentence (to stderr, into the same pipe).
    for (const [args, code] of [
      ['bogus', 2],
      ['--platform bogus status', 2],
      ['status --check', 3],
    ] as const) {
      const result = spawnSync('bash', ['-c', `{ sleep 0.3; "${installed.bin}" ${args}; } 2>&1 | head -c 0; echo "\${PIPESTATUS[0]}"`], {
        env: { ...env, LANG: 'en_US.UTF-8' },
        cwd: dir,
        encoding: 'utf8',
      });
      expect(result.stdout, args).toBe(`${code}\n`);
    }
  });

  it('HOME empty or relative: the operating system’s home folder, never one relative to where it runs', () => {
    const { dir, env } = home();
    for (const value of ['', 'relative/home']) {
      const result = spawnSync(installed.bin, ['status', '--format', 'json'], { env: { ...env, HOME: value }, cwd: dir, encoding: 'utf8' });
      expect(result.status).toBe(0);
      const { stateFile } = JSON.parse(result.stdout) as { stateFile: string };
      expect(stateFile.startsWith('/')).toBe(true);
      expect(stateFile.startsWith(dir)).toBe(false);
    }
  });
});

// Root runs the tool over paths another user controls; "nobody" is that other user.

describe.skipIf(!isRoot)('as root, a progress path planted by another user in a shared folder', () => {
  function planted() {
    const { dir, env } = home();
    const shared = sharedFolder(dir, 'tmp');
    const target = join(dir, 'precious.conf');
    writeFileSync(target, 'precious\n');
    chmodSync(target, 0o644);
    const link = join(shared, 'progress.json');
    symlinkSync(target, link);
    lchownSync(link, NOBODY, NOBODY);
    return { dir, env: { ...env, LANG: 'en_US.UTF-8' }, target, link };
  }

  function intact(target: string) {
    expect(readFileSync(target, 'utf8')).toBe('precious\n');
    expect(statSync(target).mode & 0o777).toBe(0o644);
  }

  it('status, checklist and reset --yes leave the target as it was', () => {
    const { dir, env, target, link } = planted();
    for (const args of [['status'], ['checklist'], ['reset', '--yes']]) {
      const result = spawnSync(installed.bin, [...args, '--state-file', link], { env, cwd: dir, encoding: 'utf8' });
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr).toContain("a symbolic link in a shared folder or to another user's file, which the tool does not follow");
      intact(target);
    }
  });

  it('the guide neither renames nor overwrites the target, and says why once', async () => {
    const { dir, env, target, link } = planted();
    const session = startPty(installed.bin, ['--lang', 'en', '--platform', 'web', '--region', 'us', '--state-file', link], env, dir);
    await session.waitFor('which the tool does not follow');
    expect(await session.exit).toMatchObject({ exitCode: 1 });
    intact(target);
    expect(readdirSync(dir).sort()).toEqual(['precious.conf', 'tmp']);
  });

  it('checklist --output through such a link is refused', () => {
    const { dir, env, target, link } = planted();
    const result = spawnSync(installed.bin, ['checklist', '--output', link], { env, cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(1);
    intact(target);
  });

  it("a root run over a user's own progress file leaves it the user's", () => {
    const { dir, env } = home();
    chmodSync(dir, 0o755);
    const own = join(dir, 'ada');
    mkdirSync(own);
    chownSync(own, NOBODY, NOBODY);
    const file = join(own, 'progress.json');
    writeFileSync(file, JSON.stringify({ version: 1, settings: {}, guides: {} }));
    chownSync(file, NOBODY, NOBODY);
    const result = spawnSync(installed.bin, ['checklist', '--output', join(own, 'receipt.md')], { env: { ...env, LANG: 'C' }, cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(0);
    chownSync(join(own, 'receipt.md'), NOBODY, NOBODY);
    expect(spawnSync(installed.bin, ['checklist', '--output', join(own, 'receipt.md')], { env, cwd: dir }).status).toBe(0);
    expect(statSync(join(own, 'receipt.md'))).toMatchObject({ uid: NOBODY, gid: NOBODY });
  });
});

describe.skipIf(!isRoot)('as "nobody", a lock that cannot be removed: the wait ends', () => {
  it('a stale lock of root in a shared folder: the guide says so within seconds, and Ctrl+C ends it', async () => {
    const { dir, env } = home();
    chmodSync(dir, 0o755);
    const shared = sharedFolder(dir);
    const file = join(shared, 'progress.json');
    // Root's lock, from a process that is gone: stale, but nobody may not remove it.
    writeFileSync(`${file}.lock`, '999999999\n');
    const started = Date.now();
    const session = startPty(
      '/bin/sh',
      [
        '-c',
        `exec setpriv --reuid=${NOBODY} --regid=${NOBODY} --clear-groups "${process.execPath}" "${installed.bin}" --lang en --platform web --region us --state-file "${file}"`,
      ],
      { ...env, HOME: shared },
      '/',
    );
    await session.waitFor('another run of the tool is saving and did not finish in time', 8_000);
    expect(Date.now() - started).toBeLessThan(6_000);
    await session.answer('How would you like to go on?', KEY.ctrlC);
    expect(await session.exit).toMatchObject({ exitCode: 130 });
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe('999999999\n');
  });

  it('a folder named progress.json.lock: said at once, SIGTERM still ends the guide with 143', async () => {
    const { dir, env } = home();
    chownSync(dir, NOBODY, NOBODY);
    const file = join(dir, 'progress.json');
    mkdirSync(`${file}.lock`);
    const session = startPty(
      '/bin/sh',
      [
        '-c',
        `exec setpriv --reuid=${NOBODY} --regid=${NOBODY} --clear-groups "${process.execPath}" "${installed.bin}" --lang en --platform web --region us --state-file "${file}"`,
      ],
      { ...env, HOME: dir },
      '/',
    );
    await session.waitFor('is in the way; it is not a lock file of this tool');
    await session.waitFor('How would you like to go on?');
    session.process.kill('SIGTERM');
    expect(await session.exit).toMatchObject({ exitCode: 143 });
  });
});

// Issue 22: a path is safe only if every folder on the way is, with links at every level.
describe.skipIf(!isRoot)('every folder on the way, as root and as "nobody"', () => {
  const STRANGER = 4242;
  const asNobody = (args: readonly string[], env: Record<string, string>) =>
    spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, installed.bin, ...args], {
      env: { ...env, LANG: 'en_US.UTF-8' },
      cwd: '/',
      encoding: 'utf8',
    });

  /** dir/a/b/c, nobody's; root's precious file elsewhere. */
  function tree() {
    const { dir, env } = home();
    chmodSync(dir, 0o755);
    const folders = ['a', 'b', 'c'].map((_, index, names) => join(dir, ...names.slice(0, index + 1)));
    for (const folder of folders) {
      mkdirSync(folder);
      chownSync(folder, NOBODY, NOBODY);
    }
    const precious = join(dir, 'precious');
    mkdirSync(precious);
    writeFileSync(join(precious, 'receipt.md'), 'precious\n');
    return { dir, env, folders, precious };
  }

  it("root: --output through a link of another user in that user's own folder, to a file of root: refused, the file intact", () => {
    const { env, folders, precious } = tree();
    const link = join(folders[2] as string, 'receipt.md');
    symlinkSync(join(precious, 'receipt.md'), link);
    lchownSync(link, NOBODY, NOBODY);
    const result = spawnSync(installed.bin, ['checklist', '--output', link], { env: { ...env, LANG: 'en_US.UTF-8' }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('which the tool does not follow');
    expect(readFileSync(join(precious, 'receipt.md'), 'utf8')).toBe('precious\n');
  });

  it("root: a progress path in another user's home through that user's link: root's file elsewhere is neither set aside nor replaced", async () => {
    const { dir, env, folders, precious } = tree();
    writeFileSync(join(precious, 'receipt.md'), '{ damaged');
    const link = join(folders[2] as string, 'progress.json');
    symlinkSync(join(precious, 'receipt.md'), link);
    lchownSync(link, NOBODY, NOBODY);
    const session = startPty(
      installed.bin,
      ['--lang', 'en', '--platform', 'web', '--region', 'us', '--state-file', link],
      { ...env, LANG: 'en_US.UTF-8' },
      dir,
    );
    await session.waitFor('which the tool does not follow');
    expect(await session.exit).toMatchObject({ exitCode: 1 });
    expect(readdirSync(precious)).toEqual(['receipt.md']);
    expect(readFileSync(join(precious, 'receipt.md'), 'utf8')).toBe('{ damaged');
  });

  it('root: a link as a folder on the way (shared/somelink/receipt.md), planted by another user: refused', () => {
    const { dir, env, precious } = tree();
    const shared = sharedFolder(dir, 'tmp');
    const somelink = join(shared, 'somelink');
    symlinkSync(precious, somelink);
    lchownSync(somelink, NOBODY, NOBODY);
    const result = spawnSync(installed.bin, ['checklist', '--output', join(somelink, 'receipt.md')], {
      env: { ...env, LANG: 'en_US.UTF-8' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(readFileSync(join(precious, 'receipt.md'), 'utf8')).toBe('precious\n');
  });

  it.each([0, 1, 2])('"nobody": a link of another user as folder %i is refused; nobody\'s own link there is followed', (level) => {
    const { env, folders } = tree();
    const folder = folders[level] as string;
    const rest = ['a', 'b', 'c'].slice(level + 1);
    const target = `${folder}-real`;
    renameSync(folder, target);
    symlinkSync(target, folder);
    lchownSync(folder, STRANGER, STRANGER);
    const output = join(folders[2] as string, 'receipt.md');
    const refused = asNobody(['checklist', '--output', output], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('which the tool does not follow');
    expect(existsSync(join(target, ...rest, 'receipt.md'))).toBe(false);
    lchownSync(folder, NOBODY, NOBODY);
    expect(asNobody(['checklist', '--output', output], env).status).toBe(0);
    expect(statSync(join(target, ...rest, 'receipt.md'))).toMatchObject({ uid: NOBODY, mode: 0o100600 });
  });

  it.each([0, 1, 2])('"nobody": folder %i of another user, or open to everyone, is refused with its name', (level) => {
    const { env, folders } = tree();
    const folder = folders[level] as string;
    const output = join(folders[2] as string, 'receipt.md');
    chmodSync(folder, 0o777);
    const open = asNobody(['checklist', '--output', output], env);
    expect(open.status).toBe(1);
    expect(open.stderr.replace(/\s+/g, ' ')).toContain(`the folder ${folder} on the way belongs to another user or others may write to it`);
    chmodSync(folder, 0o755);
    chownSync(folder, STRANGER, STRANGER);
    chmodSync(folder, 0o755);
    // nobody cannot write into a 0755 folder of another user anyway; the sentence says why it does not try.
    for (const deeper of folders.slice(level + 1)) chmodSync(deeper, 0o777 & ~0o022);
    const foreign = asNobody(['checklist', '--output', output], env);
    expect(foreign.status).toBe(1);
    expect(foreign.stderr.replace(/\s+/g, ' ')).toContain(`the folder ${folder} on the way belongs to another user`);
    expect(existsSync(output)).toBe(false);
  });

  it('a loop of links in one\'s own home is described as a loop, not as "a link in a shared folder"', () => {
    const { dir, env } = tree();
    symlinkSync(join(dir, 'two'), join(dir, 'one'));
    symlinkSync(join(dir, 'one'), join(dir, 'two'));
    const result = spawnSync(installed.bin, ['status', '--state-file', join(dir, 'one')], { env: { ...env, LANG: 'en_US.UTF-8' }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the symbolic links there lead round in a circle');
    expect(result.stderr).not.toContain('shared folder');
  });
});
