// What a screen reader says: packs and installs the tool as a user gets it (globally, so it is
// called by its name), runs it in accessible mode under Fenrir (a console screen reader; `apt-get
// install fenrir` on Debian) in its terminal mode (`fenrir -e`) inside a detached tmux window of
// 100×40, with Fenrir's speech command replaced by a script that writes each utterance to a file,
// and prints what was spoken and how many words. Runs: the hurried website guide (Enter at every
// question, once the speech has stopped), then `status` and `checklist` on the record it left, in
// German and in English. Exits with 1 when a line goes unheard, the tool cuts a sentence, an address
// or path is spoken in the guide, or a hurried run grows (issue 24).
// Usage: npm run screenreader [-- --lang de] [-- --quiet]
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { countWords, installPacked } from './packed.js';

const args = process.argv.slice(2);
const only = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined;
const quiet = args.includes('--quiet');
const COLS = 100;
const ROWS = 40;
/** Issue 24's target for the hurried German website run: met since 2026-12-03 (439 spoken words). */
const ISSUE_TARGET_GERMAN = 450;
/**
 * What the hurried website runs may not grow beyond: the words measured on 2026-12-03 once the
 * details moved behind the plan's "Tell me more first" (German 439–440, English 445–446; before that
 * 686 and 691, and before issue 24 799 and 759), with room for a word that depends on the day and for
 * a "blank" Fenrir reads or not.
 */
const MAX_GUIDE_WORDS = { de: 450, en: 455 };

const FENRIR_SETTINGS = '/etc/fenrirscreenreader/settings/settings.conf';
const PUNCTUATION = '/etc/fenrirscreenreader/punctuation';

function missing(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status !== 0;
}

if (missing('fenrir') || missing('tmux') || !existsSync(FENRIR_SETTINGS)) {
  console.error('Fenrir and tmux are needed: apt-get install -y fenrir tmux (Debian, Ubuntu).');
  process.exit(2);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function install(work) {
  const { prefix, fakeBin } = installPacked(work, { global: true });
  return { path: `${join(prefix, 'bin')}:${fakeBin}:${process.env.PATH}` };
}

/**
 * The language's punctuation names at the level "some" as Fenrir's default and English profiles
 * define it (dashes, slashes, @ and the like; not the full stop). Only the German profile of Fenrir
 * 1.9.5 puts the full stop into "some" too, which says "Punkt" after every sentence and every
 * German date ("2. Dezember"); the measurement in issue 24 has no such word.
 */
function punctuationProfile(dir, language) {
  const own = join(PUNCTUATION, `${language}.conf`);
  const some = /^some:===:.*$/m.exec(readFileSync(join(PUNCTUATION, 'default.conf'), 'utf8'))?.[0] ?? 'some:===:';
  const file = join(dir, `punctuation-${language}.conf`);
  writeFileSync(file, readFileSync(existsSync(own) ? own : join(PUNCTUATION, 'default.conf'), 'utf8').replace(/^some:===:.*$/m, some));
  return file;
}

/** Fenrir's settings: speech through `say`, the punctuation names of the language, its terminal mode. */
function settings(dir, language, shell, log) {
  const say = join(dir, 'say.sh');
  writeFileSync(say, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${log}'\n`);
  chmodSync(say, 0o755);
  const values = {
    sound: { enabled: 'False' },
    speech: { driver: 'genericDriver', genericSpeechCommand: `${say} fenrirText`, voice: language },
    screen: { driver: 'ptyDriver' },
    keyboard: { driver: 'ptyDriver', keyboardLayout: 'pty' },
    general: { punctuationProfile: punctuationProfile(dir, language), punctuationLevel: 'some', debugFile: join(dir, 'fenrir-debug.log'), shell },
    remote: { enable: 'False' },
    promote: { enabled: 'False' },
  };
  let section = '';
  const lines = readFileSync(FENRIR_SETTINGS, 'utf8')
    .split('\n')
    .map((line) => {
      const header = /^\[(\w+)\]/.exec(line);
      if (header) section = header[1];
      const entry = /^(\w+)\s*=/.exec(line);
      const value = entry ? values[section]?.[entry[1]] : undefined;
      return value === undefined ? line : `${entry[1]}=${value}`;
    });
  const file = join(dir, 'settings.conf');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** The names Fenrir speaks for punctuation in this language (they are not the tool's words). */
function punctuationNames(language) {
  const file = join(PUNCTUATION, `${existsSync(join(PUNCTUATION, `${language}.conf`)) ? language : 'default'}.conf`);
  const names = new Set();
  let inDict = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\[/.test(line)) inDict = line.startsWith('[punctDict]');
    else if (inDict && line.includes(':===:')) for (const word of tokens(line.split(':===:')[1] ?? '')) names.add(word);
  }
  return names;
}

const tokens = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

const tmux = (socket, ...rest) => spawnSync('tmux', ['-L', socket, ...rest], { encoding: 'utf8' });

/**
 * One run under Fenrir: the tool is Fenrir's shell. Each question is answered with Enter once the
 * speech has been quiet for a moment, as by a person who listens first. Resolves with what was spoken
 * and the tool's own lines (tmux's history, soft wraps joined).
 */
/** Nothing answered and the tool not ended after 30 s: its command did not start under Fenrir (seen now and then on a busy machine). */
class NoStart extends Error {}

/** `listen`, once more when Fenrir did not start: nothing ran, so nothing was recorded that a second try would see. */
async function listenStarted(...args) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await listen(...args);
    } catch (error) {
      if (!(error instanceof NoStart) || attempt === 3) throw error;
      console.log(`\n(${error.message}; started again)`);
    }
  }
}

