// Coming back to the guide with progress saved: what is shown first, what the menu offers, where a
// guide picks up again, and the summary at the end only when some guides were done before. Clock
// pinned by the harness (24 November 2026); every answer below is a few days old, so no re-check is due.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';

const MENU = 'What would you like to do?';
const AT = '2026-11-20T09:00:00.000Z';
const STAKES = "LinkedIn trains AI that generates content on its members' profiles";

describe('guide: someone returning', () => {
  it('sees what is saved, under the path of the file, not the stakes again; "Quit" ends there and changes nothing', async () => {
    const app = createHarness();
    app.seed({
      version: 1,
      settings: { language: 'en', platform: 'web', region: 'eu' },
      guides: { 'generative-ai': { platform: 'web', steps: { settings: { doneAt: AT } } } },
    });
    const before = readFileSync(app.statePath, 'utf8');
    const exit = app.run([]);
    await app.terminal.waitForPrompt(MENU);
    // Nothing answered yet: nothing to re-check.
    expect(app.terminal.text().slice(app.terminal.text().lastIndexOf(MENU))).not.toContain('Re-check');
    await app.terminal.choose(MENU, 'Quit');
    expect(await exit).toBe(0);
    const screen = app.terminal.flatText();
    expect(screen).toContain(`Saved so far (${app.statePath}): ○ Switch off AI training – started (1 of 4 steps)`);
    expect(screen).not.toContain(STAKES);
    // Nothing asked or shown after "Quit".
    expect(app.terminal.sinceMark()).toBe('› What would you like to do? Quit\n');
    expect(readFileSync(app.statePath, 'utf8')).toBe(before);
  });

  it('--region overrides the saved one in the summary: the guides of the region given', async () => {
    const app = createHarness();
    app.seed({
      version: 1,
      settings: { language: 'en', platform: 'web', region: 'eu' },
      guides: { 'generative-ai': { platform: 'web', steps: { settings: { doneAt: AT } } } },
    });
    const exit = app.run(['--region', 'us']);
    await app.terminal.choose(MENU, 'Quit');
    expect(await exit).toBe(0);
    const screen = app.terminal.flatText();
    expect(screen).toContain('○ Stop sharing ad data with Microsoft – open');
    expect(screen).not.toContain("Object with LinkedIn's form");
  });

  it('without --region the saved region holds: the form in the EU, no Microsoft guide', async () => {
    const app = createHarness();
    app.seed({
      version: 1,
      settings: { language: 'en', platform: 'web', region: 'eu' },
      guides: { 'generative-ai': { platform: 'web', steps: { settings: { doneAt: AT } } } },
    });
    const exit = app.run([]);
    await app.terminal.choose(MENU, 'Quit');
    expect(await exit).toBe(0);
    const screen = app.terminal.flatText();
    expect(screen).toContain("○ Object with LinkedIn's form – open");
    expect(screen).not.toContain('Stop sharing ad data with Microsoft');
  });

  it('with every chosen guide done, "Continue" is not offered: re-check, start over or quit', async () => {
    const app = createHarness();
    const yes = { platform: 'web', steps: {}, verification: { result: 'yes', at: AT } };
    app.seed({
      version: 1,
      settings: { language: 'en', platform: 'web', region: 'us' },
      guides: { 'generative-ai': yes, 'research-data': yes, 'microsoft-ads': yes },
    });
    const exit = app.run([]);
    await app.terminal.waitForPrompt(MENU);
    const menu = app.terminal.text().slice(app.terminal.text().lastIndexOf(MENU));
    expect(menu).not.toContain('Continue where I stopped');
    expect(menu).toContain('Re-check that everything is still switched off');
    await app.terminal.choose(MENU, 'Quit');
    expect(await exit).toBe(0);
  });

  it('a guide whose steps before the switch were skipped picks up at the switch, not at step 1', async () => {
    const app = createHarness();
    app.seed({
      version: 1,
      settings: { language: 'en', platform: 'app', region: 'us', selected: ['generative-ai'] },
      guides: {
        'generative-ai': {
          platform: 'app',
          steps: { settings: { skippedAt: AT }, 'data-privacy': { skippedAt: AT }, 'generative-ai-setting': { skippedAt: AT } },
        },
      },
    });
    const exit = app.run([]);
    await app.terminal.choose(MENU, 'Continue where I stopped');
    await app.terminal.cancelAt('Step 4 of 4');
    expect(await exit).toBe(130);
    expect(app.terminal.sinceMark()).not.toContain('Step 1 of 4');
  });
});

describe('guide: the summary at the end', () => {
  it('comes when a guide was done on an earlier run, with every chosen guide in it', async () => {
    const app = createHarness();
    app.seed({
      version: 1,
      settings: { language: 'en', platform: 'web', region: 'us', selected: ['generative-ai', 'research-data'] },
      guides: { 'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: AT } } },
    });
    const exit = app.run([]);
    await app.terminal.choose(MENU, 'Continue where I stopped');
    await app.terminal.choose('Open “Social, economic, and workplace research” directly.', 'Open it in the browser');
    await app.terminal.choose('Does it read “Off” now?', 'Yes');
    expect(await exit).toBe(0);
    const end = app.terminal.flatText().slice(app.terminal.flatText().lastIndexOf('Does it read “Off” now?'));
    expect(end).toMatch(/Your progress ✓ Switch off AI training – done on 20 November 2026.* ✓ Switch off research use – done on 24 November 2026/);
    expect(end).toContain('Done for now.');
  });

  it('does not come when everything was done in this run: each guide has just said it', async () => {
    const app = createHarness();
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await app.terminal.choose('How would you like to go on?', 'Let me choose');
    await app.terminal.untick('Which would you like to do now?', ['Switch off research use', 'Stop sharing ad data with Microsoft']);
    await app.terminal.choose('Open “Data for Generative AI Improvement” directly.', 'Open it in the browser');
    await app.terminal.choose('Does it read “Off” now?', 'Yes');
    expect(await exit).toBe(0);
    const end = app.terminal.flatText().slice(app.terminal.flatText().lastIndexOf('Does it read “Off” now?'));
    expect(end).toContain('Done for now.');
    expect(end).not.toContain('Your progress');
    expect(app.state()).toMatchObject({ settings: { selected: ['generative-ai'] }, guides: { 'generative-ai': { verification: { result: 'yes' } } } });
  });
});
