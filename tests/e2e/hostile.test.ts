import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, lchownSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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
    chmodSync(dir, 0o777);
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