async function listen(work, label, language, env, toolArgs) {
  const dir = mkdtempSync(join(work, 'run-'));
  const log = join(dir, 'spoken.log');
  const exitFile = join(dir, 'exit');
  const shell = join(dir, 'run.sh');
  const exports = Object.entries(env)
    .map(([key, value]) => `export ${key}='${value}'`)
    .join('\n');
  // The pause after the tool ends lets Fenrir speak the last lines before the window closes.
  // Started once Fenrir listens, as from a shell prompt: what is on screen before is not read as new.
  // CI (set by .ci/run) would make the tool treat the terminal as none, and the guide would refuse to ask.
  writeFileSync(shell, `#!/bin/sh\nunset CI\n${exports}\ncd "$HOME"\nsleep 2\nlinkedin-ki-optout ${toolArgs.join(' ')}\necho $? > '${exitFile}'\nsleep 4\n`);
  chmodSync(shell, 0o755);
  writeFileSync(log, '');
  const socket = `lkio-sr-${process.pid}`;
  const session = `sr${Date.now()}`;
  tmux(socket, 'new-session', '-d', '-s', session, '-x', String(COLS), '-y', String(ROWS), `fenrir -e -s '${settings(dir, language, shell, log)}'`);
  let answers = 0;
  let size = 0;
  let quietSince = Date.now();
  const started = Date.now();
  try {
    for (;;) {
      await sleep(200);
      if (Date.now() - started > 180_000) throw new Error(`${label}: no end after ${answers} answers`);
      if (answers === 0 && !existsSync(exitFile) && Date.now() - started > 30_000) {
        throw new NoStart(`${label}: the tool had not started after 30 s`);
      }
      const now = readFileSync(log, 'utf8').length;
      if (now !== size) {
        size = now;
        quietSince = Date.now();
        continue;
      }
      if (existsSync(exitFile)) {
        if (Date.now() - quietSince > 2500) break;
        continue;
      }
      if (Date.now() - quietSince < 1200) continue;
      const pane = tmux(socket, 'capture-pane', '-p', '-t', session).stdout.replace(/\s+$/, '');
      if (/: ?$/.test(pane)) {
        tmux(socket, 'send-keys', '-t', session, 'Enter');
        answers += 1;
        quietSince = Date.now();
      }
    }
    const screen = tmux(socket, 'capture-pane', '-p', '-J', '-S', '-', '-t', session).stdout;
    const spoken = readFileSync(log, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !/^(Start|Quit) Fenrir$/.test(line.trim()));
    return { label, language, answers, exitCode: Number(readFileSync(exitFile, 'utf8')), spoken, screen };
  } finally {
    tmux(socket, 'kill-server');
  }
}

