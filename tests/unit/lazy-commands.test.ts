import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli.js';
import type { AppDeps } from '../../src/deps.js';
import { loadMessages } from '../../src/locales.js';
import { LOCALES_DIR } from '../helpers/app.js';

const messages = loadMessages(LOCALES_DIR, 'en');

/**
 * What a command line comes to: the command that runs with its options and stray words, what is
 * written, and the error thrown. The command modules are replaced by a recorder.
 */
async function outcome(argv: readonly string[], declared: readonly string[]): Promise<unknown> {
  let written = '';
  const stream = { isTTY: false, write: (text: string) => (written += text) };
  const deps = { version: '0', stdout: stream, stderr: stream, env: {}, invocation: {} } as unknown as AppDeps;
  const program = createProgram(deps, messages, declared);
  let ran: unknown;
  for (const command of program.commands) {
    command.action((_options: unknown, self: Command) => {
      ran = { command: self.name(), options: self.optsWithGlobals(), args: self.args };
    });
  }
  let error: unknown;
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (thrown) {
    const { name, message, code, exitCode } = thrown as { name: string; message: string; code?: string; exitCode?: number };
    error = { name, message, code, exitCode };
  }
  return { ran, written, error };
}

describe('only the command named first is declared', () => {
  it.each([
    [['guide', '--platform', 'app']],
    [['checklist']],
    [['checklist', '--platform', 'app', '--region', 'ch', '--format', 'markdown', '-o', 'receipt.md', '--lang', 'fr']],
    [['status', '--check', '--recheck-after', '3', '--format', 'json', '--state-file', '/tmp/x.json', '--no-color']],
    [['objection', '--copy', '--follow-up']],
    [['objection', '--outcome', 'confirmed', '--accessible']],
    [['reminder', '--force', '--output', 'r.ics', '--recheck-after', '12']],
    [['reset', '-y']],
    [['status', '--help']],
    [['checklist', '-h']],
    [['reminder', '--help']],
    [['status', '--bogus']],
    [['status', '--format', 'markdown']],
    [['status', '--recheck-after']],
    [['checklist', 'extra']],
    [['reset', '--yes', '--yes', 'now']],
  ])('%j comes to the same as with every command declared', async (argv) => {
    const all = await outcome(argv, []);
    expect(await outcome(argv, argv)).toEqual(all);
    // The case is not empty: something ran, was written or was refused.
    const { ran, written, error } = all as { ran: unknown; written: string; error: unknown };
    expect(ran !== undefined || written !== '' || error !== undefined).toBe(true);
  });

  it('declares the one command, and all of them for anything else', () => {
    const names = (argv: readonly string[]) =>
      createProgram({ version: '0', stdout: { isTTY: false } } as unknown as AppDeps, messages, argv).commands.map((c) => c.name());
    const every = ['guide', 'checklist', 'status', 'objection', 'reminder', 'reset'];
    expect(names(['status', '--check'])).toEqual(['status']);
    expect(names(['reset'])).toEqual(['reset']);
    for (const argv of [[], ['--help'], ['--lang', 'de', 'status'], ['help', 'status'], ['statsu'], ['-V']]) expect(names(argv)).toEqual(every);
  });
});
