import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';

describe("guide: I can't find it", () => {
  it('website (English): settings search box, direct link, help article, last-checked month; then the same step again', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'eu']);
    await terminal.answer('Which would you like to do now?');
    await terminal.answer('Step 1 of 6');
    await terminal.answer('Step 2 of 6', 1);
    await terminal.waitFor("Can't find it?");
    const fallback = terminal.flatText();
    expect(fallback).toContain('Type “Generative AI” into the search box of the settings page.');
    expect(fallback).toContain('Open the setting directly (after signing in): https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
    expect(fallback).toContain('https://www.linkedin.com/help/linkedin/answer/a6278444');
    expect(fallback).toContain('last checked in November 2026');
    await terminal.cancelAt('Step 2 of 6');
    expect(await exit).toBe(130);
    // Only the first step was marked done; asking for help marks nothing.
    expect(Object.keys((app.state() as { guides: Record<string, { steps: object }> }).guides['generative-ai']!.steps)).toEqual(['profile-menu']);
  });

  it('app (German): suggests doing it in a browser with the direct link', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'de', '--platform', 'app', '--region', 'eu']);
    await terminal.answer('Was möchten Sie jetzt erledigen?');
    await terminal.answer('Schritt 1 von 6', 1);
    await terminal.waitFor('Nicht gefunden?');
    expect(terminal.flatText()).toContain(
      'Erledigen Sie es stattdessen im Browser, auf dem Smartphone oder am Computer, bei LinkedIn angemeldet: https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
    );
    await terminal.cancelAt('Schritt 1 von 6');
    expect(await exit).toBe(130);
  });
});

describe('guide: back one step', () => {
  it('returns to the previous step, which can be done again', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await terminal.answer('Which would you like to do now?');
    await terminal.answer('Step 1 of 6');
    await terminal.answer('Step 2 of 6');
    // Step 3 offers: done, can't find, back, stop.
    await terminal.answer('Step 3 of 6', 2);
    await terminal.cancelAt(/Step 2 of 6 \? In the menu, click “Settings & Privacy”/);
    expect(await exit).toBe(130);
    expect(app.stderr()).toBe('Cancelled. Your progress is saved. To continue: npx linkedin-ki-optout\n');
  });

  it('is not offered on the first step', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await terminal.answer('Which would you like to do now?');
    await terminal.cancelAt('Step 1 of 6');
    expect(terminal.sinceMark()).not.toContain('Back one step');
    expect(await exit).toBe(130);
  });
});

describe('guide: stop and resume', () => {
  it('stops with progress kept, and a second run offers to continue at the next step', async () => {
    const app = createHarness({ env: { LANG: 'de_CH.UTF-8' } });
    const first = app.run([]);
    await app.terminal.answer('Sprache / Language');
    await app.terminal.answer('Wo möchten Sie die Einstellung ändern?');
    await app.terminal.answer('Wo befindet sich Ihr LinkedIn-Profil?');
    await app.terminal.answer('Was möchten Sie jetzt erledigen?');
    await app.terminal.answer('Schritt 1 von 6');
    await app.terminal.answer('Schritt 2 von 6');
    // Step 3: done, can't find, back, stop → stop.
    await app.terminal.answer('Schritt 3 von 6', 3);
    await app.terminal.waitFor('Fortschritt gespeichert. Später weitermachen mit: npx linkedin-ki-optout');
    expect(await first).toBe(0);
    expect(app.state()).toMatchObject({ settings: { language: 'de', platform: 'web', region: 'eu' } });
    const steps = (app.state() as { guides: Record<string, { steps: object }> }).guides['generative-ai']!.steps;
    expect(Object.keys(steps)).toEqual(['profile-menu', 'settings']);

    app.terminal.mark();
    const second = app.run([]);
    // The saved language is used without asking again; what is recorded is shown first.
    await app.terminal.waitFor('Bisher festgehalten');
    expect(app.terminal.sinceMark()).not.toContain('Sprache / Language');
    // The explanation of what is at stake was read on the first run.
    expect(app.terminal.sinceMark()).not.toContain('seit dem 3. November 2025');
    expect(app.terminal.flatText()).toContain('○ KI-Training mit Ihren Daten abschalten – begonnen (2 von 6 Schritten)');
    await app.terminal.answer('Wie möchten Sie fortfahren?');
    await app.terminal.cancelAt(/Schritt 3 von 6 \? Klicken Sie in der linken Spalte auf „Datenschutz“/);
    expect(app.terminal.sinceMark()).not.toContain('Schritt 1 von 6');
    expect(await second).toBe(130);
  });

  it('start over forgets the record and asks the questions again', async () => {
    const app = createHarness();
    app.seed({
      version: 1,
      settings: { language: 'en', platform: 'app', region: 'us' },
      guides: { 'generative-ai': { platform: 'app', steps: { 'profile-menu': { doneAt: '2026-11-01T09:00:00.000Z' } } } },
    });
    const exit = app.run([]);
    // Choices: continue, start over, quit (nothing was answered yet, so no re-check).
    await app.terminal.answer('What would you like to do?', 1);
    await app.terminal.answer('Where will you change the setting?');
    await app.terminal.answer('Where is your LinkedIn profile located?');
    // The guides are offered again: leave the research one out this time.
    await app.terminal.keys('Which would you like to do now?', ['down', 'down', 'space', 'enter']);
    await app.terminal.cancelAt('Step 1 of 6');
    expect(await exit).toBe(130);
    expect(app.state()).toEqual({
      version: 1,
      settings: { language: 'en', platform: 'web', region: 'eu', selected: ['generative-ai', 'objection-form'] },
      guides: {},
    });
  });
});

