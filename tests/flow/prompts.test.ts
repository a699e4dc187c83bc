import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import type { AppDeps } from '../../src/deps.js';
import { select } from '../../src/terminal/prompts.js';
import { FIXED_NOW, LOCALES_DIR } from '../helpers/app.js';
import { createTerminal } from '../helpers/terminal.js';

function contextFor(env: Record<string, string>, options: { accessible?: boolean } = {}) {
  const terminal = createTerminal(80);
  const deps: AppDeps = {
    stdin: terminal.stdin,
    stdout: terminal.stdout,
    stderr: new Writable({ write: (_chunk, _encoding, callback) => callback() }),
    env: { HOME: '/nonexistent', ...env },
    now: () => FIXED_NOW,
    localesDir: LOCALES_DIR,
    homedir: '/nonexistent',
    platform: 'linux',
    version: '9.9.9-test',
  };
  return { terminal, context: createContext({ color: true, lang: 'en', ...options }, deps) };
}

const CHOICES = [
  { value: 'done', name: 'Done – next step', short: 'done' },
  { value: 'later', name: 'Stop for now', short: 'later' },
];

describe('one interface, chosen in the context', () => {
  it('Inquirer by default: a completing answer keeps a green ✔, any other a neutral mark', async () => {
    const { terminal, context } = contextFor({ FORCE_COLOR: '1' });
    expect(context.accessible).toBe(false);
    const first = select(context, 'Step 1 of 6', CHOICES, 'done', { completes: (value) => value === 'done' });
    await terminal.answer('Step 1 of 6');
    expect(await first).toBe('done');
    expect(terminal.text()).toContain('› Step 1 of 6 ✔ done');
    const second = select(context, 'Step 2 of 6', CHOICES, 'done', { completes: (value) => value === 'done' });
    await terminal.answer('Step 2 of 6', 1);
    expect(await second).toBe('later');
    expect(terminal.text()).toContain('› Step 2 of 6 later');
    expect(terminal.text()).not.toContain('✔ later');
  });

  it.each([
    ['--accessible', {}, { accessible: true }],
    ['ACCESSIBLE=1', { ACCESSIBLE: '1' }, {}],
    ['TERM=dumb', { TERM: 'dumb' }, {}],
  ] as const)('%s: the plain prompts, the same call, no mark at all', async (_name, env, options) => {
    const { terminal, context } = contextFor(env, options);
    expect(context.accessible).toBe(true);
    const answer = select(context, 'Step 1 of 6', CHOICES, 'done', { completes: (value) => value === 'done' });
    await terminal.waitFor('Enter alone for 1: ');
    terminal.type('\n');
    expect(await answer).toBe('done');
    expect(terminal.raw()).not.toMatch(/[✔›❯]|\u001B\[\?25l/u);
  });
});
