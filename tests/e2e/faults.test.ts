import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { home } from '../helpers/home.js';
import { KEY, startPty } from '../helpers/pty.js';
import { renderTerminal } from '../helpers/screen.js';
import { CAN_RUN_AS_NOBODY as canDropPrivileges, NOBODY } from '../helpers/users.js';

const installed = inject('packed');

/** Starts the guide in German in the app for the EU and does the first two steps. */
async function guideAtStepThree(env: Record<string, string>, dir: string, shell = false) {
  const command = shell
    ? startPty('/bin/sh', ['-c', `"${installed.bin}" --lang de --platform app --region eu; echo "exit=$?"; stty -a`], env, dir)
    : startPty(installed.bin, ['--lang', 'de', '--platform', 'app', '--region', 'eu'], env, dir);
  await command.answer('Wie möchten Sie vorgehen?');
  await command.answer('Schritt 1 von 4');
  await command.answer('Schritt 2 von 4');
  await command.waitFor('Schritt 3 von 4');
  await command.waitFor('⏎');
  return command;
}

describe('told to stop while waiting for an answer', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ] as const)('%s: exit %i, one line, the steps so far on disk, cursor shown, terminal back in line mode', async (signal, code) => {
    const { dir, env, statePath } = home();
    const session = await guideAtStepThree(env, dir, true);
    // The tool is the shell's child; signal it, not the shell.
    const pids = spawnSync('pgrep', ['-P', String(session.process.pid)], { encoding: 'utf8' })
      .stdout.trim()
      .split('\n');
    process.kill(Number(pids[0]), signal);
    await session.waitFor(`exit=${code}`);
    await session.waitFor(/\s-?icanon\s/);
    const screen = session.screen();
    expect(screen.replace(/\s+/g, ' ')).toContain(`Abgebrochen. Fortschritt gespeichert. Weiter mit: ${installed.bin}`);
    expect(screen).not.toMatch(/\bat .*:\d+:\d+\)?\n/);
    const raw = session.raw();
    expect(raw.lastIndexOf('\u001B[?25h')).toBeGreaterThan(raw.lastIndexOf('\u001B[?25l'));
    // `stty -a` after the tool exited: canonical mode and echo are on again.
    const stty = screen.slice(screen.indexOf(`exit=${code}`));
    expect(stty).toMatch(/\sicanon\s/);
    expect(stty).not.toMatch(/-icanon|-echo\s/);
    const state = JSON.parse(readFileSync(statePath, 'utf8'));
    expect(Object.keys(state.guides['generative-ai'].steps)).toEqual(['settings', 'data-privacy']);
  });
});