describe('guide: verification', () => {
  it('"No" is recorded as not confirmed, with what to try next; nothing claims success', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await terminal.keys('Which would you like to do now?', ['down', 'space', 'down', 'space', 'enter']);
    for (let step = 1; step <= 6; step += 1) await terminal.answer(`Step ${step} of 6`);
    await terminal.answer('now read “Off”?', 1);
    expect(await exit).toBe(0);
    const screen = terminal.flatText();
    expect(screen).toContain('✗ Recorded as not confirmed. What to try next:');
    expect(screen).toContain('https://www.linkedin.com/help/linkedin/ask/TS-DPRO');
    expect(screen).toContain('✗ Switch off AI training on your data – not confirmed on November 24, 2026');
    expect(screen).toContain('Still open: Switch off AI training on your data.');
    expect(screen).not.toContain('All done.');
    expect(app.state()).toMatchObject({ guides: { 'generative-ai': { verification: { result: 'no' } } } });
  });

  it('re-check asks the question again and records the new answer', async () => {
    const app = createHarness();
    app.seed({
      version: 1,
      settings: { language: 'de', platform: 'web', region: 'us' },
      guides: { 'generative-ai': { platform: 'web', steps: {}, verification: { result: 'unsure', at: '2026-10-01T08:00:00.000Z' } } },
    });
    const exit = app.run([]);
    // Choices: continue, re-check, start over, quit.
    await app.terminal.answer('Wie möchten Sie fortfahren?', 1);
    await app.terminal.answer('Steht der Schalter');
    expect(await exit).toBe(0);
    expect(app.state()).toMatchObject({ guides: { 'generative-ai': { verification: { result: 'yes', at: '2026-11-24T10:30:00.000Z' } } } });
    expect(app.terminal.flatText()).toContain('✓ KI-Training mit Ihren Daten abschalten – erledigt am 24. November 2026');
  });
});

describe('guide: Ctrl+C', () => {
  it('at the first question: one short line without a word of saved progress, exit 130, nothing written, cursor shown again', async () => {
    const app = createHarness({ env: { LANG: 'de_DE.UTF-8' } });
    const exit = app.run([]);
    await app.terminal.cancelAt('Sprache / Language');
    expect(await exit).toBe(130);
    expect(app.stderr()).toBe('Abgebrochen.\n');
    expect(app.terminal.raw().endsWith('\u001B[?25h') || app.terminal.raw().lastIndexOf('\u001B[?25h') > app.terminal.raw().lastIndexOf('\u001B[?25l')).toBe(true);
    expect(app.state()).toBeUndefined();
  });
});

describe('guide: broken progress file', () => {
  it('is set aside with a message saying where, and a fresh record begins', async () => {
    const app = createHarness();
    app.seed('{"version": 1, "guides": {');
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await app.terminal.answer('Which would you like to do now?');
    await app.terminal.answer('Step 1 of 6');
    await app.terminal.cancelAt('Step 2 of 6');
    expect(await exit).toBe(130);
    const files = readdirSync(dirname(app.statePath));
    const brokenName = files.find((name) => name.startsWith('progress.json.broken-'));
    expect(brokenName).toBeDefined();
    expect(readFileSync(`${dirname(app.statePath)}/${brokenName}`, 'utf8')).toBe('{"version": 1, "guides": {');
    expect(app.stderr()).toContain('is damaged (not valid JSON)');
    expect(app.stderr()).toContain(`It was moved to ${dirname(app.statePath)}/${brokenName}`);
    expect(app.state()).toMatchObject({ guides: { 'generative-ai': { steps: { 'profile-menu': {} } } } });
  });
});

describe('guide: choosing what to do now', () => {
  it('a guide left out in the list is not walked through', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'eu']);
    // The list starts on the AI switch (always included); leave out the objection form and the research guide.
    await terminal.keys('Which would you like to do now?', ['down', 'space', 'down', 'space', 'enter']);
    for (let step = 1; step <= 6; step += 1) await terminal.answer(`Step ${step} of 6`);
    await terminal.answer('now read “Off”?');
    expect(await exit).toBe(0);
    expect(terminal.flatText()).not.toContain('Step 1 of 3');
    expect(terminal.flatText()).toContain('All done.');
    expect(app.state()).toMatchObject({ settings: { selected: ['generative-ai'] } });
  });
});
