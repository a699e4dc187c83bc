import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/index.js';
import { createHarness } from '../helpers/app.js';

// What the guide says about saving: "Saved: …" only for what is on disk, what a failed save lost,
// and the line a stop signal prints.

type Saved = { guides: Record<string, { steps: Record<string, object>; verification?: object }> };

beforeAll(() => import('../../src/commands/guide/later.js'));

describe('a damaged progress file that stays (it could not be moved aside)', () => {
  it('an answer is never called saved, and the last screen names the guide whose answers are not recorded, once', async () => {
    const app = createHarness();
    app.seed('{ damaged');
    // Where it would be moved to, a folder is in the way: the rename fails as on a read-only disk.
    mkdirSync(`${app.statePath}.broken-2026-11-24T10-30-00-000Z/x`, { recursive: true });
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await app.terminal.choose('How would you like to go on?', 'Do all of them');
    // Two answers to save for this guide: the link opened (the steps jumped over), then the check.
    await app.terminal.choose('Open “Data for Generative AI Improvement” directly', 'Open it in the browser');
    await app.terminal.choose('Does it read “Off” now?', 'Yes');
    await app.terminal.choose('Open “Social, economic, and workplace research” directly', 'Stop for now');
    expect(await exit).toBe(0);
    const screen = app.terminal.flatText();
    expect(screen).not.toContain('Saved:');
    expect(screen).not.toContain('Progress saved');
    expect(screen).toContain('Not recorded, because the progress file could not be written: Switch off AI training. Note it down yourself.');
    expect(readFileSync(app.statePath, 'utf8')).toBe('{ damaged');
  });
});

describe('a save that fails after one worked', () => {
  /** The settings are saved; then another run resets the progress, and the check of the AI switch is not written. */
  async function failAfterOneSave() {
    const app = createHarness();
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await app.terminal.waitForPrompt('How would you like to go on?');
    expect(app.state()).toBeDefined();
    rmSync(app.statePath);
    await app.terminal.choose('How would you like to go on?', 'Do all of them');
    await app.terminal.choose('Open “Data for Generative AI Improvement” directly', 'Open it in the browser');
    await app.terminal.choose('Does it read “Off” now?', 'Yes');
    await app.terminal.waitForPrompt('Open “Social, economic, and workplace research” directly');
    return { app, exit };
  }

  it('the last screen does not say "progress saved", and names what is not recorded', async () => {
    const { app, exit } = await failAfterOneSave();
    await app.terminal.choose('Open “Social, economic, and workplace research” directly', 'Stop for now');
    expect(await exit).toBe(0);
    const screen = app.terminal.flatText();
    expect(screen).not.toContain('Progress saved');
    expect(screen).toContain('Not recorded, because the progress file could not be written: Switch off AI training.');
  });

  it('a stop signal says "Cancelled." only, not that the progress is saved', async () => {
    const { app } = await failAfterOneSave();
    expect(app.signal('SIGTERM')).toBe(143);
    expect(app.stderr()).toMatch(/Cancelled\.\n$/);
    expect(app.stderr()).not.toContain('Your progress is saved');
  });
});

describe('the stop notice', () => {
  it('when no save has worked yet: "Cancelled." in the language chosen at the first question', async () => {
    const app = createHarness({ env: { LANG: 'en_US.UTF-8' } });
    // A folder where the lock file belongs: every save fails.
    mkdirSync(`${app.statePath}.lock`, { recursive: true });
    void app.run(['--platform', 'web', '--region', 'eu']);
    await app.terminal.choose('Language', 'Deutsch');
    await app.terminal.waitForPrompt('Wie möchten Sie vorgehen?');
    expect(app.signal('SIGTERM')).toBe(143);
    expect(app.stderr()).toMatch(/Abgebrochen\.\n$/);
  });

  it('the guide needs no stop-notice hook: without one it walks and saves as ever', async () => {
    const app = createHarness();
    const { setStopNotice, ...withoutHook } = app.deps;
    expect(setStopNotice).toBeDefined();
    const exit = main(['--lang', 'en', '--platform', 'web', '--region', 'us'], withoutHook);
    await app.terminal.choose('How would you like to go on?', 'Do all of them');
    await app.terminal.choose('Open “Data for Generative AI Improvement” directly', 'Open it in the browser');
    await app.terminal.choose('Does it read “Off” now?', 'Yes');
    await app.terminal.choose('Open “Social, economic, and workplace research” directly', 'Stop for now');
    expect(await exit).toBe(0);
    expect(app.terminal.flatText()).toContain('Saved: it read “Off” on 24 November 2026.');
    expect((app.state() as Saved).guides['generative-ai']?.verification).toEqual({ result: 'yes', at: '2026-11-24T10:30:00.000Z' });
  });
});

describe('"Saved: …" after a check, and only after a check', () => {
  it('"not yet" after LinkedIn extended its deadline: still waiting, with the day the form was sent, marked as waiting', async () => {
    const app = createHarness({ now: new Date('2027-02-10T10:00:00.000Z') });
    app.seed({
      version: 1,
      settings: { language: 'en', platform: 'web', region: 'eu', selected: ['generative-ai', 'objection-form'] },
      guides: {
        'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: '2027-02-01T09:00:00.000Z' } },
        'objection-form': {
          platform: 'web',
          steps: { 'open-form': { doneAt: '2026-12-02T09:05:00.000Z' }, send: { doneAt: '2026-12-02T09:10:00.000Z' } },
          verification: { result: 'extended', at: '2026-12-20T10:00:00.000Z' },
        },
      },
    });
    const exit = app.run([]);
    await app.terminal.choose('What would you like to do?', 'Re-check that everything is still switched off');
    await app.terminal.choose('Open the setting to look at it', 'Skip it this time');
    await app.terminal.choose("Has LinkedIn's confirmation e-mail arrived?", 'Not yet');
    expect(await exit).toBe(0);
    expect(app.terminal.flatText()).toContain('◐ Saved: no e-mail from LinkedIn yet, checked on 10 February 2027; the objection was sent on 2 December 2026.');
    expect((app.state() as Saved).guides['objection-form']?.verification).toEqual({
      result: 'extended',
      at: '2026-12-20T10:00:00.000Z',
      checkedAt: '2027-02-10T10:00:00.000Z',
    });
  });

  it('walking a guide again after "No": opening the link saves the steps jumped over without repeating the old answer', async () => {
    const app = createHarness();
    app.seed({
      version: 1,
      settings: { language: 'en', platform: 'web', region: 'us', selected: ['generative-ai'] },
      guides: { 'generative-ai': { platform: 'web', steps: {}, verification: { result: 'no', at: '2026-11-20T09:00:00.000Z' } } },
    });
    const exit = app.run([]);
    await app.terminal.choose('What would you like to do?', 'Continue where I stopped');
    await app.terminal.choose('Open “Data for Generative AI Improvement” directly', 'Open it in the browser');
    await app.terminal.waitForPrompt('Does it read “Off” now?');
    expect(Object.keys((app.state() as Saved).guides['generative-ai']?.steps ?? {})).toEqual(['settings', 'data-privacy', 'generative-ai-setting']);
    expect(app.terminal.sinceMark()).not.toContain('Saved:');
    expect(app.terminal.sinceMark()).not.toContain('not confirmed');
    await app.terminal.choose('Does it read “Off” now?', 'Stop for now');
    expect(await exit).toBe(0);
  });
});
