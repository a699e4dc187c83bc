// How long the guide takes for a hurried person: packs and installs the tool as a user gets it, runs
// the guide in a pseudo-terminal (node-pty) played into a headless xterm, and presses Enter at every
// question, taking each default. Prints the answers given and the words that were on screen: the
// words left on the screen at the end plus the words of each list of choices while it was open
// (Inquirer clears those once answered). A browser opener that does nothing stands in for the
// browser. After each hurried run, a re-check run: the same person, the clock moved past the re-check
// date with faketime (skipped with a note when faketime is missing), Enter at every question again.
// For both runs it prints what the progress file records. Usage: npm run walkthrough [-- --cols 100] [-- --verbose]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import xterm from '@xterm/headless';
import { spawn } from 'node-pty';

import { countWords, installPacked } from './packed.js';

const args = process.argv.slice(2);
const COLS = Number(args[args.indexOf('--cols') + 1]) || 100;
const ROWS = 50;
const verbose = args.includes('--verbose');

function install(work) {
  const { prefix, fakeBin } = installPacked(work);
  return { bin: join(prefix, 'node_modules', '.bin', 'linkedin-ki-optout'), fakeBin };
}

function bufferLines(terminal) {
  const buffer = terminal.buffer.active;
  const lines = [];
  for (let y = 0; y < buffer.length; y += 1) lines.push(buffer.getLine(y)?.translateToString(true) ?? '');
  return lines;
}

/** The open list of choices and the key help under it: the part of a question that goes away once answered. */
function choiceLines(lines) {
  let end = lines.length - 1;
  while (end >= 0 && !lines[end].includes('⏎')) end -= 1;
  if (end < 0) return [];
  let start = end;
  while (start > 0 && (lines[start - 1] === '' || /^[❯ ]/.test(lines[start - 1])) && !/^\? /.test(lines[start - 1])) start -= 1;
  // The question's own continuation lines start with spaces too only when indented; Inquirer does not indent them.
  return lines.slice(start, end + 1);
}

/** What the progress file records, one line per guide: each step done or skipped, and the answer to its check, with their times. */
export function describeRecord(path) {
  if (!existsSync(path)) return ['  (no progress file)'];
  const state = JSON.parse(readFileSync(path, 'utf8'));
  return Object.entries(state.guides ?? {}).map(([id, guide]) => {
    const steps = Object.entries(guide.steps ?? {}).map(
      ([step, entry]) => `${step} ${'doneAt' in entry ? `done ${entry.doneAt}` : `skipped ${entry.skippedAt}`}`,
    );
    const check = guide.verification;
    const answer = check ? `; check: ${check.result} at ${check.at}${check.checkedAt ? `, checked again ${check.checkedAt}` : ''}` : '; check: not answered';
    return `  ${id}: ${steps.join(', ') || 'no steps'}${answer}`;
  });
}

/** The command line for the tool, with the clock moved to `at` (faketime) when given. */
function command(bin, args, at) {
  return at === undefined ? [bin, args] : ['faketime', [at, bin, ...args]];
}

/** Runs one walkthrough and resolves with { answers, wordsLeft, wordsOfChoices, screen }. */
function walk(bin, args, env, label, at) {
  return new Promise((resolve, reject) => {
    const terminal = new xterm.Terminal({ cols: COLS, rows: ROWS, scrollback: 5000, allowProposedApi: true });
    const [file, argv] = command(bin, args, at);
    const child = spawn(file, argv, { name: 'xterm-256color', cols: COLS, rows: ROWS, cwd: env.HOME, env });
    let output = '';
    let from = 0;
    let answers = 0;
    let wordsOfChoices = 0;
    let pending = false;
    const timer = setTimeout(() => reject(new Error(`${label}: stuck after ${answers} answers:\n${output.slice(-1500)}`)), 60_000);
    const advance = () => {
      if (pending) return;
      const seen = output.slice(from).replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '');
      if (!seen.includes('⏎')) return;
      pending = true;
      // Let the prompt finish drawing, then read it like a person and press Enter.
      setTimeout(() => {
        terminal.write('', () => {
          wordsOfChoices += countWords(choiceLines(bufferLines(terminal)).join('\n'));
          answers += 1;
          from = output.length;
          pending = false;
          child.write('\r');
        });
      }, 120);
    };
    child.onData((data) => {
      output += data;
      terminal.write(data, advance);
    });
    child.onExit(({ exitCode }) => {
      setTimeout(() => {
        terminal.write('', () => {
          clearTimeout(timer);
          const screen = bufferLines(terminal).join('\n').replace(/\n+$/, '');
          resolve({ exitCode, answers, wordsLeft: countWords(screen), wordsOfChoices, screen });
        });
      }, 100);
    });
  });
}

// The first two are the runs the targets are for; the app path keeps its steps and is shown for comparison.
const RUNS = [
  { label: 'German, website, EU', lang: 'de_DE.UTF-8', args: [] },
  { label: 'English, website, EU', lang: 'en_IE.UTF-8', args: [] },
  { label: 'English, app, UK', lang: 'en_GB.UTF-8', args: ['--platform', 'app', '--region', 'uk'] },
];

/** Seven months on: past the re-check (six months after a confirmation) and past the form's follow-up day. */
const RECHECK_AT = (() => {
  const later = new Date();
  later.setMonth(later.getMonth() + 7);
  return `${later.toISOString().slice(0, 10)} 10:00:00`;
})();
const hasFaketime = (() => {
  try {
    execFileSync('faketime', ['2027-01-01 00:00:00', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function report(label, result, statePath) {
  if (verbose) console.log(`\n--- ${label} ---\n${result.screen}\n`);
  const total = result.wordsLeft + result.wordsOfChoices;
  console.log(
    `${label}: ${result.answers} answers, ${total} words on screen (${result.wordsLeft} left at the end, ${result.wordsOfChoices} in lists of choices), exit ${result.exitCode}`,
  );
  console.log(describeRecord(statePath).join('\n'));
}

const work = mkdtempSync(join(tmpdir(), 'lkio-walk-'));
try {
  const { bin, fakeBin } = install(work);
  console.log(`Hurried walkthrough of the packed tool, ${COLS} columns, Enter at every question:`);
  for (const run of RUNS) {
    const home = mkdtempSync(join(work, 'home-'));
    const env = { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), PATH: `${fakeBin}:${process.env.PATH}`, LANG: run.lang, TERM: 'xterm-256color' };
    const statePath = join(home, '.config', 'linkedin-ki-optout', 'progress.json');
    report(run.label, await walk(bin, run.args, env, run.label), statePath);
    if (!hasFaketime) {
      console.log(`${run.label}, re-check: skipped (faketime is not installed)`);
      continue;
    }
    // The same person months later, Enter at every question again: the re-check opens each setting before it asks.
    const label = `${run.label}, re-check at ${RECHECK_AT}`;
    report(label, await walk(bin, [], env, label, RECHECK_AT), statePath);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