describe('odd terminals and pipes', () => {
  it('a terminal 40 columns wide: every line fits, the guide works to the end', async () => {
    const { dir, env, statePath } = home();
    const session = startPty(installed.bin, ['--lang', 'en', '--platform', 'web', '--region', 'us'], env, dir, { cols: 40 });
    await session.choose('How would you like to go on?', 'Let me choose');
    await session.untick('Which would you like to do now?', ['Switch off research use', 'Stop sharing ad data with Microsoft']);
    await session.answer('directly');
    await session.answer('read “Off” now?');
    expect(await session.exit).toMatchObject({ exitCode: 0 });
    // Drawn in a 40-column terminal emulator: no line had to be broken by the terminal (which would
    // split words), except where a link longer than a line continues.
    const lines = await renderTerminal(session.raw(), 40, 24);
    expect(lines.some((line) => line.text.includes('“Off” now?'))).toBe(true);
    expect(lines.some((line) => line.text.includes('Done for now.'))).toBe(true);
    expect(JSON.parse(readFileSync(statePath, 'utf8')).settings.selected).toEqual(['generative-ai']);
    // The only thing the terminal may continue is a single word longer than a line (a link, a path).
    lines.forEach((line, index) => {
      if (line.wrapped) expect(lines[index - 1]?.text.trim(), line.text).not.toContain(' ');
    });
  });

  it('a terminal resized during a question keeps working', async () => {
    const { dir, env } = home();
    const session = startPty(installed.bin, ['--lang', 'en', '--platform', 'app', '--region', 'us'], env, dir);
    await session.answer('How would you like to go on?');
    await session.waitFor('Step 1 of 4');
    await session.waitFor('⏎');
    session.process.resize(50, 15);
    session.process.resize(120, 50);
    await session.answer('Step 1 of 4');
    await session.answer('Step 2 of 4', KEY.ctrlC);
    expect(await session.exit).toMatchObject({ exitCode: 130 });
  });

  it('output piped into head: no error, exit 0', () => {
    const { dir, env } = home();
    const result = spawnSync('sh', ['-c', `"${installed.bin}" checklist --lang de | head -1; echo "status=\${PIPESTATUS:-$?}"`], {
      env,
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.stdout.split('\n')[0]).toBe('LinkedIn: kein KI-Training mit Ihren Daten – Checkliste');
    expect(result.stderr).toBe('');
    const direct = spawnSync('bash', ['-c', `"${installed.bin}" checklist --lang de --format json | head -c 5 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
      env,
      cwd: dir,
      encoding: 'utf8',
    });
    expect(direct.stdout.trim()).toBe('0');
    expect(direct.stderr).toBe('');
  });
});

// Root ignores file modes, so these run the tool as an unprivileged user; they are skipped, with
// the reason shown, where there is none.

function asNobody(args: string[], statePath: string, env: Record<string, string>) {
  return spawnSync(process.execPath, [installed.bin, ...args, '--state-file', statePath], {
    env: { ...env, HOME: dirname(statePath), LANG: 'en_US.UTF-8' },
    cwd: '/',
    uid: NOBODY,
    gid: NOBODY,
    encoding: 'utf8',
  });
}

function nobodyDir(): string {
  const { dir } = home();
  chmodSync(dir, 0o755);
  const own = join(dir, 'nobody');
  mkdirSync(own);
  chownSync(own, NOBODY, NOBODY);
  return own;
}

describe.skipIf(!canDropPrivileges)('permissions (run as the unprivileged user "nobody")', () => {
  const state = JSON.stringify({
    version: 1,
    settings: { language: 'en' },
    guides: { 'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: '2026-11-20T09:00:00.000Z' } } },
  });

  it('a read-only progress file: status reads it, reset cannot delete it and says why, the file is unchanged', () => {
    const dir = nobodyDir();
    const file = join(dir, 'progress.json');
    writeFileSync(file, state);
    chownSync(file, NOBODY, NOBODY);
    chmodSync(file, 0o400);
    chmodSync(dir, 0o500);
    const status = asNobody(['status'], file, home().env);
    expect(status.status).toBe(0);
    expect(status.stdout).toContain('✓ Switch off AI training – done on 20 November 2026');
    const reset = asNobody(['reset', '--yes'], file, home().env);
    expect(reset.status).toBe(1);
    expect(reset.stderr).toBe(`Could not save progress to ${file}: permission denied (EACCES)\n`);
    expect(readFileSync(file, 'utf8')).toBe(state);
  });

  it('a file that cannot be read at all: exit 1 with the reason, nothing written', () => {
    const dir = nobodyDir();
    const file = join(dir, 'progress.json');
    writeFileSync(file, state, { mode: 0o600 });
    chmodSync(dir, 0o755);
    const result = asNobody(['status'], file, home().env);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`Could not read the progress file ${file}: permission denied (EACCES)\n`);
    expect(readFileSync(file, 'utf8')).toBe(state);
  });

  it('a read-only folder: the guide says progress cannot be saved, where, and goes on', async () => {
    const dir = nobodyDir();
    chmodSync(dir, 0o555);
    const file = join(dir, 'progress.json');
    const { env } = home();
    const session = startPty(
      '/bin/sh',
      [
        '-c',
        `exec setpriv --reuid=${NOBODY} --regid=${NOBODY} --clear-groups "${process.execPath}" "${installed.bin}" --lang en --platform app --region us --state-file "${file}"`,
      ],
      { ...env, HOME: dir },
      '/',
    );
    // The first save (the answers given as options) already fails.
    await session.waitFor(`Could not save progress to ${file}: permission denied (EACCES)`);
    await session.answer('How would you like to go on?');
    await session.answer('Step 1 of 4');
    await session.answer('Step 2 of 4');
    await session.answer('Step 3 of 4', KEY.ctrlC);
    expect(await session.exit).toMatchObject({ exitCode: 130 });
    // Said at each answer whose save failed: the settings, the plan, step 1, step 2.
    expect(session.screen().split('Could not save progress').length - 1).toBe(4);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('no network', () => {
  // Every way a Node program can reach the network throws and leaves a mark.
  const guard = (mark: string) => `
const fs = require('fs');
const deny = (what) => function () { fs.appendFileSync(${JSON.stringify(mark)}, what + '\\n'); throw new Error('network access: ' + what); };
const net = require('net');
net.connect = net.createConnection = deny('net.connect');
net.Socket.prototype.connect = deny('net.Socket.connect');
require('tls').connect = deny('tls.connect');
for (const name of ['http', 'https']) { const m = require(name); m.request = m.get = deny(name); }
const dns = require('dns');
for (const key of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) dns[key] = deny('dns.' + key);
for (const key of ['lookup', 'resolve']) dns.promises[key] = deny('dns.promises.' + key);
require('dgram').createSocket = deny('dgram');
globalThis.fetch = deny('fetch');
`;

  it('the whole guide and every command run with the network forbidden', async () => {
    const { dir, env, statePath } = home();
    const mark = join(dir, 'network-used.txt');
    const preload = join(dir, 'no-network.cjs');
    writeFileSync(preload, guard(mark));
    // The guard works: it would catch an attempt.
    const probe = spawnSync(process.execPath, ['--require', preload, '-e', "require('https').get('https://www.linkedin.com/')"], { env });
    expect(probe.status).not.toBe(0);
    expect(readFileSync(mark, 'utf8')).toBe('https\n');
    writeFileSync(mark, '');

    const session = startPty(process.execPath, ['--require', preload, installed.bin, '--lang', 'en', '--platform', 'web', '--region', 'eu'], env, dir);
    // Enter at every question: every guide, the links opened (by a stand-in opener), the form sent.
    for (const question of [
      'How would you like to go on?',
      'Open “Data for',
      'Does it read “Off” now?',
      'Open “Social',
      'Does it read “Off” now?',
      "Open LinkedIn's form",
      'In the form, choose',
    ]) {
      await session.answer(question);
    }
    expect(await session.exit).toMatchObject({ exitCode: 0 });
    for (const args of [
      ['--help'],
      ['--version'],
      ['checklist'],
      ['checklist', '--format', 'json'],
      ['status'],
      ['status', '--format', 'json'],
      ['objection'],
      ['reset', '--yes'],
    ]) {
      const result = spawnSync(process.execPath, ['--require', preload, installed.bin, ...args], { env, cwd: dir, encoding: 'utf8' });
      expect(result.status, args.join(' ')).toBe(0);
    }
    expect(readFileSync(mark, 'utf8')).toBe('');
    expect(existsSync(statePath)).toBe(false);
  });
});

// A real full disk: a 64 kB RAM file system, filled up. Mounting needs root; without it the test is
// skipped with that reason.
const mountProbe = (() => {
  if (process.getuid?.() !== 0) return 'mounting a file system needs root';
  const dir = mkdtempSync(join(tmpdir(), 'lkio-mount-'));
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
  spawnSync('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
  return result.status === 0 ? '' : `mount -t tmpfs failed: ${result.stderr}`;
})();

describe.skipIf(mountProbe !== '')(`a full disk${mountProbe ? ` (skipped: ${mountProbe})` : ''}`, () => {
  it('the guide says progress cannot be saved, goes on, and what was saved before stays intact', async () => {
    const { dir, env } = home();
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]).status).toBe(0);
    try {
      const file = join(dir, 'progress.json');
      const saved = JSON.stringify({
        version: 1,
        settings: { language: 'en', platform: 'app', region: 'us' },
        guides: { 'generative-ai': { platform: 'app', steps: { settings: { doneAt: '2026-11-20T09:00:00.000Z' } } } },
      });
      writeFileSync(file, saved, { mode: 0o600 });
      // Fill every remaining block.
      spawnSync('dd', ['if=/dev/zero', `of=${join(dir, 'filler')}`, 'bs=1k', 'count=128']);
      const session = startPty(installed.bin, ['--state-file', file], { ...env, HOME: dir }, dir);
      await session.answer('What would you like to do?');
      await session.waitFor(`Could not save progress to ${file}: no space left on the device (ENOSPC)`);
      await session.answer('Step 2 of 4');
      await session.answer('Step 3 of 4', KEY.ctrlC);
      expect(await session.exit).toMatchObject({ exitCode: 130 });
      expect(readFileSync(file, 'utf8')).toBe(saved);
      expect(readdirSync(dir).sort()).toEqual(['filler', 'progress.json']);
    } finally {
      spawnSync('umount', [dir]);
    }
  });
});
