import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli.js';
import type { AppDeps } from '../../src/deps.js';
import { loadMessages } from '../../src/locales.js';
import { quickStart } from '../../src/quick-start.js';
import { LOCALES_DIR } from '../helpers/app.js';

const messages = loadMessages(LOCALES_DIR, 'en');

/** The options commander hands the guide for these words (the guide itself replaced by a recorder). */
async function commanderOptions(argv: readonly string[]): Promise<unknown> {
  const program = createProgram({ version: '0', stdout: { isTTY: false } } as unknown as AppDeps, messages);
  const guide = program.commands.find((command) => command.name() === 'guide') as Command;
  let received: unknown;
  guide.action((_options: unknown, command: Command) => {
    received = command.optsWithGlobals();
  });
  await program.parseAsync([...argv], { from: 'user' });
  return received;
}

describe('starting the guide without commander', () => {
  it.each([[[]], [['--accessible']]])('%j gives the guide the options commander would', async (argv) => {
    const quick = quickStart(argv);
    expect(quick).toBeDefined();
    expect(quick).toEqual(await commanderOptions(argv));
  });

  it.each([[['guide']], [['--lang', 'de']], [['--no-color']], [['--accessible', '--accessible']], [['--help']], [['-V']], [['status']], [['x']]])(
    '%j goes through commander',
    (argv) => {
      expect(quickStart(argv)).toBeUndefined();
    },
  );
});