/** The tool's lines no utterance contained: each must be heard at least once, word for word. */
function unheard(run) {
  const ignore = punctuationNames(run.language);
  const heard = ` ${tokens(run.spoken.join(' '))
    .filter((word) => !ignore.has(word))
    .join(' ')} `;
  return run.screen
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => tokens(line).length > 0)
    .filter((line) => {
      const words = tokens(line).filter((word) => !ignore.has(word));
      return words.length > 0 && !heard.includes(` ${words.join(' ')} `);
    });
}

/** Lines the tool broke inside a sentence: no closing mark, and the next line goes on in lower case. */
function cutSentences(run) {
  const lines = run.screen.split('\n').map((line) => line.trim());
  return lines.filter((line, index) => line !== '' && !/[.:?!“”"»)]$/u.test(line) && /^\p{Ll}/u.test(lines[index + 1] ?? ''));
}

const RUNS = [
  { language: 'de', lang: 'de_DE.UTF-8' },
  { language: 'en', lang: 'en_IE.UTF-8' },
].filter((run) => only === undefined || run.language === only);

const work = mkdtempSync(join(tmpdir(), 'lkio-sr-'));
const failures = [];
try {
  const { path } = install(work);
  console.log(`Fenrir in its terminal mode, ${COLS}×${ROWS}, the packed tool in accessible mode (ACCESSIBLE=1):`);
  for (const { language, lang } of RUNS) {
    const home = mkdtempSync(join(work, 'home-'));
    const env = { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), PATH: path, LANG: lang, ACCESSIBLE: '1' };
    for (const [what, toolArgs] of [
      ['guide, website, all Enter', []],
      ['status', ['status']],
      ['checklist', ['checklist']],
    ]) {
      // Fenrir polls the screen; on a busy machine it now and then reads a burst of output late or
      // not at all. A run whose lines were not all heard is listened to once more (status and
      // checklist only: the guide's record would change), and counts as heard when either was.
      let run = await listenStarted(work, `${language}: ${what}`, language, env, toolArgs);
      if (what !== 'guide, website, all Enter' && unheard(run).length > 0) {
        console.log(`\n(${run.label}: ${unheard(run).length} lines not heard, listened to again)`);
        run = await listenStarted(work, `${language}: ${what}`, language, env, toolArgs);
      }
      const words = countWords(run.spoken.join(' '));
      const lost = unheard(run);
      const cut = cutSentences(run);
      const spokenText = run.spoken.join('\n');
      const addresses = /https?\b|www\b|geteilt durch|\bslash\b/i.test(spokenText);
      console.log(`\n=== ${run.label}: ${words} spoken words, ${run.answers} answers, exit ${run.exitCode}`);
      if (!quiet) for (const line of run.spoken) console.log(`  | ${line}`);
      console.log(`  lines not heard: ${lost.length}${lost.map((line) => `\n    - ${line}`).join('')}`);
      console.log(`  lines the tool broke inside a sentence: ${cut.length}${cut.map((line) => `\n    - ${line}`).join('')}`);
      console.log(`  an address or path spoken: ${addresses ? 'yes' : 'no'}`);
      if (run.exitCode !== 0) failures.push(`${run.label}: exit ${run.exitCode}`);
      if (lost.length > 0) failures.push(`${run.label}: ${lost.length} lines not heard`);
      if (cut.length > 0) failures.push(`${run.label}: ${cut.length} sentences cut at a line end`);
      if (what.startsWith('guide') && addresses) failures.push(`${run.label}: an address or path was spoken`);
      if (what.startsWith('guide') && words > MAX_GUIDE_WORDS[language]) {
        failures.push(`${run.label}: ${words} spoken words, more than ${MAX_GUIDE_WORDS[language]}`);
      }
      if (what.startsWith('guide') && language === 'de') {
        console.log(
          `  issue 24's target for this run: at most ${ISSUE_TARGET_GERMAN} words (${words <= ISSUE_TARGET_GERMAN ? 'met' : `not met, ${words - ISSUE_TARGET_GERMAN} over`})`,
        );
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.log(`\nTargets missed:\n${failures.map((line) => `- ${line}`).join('\n')}`);
  process.exit(1);
}
console.log("\nEvery check passed (issue 24's word target for the German guide: see above).");
