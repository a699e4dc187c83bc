// Everything the tool says in one language, as plain text, for a native reader: packs and installs
// the tool as a user gets it and runs, in a pseudo-terminal, the guide in accessible mode (so every
// question and all of its choices stay on screen as text) on the website and in the app, in Europe
// and elsewhere, Enter at every question; then checklist, status, the objection and its follow-up,
// an outcome, the reminder, every command's help and a few mistakes. The terminal is 400 columns
// wide, so that no line the tool wraps or pads at the edge reads as a fault of the text. The first
// guide asks for the details behind "Tell me more first" (typed as its number, 3). Usage:
//   npm run transcript -- --lang es [--out file.txt]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node-pty';

import { installPacked } from './packed.js';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const languages = option('--lang')?.split(',') ?? [];
const out = option('--out');
if (languages.length === 0 || (languages.length > 1 && !out?.includes('{lang}'))) {
  console.error('Usage: npm run transcript -- --lang <language>[,<language>…] [--out file.txt, with {lang} for several]');
  process.exit(2);
}

const ESCAPES = /\u001B\[[0-9;?]*[A-Za-z]|\u001B\][^\u0007]*\u0007|\r/g;

/** Runs the tool in a pseudo-terminal, Enter whenever it has been quiet for a moment, and returns what it printed. */
function run(bin, commandArgs, env, { answer = true, cols = 400, typed = [] } = {}) {
  return new Promise((resolve) => {
    const child = spawn(bin, commandArgs, { cols, rows: 40, env, name: 'xterm-256color' });
    let output = '';
    let timer;
    let answers = 0;
    const idle = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => {
          if (answer && answers < 60) {
            answers += 1;
            child.write(`${typed[answers - 1] ?? ''}\r`);
          } else child.kill();
        },
        answer ? 500 : 2000,
      );
    };
    child.onData((data) => {
      output += data;
      idle();
    });
    child.onExit(({ exitCode }) => {
      clearTimeout(timer);
      resolve(
        `${output
          .replace(ESCAPES, '')
          .replace(/(\S) {3,}/g, '$1 ')
          .replace(/\n{3,}/g, '\n\n')
          .trimEnd()}\n[exit ${exitCode}]`,
      );
    });
  });
}

const work = mkdtempSync(join(tmpdir(), 'lkio-transcript-'));
try {
  const { prefix, fakeBin } = installPacked(work);
  const bin = join(prefix, 'node_modules', '.bin', 'linkedin-ki-optout');
  for (const lang of languages) {
    const text = await transcript(bin, fakeBin, lang);
    if (out) writeFileSync(out.replaceAll('{lang}', lang), text);
    else process.stdout.write(text);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function transcript(bin, fakeBin, lang) {
  const sections = [];
  const fresh = () => {
    const home = mkdtempSync(join(work, 'home-'));
    return { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), PATH: `${fakeBin}:${process.env.PATH}`, TERM: 'xterm-256color' };
  };
  const show = async (title, commandArgs, env, how) => {
    sections.push(`===== ${title}: linkedin-ki-optout ${commandArgs.join(' ')}\n${await run(bin, ['--lang', lang, ...commandArgs], env, how)}`);
  };

  const person = ['--name', 'Maria Example', '--email', 'maria@example.com'];
  for (const [title, region, platform] of [
    ['Guide, website, EU', 'eu', 'web'],
    ['Guide, app, EU', 'eu', 'app'],
    ['Guide, website, elsewhere', 'other', 'web'],
  ]) {
    const env = fresh();
    // The details behind the plan's third choice, on the website runs.
    await show(title, ['guide', '--accessible', '--region', region, '--platform', platform], env, { typed: platform === 'web' ? ['3'] : [] });
    if (region === 'eu' && platform === 'web') {
      await show('The same guide again (continue or start over)', ['guide', '--accessible'], env);
      await show('Checklist', ['checklist'], env, { answer: false });
      await show('Status', ['status'], env, { answer: false });
      await show('Objection text', ['objection', ...person, '--reasons', 'I did not agree.'], env, { answer: false });
      await show('Follow-up letter (before its day)', ['objection', '--follow-up', ...person], env, { answer: false });
      await show('Outcome saved', ['objection', '--outcome', 'extended'], env, { answer: false });
      await show('Status after the outcome', ['status'], env, { answer: false });
      await show('Reminder', ['reminder', '--output', join(env.HOME, 'reminder.ics')], env, { answer: false });
      await show('Reset', ['reset', '--accessible'], env);
    }
  }
  await show('Guide, interactive lists, website, EU (first screen, then stopped)', ['guide', '--region', 'eu'], fresh(), { answer: false, cols: 80 });
  for (const command of ['', 'guide', 'checklist', 'status', 'objection', 'reminder', 'reset']) {
    await show(`Help ${command}`, [...(command ? [command] : []), '--help'], fresh(), { answer: false });
  }
  await show('Mistake: unknown outcome', ['objection', '--outcome', 'maybe'], fresh(), { answer: false });
  await show('Mistake: unknown command', ['statsu'], fresh(), { answer: false });
  await show('Mistake: status with nothing saved', ['status'], fresh(), { answer: false });
  return `${sections.join('\n\n')}\n`;
}
