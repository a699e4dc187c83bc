// Behaviour a mutation audit could break without any test noticing; each test here fails when it does.
import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';

const NOT_INTERACTIVE = 'The guide asks questions and needs a terminal. To get every step without questions, run: npx linkedin-ki-optout checklist\n';

describe('when the guide asks questions', () => {
  it('only stdout not a terminal (output redirected): no questions, exit 2', async () => {
    const app = createHarness();
    app.terminal.stdout.isTTY = false;
    expect(await app.run(['--lang', 'en'])).toBe(2);
    expect(app.stderr()).toBe(NOT_INTERACTIVE);
  });

  it('only stdin not a terminal (input piped): no questions, exit 2', async () => {
    const app = createHarness();
    app.terminal.stdin.isTTY = false;
    expect(await app.run(['--lang', 'en'])).toBe(2);
    expect(app.stderr()).toBe(NOT_INTERACTIVE);
  });

  it.each([['false'], ['0'], ['']])('CI=%j is not CI: the guide asks', async (value) => {
    const app = createHarness({ env: { CI: value } });
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await app.terminal.cancelAt('How would you like to go on?');
    expect(await exit).toBe(130);
  });

  it.each([['1'], ['yes'], ['github-actions']])('CI=%j is CI: exit 2', async (value) => {
    const app = createHarness({ env: { CI: value } });
    expect(await app.run(['--lang', 'en'])).toBe(2);
    expect(app.stderr()).toBe(NOT_INTERACTIVE);
  });
});

describe('--lang=de before the command', () => {
  it('the command speaks German, and so do the errors commander finds', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' } });
    expect(await app.run(['--lang=de', 'checklist'])).toBe(0);
    expect(app.terminal.text()).toContain('LinkedIn: kein KI-Training mit Ihren Daten – Checkliste');
    const error = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' } });
    expect(await error.run(['--lang=de', 'checklist', '--frobnicate'])).toBe(2);
    expect(error.stderr()).toBe('Unbekannte Option „--frobnicate“. Übersicht: npx linkedin-ki-optout --help\n');
  });
});

describe('resuming', () => {
  it('a guide answered "no" (not confirmed) is walked through again from step 1, not from where it stopped', async () => {
    const app = createHarness();
    const done = (minute: number) => ({ doneAt: `2026-11-20T09:0${minute}:00.000Z` });
    app.seed({
      version: 1,
      settings: { language: 'en', platform: 'app', region: 'us', selected: ['generative-ai'] },
      guides: {
        'generative-ai': {
          platform: 'app',
          steps: {
            settings: done(1),
            'data-privacy': done(2),
            'generative-ai-setting': done(3),
            'switch-off': done(4),
          },
          verification: { result: 'no', at: '2026-11-20T09:07:00.000Z' },
        },
      },
    });
    const exit = app.run([]);
    await app.terminal.answer('What would you like to do?');
    await app.terminal.waitForPrompt('Step 1 of 4');
    await app.terminal.cancelAt('Step 1 of 4');
    expect(await exit).toBe(130);
  });
});

describe('the plan for a region', () => {
  it('UK: the Microsoft ads guide is marked "unclear for your region"; US: not', async () => {
    const uk = createHarness();
    const exit = uk.run(['--lang', 'en', '--platform', 'web', '--region', 'uk']);
    await uk.terminal.cancelAt('How would you like to go on?');
    expect(await exit).toBe(130);
    expect(uk.terminal.flatText()).toContain('3. Stop sharing ad data with Microsoft (unclear for your region) 4.');
    const us = createHarness();
    const usExit = us.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await us.terminal.cancelAt('How would you like to go on?');
    expect(await usExit).toBe(130);
    expect(us.terminal.flatText()).toContain('Stop sharing ad data with Microsoft');
    expect(us.terminal.flatText()).not.toContain('unclear for your region');
  });
});

describe('told to stop by a signal while a question waits', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s: line mode back, cursor shown, one line, exit %i', async (signal, code) => {
    const app = createHarness({ env: { LANG: 'C' } });
    void app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await app.terminal.waitForPrompt('How would you like to go on?');
    expect(app.terminal.stdin.isRaw).toBe(true);
    app.terminal.mark();
    expect(app.signal(signal)).toBe(code);
    expect(app.terminal.stdin.isRaw).toBe(false);
    expect(app.terminal.raw().endsWith('\u001B[?25h\n')).toBe(true);
    // The answers given as options were saved before the question: said in one line.
    expect(app.stderr()).toBe('Cancelled. Your progress is saved. To continue: npx linkedin-ki-optout\n');
  });

  it('before anything was saved (another command, or the first question): "Cancelled." only', async () => {
    const app = createHarness({ env: { LANG: 'C' } });
    void app.run(['--lang', 'en']);
    await app.terminal.waitForPrompt('Where will you change the setting?');
    expect(app.signal('SIGINT')).toBe(130);
    expect(app.stderr()).toBe('Cancelled.\n');
  });
});
