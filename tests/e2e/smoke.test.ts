import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { LANGUAGES } from '../../src/core/catalogue.js';
import { home } from '../helpers/home.js';
import { KEY, startPty } from '../helpers/pty.js';

// Every command, in every language and output format, run from the packed tool's dist/ (the bundles
// scripts/build.js made, not src/), over a record that reaches every branch that shows a date: a
// confirmation due for a re-check, an answer "no", steps in progress and an objection due for its
// follow-up. A function a bundle lacks only fails here, where the code runs as it ships.
const installed = inject('packed');

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const RECORD = {
  version: 1,
  settings: { platform: 'web', region: 'eu' },
  guides: {
    'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: daysAgo(240) } },
    'research-data': { platform: 'web', steps: {}, verification: { result: 'no', at: daysAgo(3) } },
    'microsoft-ads': { platform: 'app', steps: { settings: { doneAt: daysAgo(2) } } },
    'objection-form': { platform: 'web', steps: { send: { doneAt: daysAgo(45) } }, verification: { result: 'waiting', at: daysAgo(45) } },
  },
};

/** What the tool says when its own code failed: never expected from any command. */
const CRASH = /Something went wrong|is not a function|is not a constructor|Cannot read properties|TypeError|ReferenceError/;

const COMMANDS: ReadonlyArray<{ args: string[]; exit: number; output?: string }> = [
  { args: ['--help'], exit: 0 },
  { args: ['--version'], exit: 0 },
  { args: ['checklist'], exit: 0 },
  { args: ['checklist', '--format', 'markdown'], exit: 0 },
  { args: ['checklist', '--format', 'json'], exit: 0 },
  { args: ['checklist', '--platform', 'app', '--region', 'uk', '--output', 'receipt.md', '--format', 'markdown'], exit: 0, output: 'receipt.md' },
  { args: ['status'], exit: 0 },
  { args: ['status', '--format', 'json', '--recheck-after', '12'], exit: 0 },
  { args: ['status', '--check'], exit: 3 },
  { args: ['objection'], exit: 0 },
  { args: ['objection', '--follow-up'], exit: 0 },
  { args: ['reminder', '-o', 'reminder.ics'], exit: 0, output: 'reminder.ics' },
  { args: ['objection', '--outcome', 'refused'], exit: 0 },
  { args: ['status', '--check'], exit: 3 },
  { args: ['reset', '--yes'], exit: 0 },
];

describe.each(LANGUAGES)('every command from the packed dist/, in %s', (language) => {
  it('runs each command to its documented exit code, with output and no failure of its own', () => {
    const { dir, env, statePath } = home();
    mkdirSync(dirname(statePath), { recursive: true, mode: 0o700 });
    writeFileSync(statePath, JSON.stringify(RECORD), { mode: 0o600 });
    for (const { args, exit, output } of COMMANDS) {
      const run = spawnSync(installed.bin, [...args, '--lang', language], { env, cwd: dir, encoding: 'utf8' });
      const said = `${args.join(' ')}:\n${run.stdout}\n${run.stderr}`;
      expect(run.status, said).toBe(exit);
      expect(`${run.stdout}${run.stderr}`, said).not.toMatch(CRASH);
      expect(output === undefined ? run.stdout : readFileSync(join(dir, output), 'utf8'), said).not.toBe('');
    }
    expect(existsSync(statePath)).toBe(false);
  });

  it('the guide, plain and with Inquirer, gets past its first answer (the part loaded afterwards)', async () => {
    for (const mode of [['--accessible'], []]) {
      const { dir, env, statePath } = home();
      mkdirSync(dirname(statePath), { recursive: true, mode: 0o700 });
      writeFileSync(statePath, JSON.stringify({ ...RECORD, guides: {} }), { mode: 0o600 });
      const session = startPty(installed.bin, [...mode, '--lang', language, '--platform', 'web', '--region', 'eu'], env, dir);
      // The plan comes first; Enter takes "Do all of them", and the first guide's question follows.
      const question = mode.length > 0 ? /\d\s?:\s*$/ : /⏎/;
      await session.waitFor(question);
      session.process.write(KEY.enter);
      const before = session.screen().length;
      await session.waitFor(/./, 10_000, () => question.test(session.screen().slice(before).replace(/\s+$/, ' ')) && session.screen().length > before);
      session.process.write(KEY.ctrlC);
      expect(await session.exit).toMatchObject({ exitCode: 130 });
      expect(session.screen()).not.toMatch(CRASH);
    }
  });
});
