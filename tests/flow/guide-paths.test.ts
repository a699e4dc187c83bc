import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';
import { quoted } from '../helpers/labels.js';

const AT = '2026-11-24T10:30:00.000Z';

describe("guide: I can't find it", () => {
  it('website (English): after the direct link it leads to the way through the menus; there it shows the way out', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'eu']);
    await terminal.answer('How would you like to go on?');
    await terminal.answer(`Open ${quoted('en', 'aiSetting')} directly`);
    // yes, no, not sure, can't find, stop → can't find.
    await terminal.choose(`Does it read ${quoted('en', 'off')} now?`, "I can't find it");
    await terminal.choose(
      `Step 1 of 4 ? At the top right, click your profile photo (${quoted('en', 'me')}), then ${quoted('en', 'settingsAndPrivacy')}.`,
      "I can't find it",
    );
    await terminal.waitFor('LinkedIn renames and moves its menus now and then. These may help:');
    const fallback = terminal.flatText();
    // Before the settings page, its search box is out of reach: not offered here.
    expect(fallback).not.toContain('search box');
    expect(fallback).toContain('Open the setting directly (after signing in): https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
    expect(fallback).toContain('https://www.linkedin.com/help/linkedin/answer/a6278444');
    expect(fallback).toContain("No such setting in your account? Object with LinkedIn's form instead: https://www.linkedin.com/help/linkedin/ask/TS-DPRO");
    expect(fallback).toContain('Instructions as of November 2026');
    // The German-only way in is not offered in English.
    expect(fallback).not.toContain('Konto und Datenschutz');
    await terminal.cancelAt('Step 1 of 4');
    expect(await exit).toBe(130);
    // Asking for help marks nothing done.
    const steps = (app.state() as { guides: Record<string, { steps: Record<string, object> }> }).guides['generative-ai']!.steps;
    expect(Object.values(steps).some((step) => 'doneAt' in step)).toBe(false);
  });

  it('website (German): also the way in through the own profile, marked as single-source', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'de', '--platform', 'web', '--region', 'eu']);
    await terminal.answer('Wie möchten Sie vorgehen?');
    await terminal.choose(`${quoted('de', 'aiSetting')} direkt.`, 'Durch die Menüs führen');
    await terminal.choose('Schritt 1 von 4', 'Ich finde es nicht');
    await terminal.waitFor('LinkedIn benennt Menüs hin und wieder um oder verschiebt sie. Das kann helfen:');
    expect(terminal.flatText()).toContain(
      `Ein anderer Weg, nur aus einer Quelle belegt: Ganz unten in Ihrem eigenen Profil steht ${quoted('de', 'manageAccount')}.`,
    );
    await terminal.cancelAt('Schritt 1 von 4');
    expect(await exit).toBe(130);
  });

  it('app (German): suggests doing it in a browser with the direct link', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'de', '--platform', 'app', '--region', 'eu']);
    await terminal.answer('Wie möchten Sie vorgehen?');
    await terminal.choose('Schritt 1 von 4', 'Ich finde es nicht');
    await terminal.waitFor('LinkedIn benennt Menüs hin und wieder um oder verschiebt sie. Das kann helfen:');
    expect(terminal.flatText()).toContain(
      'Erledigen Sie es stattdessen im Browser, auf dem Smartphone oder am Computer, bei LinkedIn angemeldet: https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
    );
    expect(terminal.flatText()).not.toContain('Konto und Datenschutz');
    await terminal.cancelAt('Schritt 1 von 4');
    expect(await exit).toBe(130);
  });
  const heading = 'LinkedIn renames and moves its menus now and then. These may help:';
  /** The English app guide for the US, run up to its last step, the switch. */
  async function atTheAppSwitch() {
    const app = createHarness();
    const exit = app.run(['--lang', 'en', '--platform', 'app', '--region', 'us']);
    await app.terminal.answer('How would you like to go on?');
    for (const step of [1, 2, 3]) await app.terminal.answer(`Step ${step} of 4`);
    return { terminal: app.terminal, exit };
  }

  it("app: 'I can't find it' at the setting and then 'No' shows the help once, then what to do", async () => {
    const { terminal, exit } = await atTheAppSwitch();
    // yes, no, not sure, can't find, back, stop → can't find.
    await terminal.choose('Step 4 of 4', "I can't find it");
    await terminal.waitFor(heading);
    // The same question again → no.
    await terminal.choose(`Does it read ${quoted('en', 'off')} now?`, 'No');
    await terminal.cancelAt('What would you like to do?');
    expect(await exit).toBe(130);
    expect(terminal.flatText().split(heading)).toHaveLength(2);
    expect(terminal.flatText().split('Do it in a browser instead, on the phone or a computer')).toHaveLength(2);
  });

  it("app: 'No' gets what to try, naming the choice below; 'No' again after trying once more gets it again", async () => {
    const { terminal, exit } = await atTheAppSwitch();
    await terminal.choose('Step 4 of 4', 'No');
    const stillOn = 'To look again, choose “Show the link as a QR code for your phone”.';
    await terminal.waitFor(stillOn);
    // Scan the QR code, try again → no.
    await terminal.answer('What would you like to do?');
    await terminal.choose(`Does it read ${quoted('en', 'off')} now?`, 'No');
    await terminal.cancelAt('What would you like to do?');
    expect(await exit).toBe(130);
    expect(terminal.flatText().split(stillOn)).toHaveLength(3);
    // The list of ways round is for "I can't find it", not for a switch that still reads On.
    expect(terminal.flatText()).not.toContain(heading);
  });
});

describe("guide: I'm already at the setting", () => {
  it('jumps to the last step; the steps in between are recorded as skipped, never as done', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await terminal.answer('How would you like to go on?');
    await terminal.choose(`Open ${quoted('en', 'aiSetting')} directly`, 'Guide me through the menus');
    await terminal.answer('Step 1 of 4');
    await terminal.choose('Step 2 of 4', "I'm already at the setting");
    await terminal.answer(`Step 4 of 4 ? Set ${quoted('en', 'aiToggle')} to ${quoted('en', 'off')}.`);
    await terminal.cancelAt(`Open ${quoted('en', 'researchSetting')} directly`);
    expect(await exit).toBe(130);
    expect(terminal.flatText()).not.toContain('Step 3 of 4');
    expect((app.state() as { guides: Record<string, unknown> }).guides['generative-ai']).toEqual({
      platform: 'web',
      steps: {
        settings: { doneAt: AT },
        'data-privacy': { skippedAt: AT },
        'generative-ai-setting': { skippedAt: AT },
        'switch-off': { doneAt: AT },
      },
      verification: { result: 'yes', at: AT },
    });
    expect(app.opened()).toEqual([]);
  });
});

describe('guide: back one step', () => {
  it('returns to the previous step, which can be done again', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'app', '--region', 'us']);
    await terminal.answer('How would you like to go on?');
    await terminal.answer('Step 1 of 4');
    // Step 2 offers: done, at the setting, can't find, back, stop.
    await terminal.choose('Step 2 of 4', 'Back one step');
    await terminal.cancelAt(/Step 1 of 4 \? Tap your profile photo/);
    expect(await exit).toBe(130);
    expect(app.stderr()).toBe('Cancelled. Your progress is saved. To continue: npx linkedin-ki-optout\n');
  });

  it('is not offered on the first step', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'app', '--region', 'us']);
    await terminal.answer('How would you like to go on?');
    await terminal.cancelAt('Step 1 of 4');
    expect(terminal.sinceMark()).not.toContain('Back one step');
    expect(await exit).toBe(130);
  });
});

describe('guide: stop and resume', () => {
  it('stops with progress kept, and a second run offers to continue at the next step', async () => {
    const app = createHarness({ env: { LANG: 'de_CH.UTF-8' } });
    const first = app.run([]);
    await app.terminal.answer('Sprache / Language');
    await app.terminal.choose('Wo möchten Sie die Einstellungen ändern?', 'LinkedIn-App (Smartphone oder Tablet)');
    await app.terminal.answer('Wo befindet sich Ihr LinkedIn-Profil?');
    await app.terminal.answer('Wie möchten Sie vorgehen?');
    await app.terminal.answer('Schritt 1 von 4');
    await app.terminal.choose('Schritt 2 von 4', 'Später weitermachen');
    await app.terminal.waitFor('Fortschritt gespeichert. Später weitermachen mit: npx linkedin-ki-optout');
    expect(await first).toBe(0);
    // Enter at the region question: a Swiss locale preselects Switzerland.
    expect(app.state()).toMatchObject({ settings: { language: 'de', platform: 'app', region: 'ch' } });
    const steps = (app.state() as { guides: Record<string, { steps: object }> }).guides['generative-ai']!.steps;
    expect(steps).toEqual({ settings: { doneAt: AT } });

    app.terminal.mark();
    const second = app.run([]);
    // The saved language is used without asking again; what is saved is shown first.
    await app.terminal.waitFor('Bisher gespeichert');
    expect(app.terminal.sinceMark()).not.toContain('Sprache / Language');
    // The explanation of what is at stake was read on the first run.
    expect(app.terminal.sinceMark()).not.toContain('seit dem 3. November 2025');
    expect(app.terminal.flatText()).toContain('○ KI-Training abschalten – begonnen (1 von 4 Schritten erledigt)');
    await app.terminal.answer('Wie möchten Sie fortfahren?');
    await app.terminal.cancelAt(`Schritt 2 von 4 ? Tippen Sie auf ${quoted('de', 'dataPrivacy')}`);
    expect(app.terminal.sinceMark()).not.toContain('Schritt 1 von 4');
    expect(await second).toBe(130);
  });

  it('start over forgets the record and asks the questions again', async () => {
    const app = createHarness();
    app.seed({
      version: 1,
      settings: { language: 'en', platform: 'app', region: 'us' },
      guides: { 'generative-ai': { platform: 'app', steps: { settings: { doneAt: '2026-11-01T09:00:00.000Z' } } } },
    });
    const exit = app.run([]);
    await app.terminal.choose('What would you like to do?', 'Start over (forget what is saved)');
    await app.terminal.answer('Where will you change the setting?');
    await app.terminal.answer('Where is your LinkedIn profile located?');
    // "Let me choose", then leave the research guide out.
    await app.terminal.choose('How would you like to go on?', 'Let me choose');
    await app.terminal.untick('Which would you like to do now?', ['Switch off research use']);
    await app.terminal.cancelAt(`Open ${quoted('en', 'aiSetting')} directly`);
    expect(await exit).toBe(130);
    expect(app.state()).toEqual({
      version: 1,
      settings: { language: 'en', platform: 'web', region: 'eu', selected: ['generative-ai', 'objection-form'] },
      guides: {},
    });
  });
});

describe('guide: a "no" gets help right away', () => {
  it('the way out at once; going on records it as not confirmed, and nothing claims success', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await terminal.choose('How would you like to go on?', 'Let me choose');
    await terminal.untick('Which would you like to do now?', ['Switch off research use', 'Stop sharing ad data with Microsoft']);
    await terminal.answer(`Open ${quoted('en', 'aiSetting')} directly`);
    await terminal.choose(`Does it read ${quoted('en', 'off')} now?`, 'No');
    await terminal.waitFor('To look again, choose “Open the setting in the browser”.');
    expect(terminal.flatText()).toContain(`Switch it to ${quoted('en', 'off')} again, then reload the page`);
    // Nothing is recorded before the person decides.
    expect((app.state() as { guides: Record<string, { verification?: object }> }).guides['generative-ai']!.verification).toBeUndefined();
    // Open again, see the menus, or go on: go on.
    await terminal.choose('What would you like to do?', 'Go on; keep it as not confirmed');
    expect(await exit).toBe(0);
    const screen = terminal.flatText();
    expect(screen).toContain(
      'Saved: “Switch off AI training” not confirmed, on 24 November 2026. To try again later: npx linkedin-ki-optout, then the re-check.',
    );
    expect(screen).toContain('Not done yet: Switch off AI training.');
    expect(screen).not.toMatch(/Done for now/);
    expect(app.state()).toMatchObject({ guides: { 'generative-ai': { verification: { result: 'no' } } } });
  });

  it('trying again: the link again, or the way through the menus', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await terminal.answer('How would you like to go on?');
    await terminal.answer(`Open ${quoted('en', 'aiSetting')} directly`);
    await terminal.choose(`Does it read ${quoted('en', 'off')} now?`, 'Not sure');
    await terminal.answer('What would you like to do?');
    await terminal.choose(`Does it read ${quoted('en', 'off')} now?`, 'No');
    await terminal.choose('What would you like to do?', 'Guide me through the menus');
    await terminal.cancelAt('Step 1 of 4');
    expect(await exit).toBe(130);
    expect(app.opened()).toEqual([
      'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
      'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
    ]);
    expect((app.state() as { guides: Record<string, { verification?: object }> }).guides['generative-ai']!.verification).toBeUndefined();
  });
});

describe('guide: re-check', () => {
  it('asks the question again and saves the new answer', async () => {
    const app = createHarness();
    app.seed({
      version: 1,
      settings: { language: 'de', platform: 'web', region: 'us' },
      guides: { 'generative-ai': { platform: 'web', steps: {}, verification: { result: 'unsure', at: '2026-10-01T08:00:00.000Z' } } },
    });
    const exit = app.run([]);
    await app.terminal.choose('Wie möchten Sie fortfahren?', 'Nachprüfen, ob alles noch abgeschaltet ist');
    // The setting is opened first (Enter), the question asked only then.
    await app.terminal.answer('Öffnen Sie die Einstellung, um nachzusehen.');
    await app.terminal.answer(`Steht der Schalter ${quoted('de', 'aiToggle')}`);
    expect(await exit).toBe(0);
    expect(app.state()).toMatchObject({ guides: { 'generative-ai': { verification: { result: 'yes', at: AT } } } });
    expect(app.terminal.flatText()).toContain('✓ KI-Training abschalten – erledigt am 24. November 2026');
    // The switch is opened before the question.
    const screen = app.terminal.flatText();
    const opened = screen.indexOf('Geöffnet: https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
    expect(opened).toBeGreaterThanOrEqual(0);
    expect(screen.indexOf(`Steht der Schalter ${quoted('de', 'aiToggle')}`, opened)).toBeGreaterThan(opened);
  });

  it('a confirmed objection stays confirmed when a re-check answers "not yet"', async () => {
    const app = createHarness();
    app.seed({
      version: 1,
      settings: { language: 'en', platform: 'web', region: 'eu' },
      guides: {
        'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: '2026-10-01T08:00:00.000Z' } },
        'objection-form': {
          platform: 'web',
          steps: { send: { doneAt: '2026-10-01T08:00:00.000Z' } },
          verification: { result: 'yes', at: '2026-10-02T08:00:00.000Z' },
        },
      },
    });
    const exit = app.run([]);
    await app.terminal.choose('What would you like to do?', 'Re-check that everything is still switched off');
    await app.terminal.answer('Open the setting to look at it.');
    await app.terminal.answer(`Does ${quoted('en', 'aiToggle')} read ${quoted('en', 'off')} now?`);
    // Not yet, yes → not yet.
    await app.terminal.answer("Has LinkedIn's confirmation e-mail arrived?");
    expect(await exit).toBe(0);
    expect(app.state()).toMatchObject({ guides: { 'objection-form': { verification: { result: 'yes', at: '2026-10-02T08:00:00.000Z', checkedAt: AT } } } });
    // The date said is the confirmation's, and the re-check's its own.
    expect(app.terminal.flatText()).toContain("Saved: LinkedIn's confirmation, noted on 2 October 2026, still stands; checked again on 24 November 2026.");
  });
});

describe('guide: Ctrl+C', () => {
  it('at the first question: one short line without a word of saved progress, exit 130, nothing written, cursor shown again', async () => {
    const app = createHarness({ env: { LANG: 'de_DE.UTF-8' } });
    const exit = app.run([]);
    await app.terminal.cancelAt('Sprache / Language');
    expect(await exit).toBe(130);
    expect(app.stderr()).toBe('Abgebrochen.\n');
    expect(app.terminal.raw().endsWith('\u001B[?25h') || app.terminal.raw().lastIndexOf('\u001B[?25h') > app.terminal.raw().lastIndexOf('\u001B[?25l')).toBe(
      true,
    );
    expect(app.state()).toBeUndefined();
  });
});

describe('guide: broken progress file', () => {
  it('is set aside with a message saying where, and a fresh record begins', async () => {
    const app = createHarness();
    app.seed('{"version": 1, "guides": {');
    const exit = app.run(['--lang', 'en', '--platform', 'app', '--region', 'us']);
    await app.terminal.answer('How would you like to go on?');
    await app.terminal.answer('Step 1 of 4');
    await app.terminal.cancelAt('Step 2 of 4');
    expect(await exit).toBe(130);
    const files = readdirSync(dirname(app.statePath));
    const brokenName = files.find((name) => name.startsWith('progress.json.broken-'));
    expect(brokenName).toBeDefined();
    expect(readFileSync(`${dirname(app.statePath)}/${brokenName}`, 'utf8')).toBe('{"version": 1, "guides": {');
    expect(app.stderr()).toContain('is damaged (not valid JSON)');
    expect(app.stderr()).toContain(`It was moved to ${dirname(app.statePath)}/${brokenName}`);
    expect(app.state()).toMatchObject({ guides: { 'generative-ai': { steps: { settings: {} } } } });
  });
});

describe('guide: choosing what to do now', () => {
  it('"Let me choose": a guide left out in the list is not walked through', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'eu']);
    await terminal.choose('How would you like to go on?', 'Let me choose');
    // The AI switch is always included; leave out the research guide and the form.
    await terminal.untick('Which would you like to do now?', ['Switch off research use', "Object with LinkedIn's form"]);
    await terminal.answer(`Open ${quoted('en', 'aiSetting')} directly`);
    await terminal.answer(`Does it read ${quoted('en', 'off')} now?`);
    expect(await exit).toBe(0);
    expect(terminal.flatText()).not.toContain(`Open ${quoted('en', 'researchSetting')} directly`);
    expect(terminal.flatText()).toContain('Done for now.');
    expect(app.state()).toMatchObject({ settings: { selected: ['generative-ai'] } });
  });
});

describe('guide: the objection and the calendar', () => {
  it('started again a month after sending without a confirmation: the follow-up is offered first', async () => {
    const app = createHarness();
    app.seed({
      version: 1,
      settings: { language: 'en', platform: 'web', region: 'eu' },
      guides: {
        'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: '2026-10-01T08:00:00.000Z' } },
        'objection-form': {
          platform: 'web',
          steps: { send: { doneAt: '2026-10-01T08:05:00.000Z' } },
          verification: { result: 'waiting', at: '2026-10-01T08:05:00.000Z' },
        },
      },
    });
    const exit = app.run([]);
    await app.terminal.answer('Your objection of 1 October 2026 has no saved confirmation a month later');
    // Name and e-mail for the text: both skipped.
    for (const question of ['Your name, for the text', 'The e-mail address of your LinkedIn account']) {
      await app.terminal.waitFor(question);
      await new Promise((resolve) => setImmediate(resolve));
      app.terminal.press('enter');
    }
    await app.terminal.cancelAt('What would you like to do?');
    expect(await exit).toBe(130);
    const screen = app.terminal.flatText();
    expect(screen).toContain('Follow-up to my objection under Article 21 GDPR of 1 October 2026');
    expect(screen).toContain('Irish Data Protection Commission');
  });

  it('the last screen offers the re-check in the calendar', async () => {
    const app = createHarness();
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await app.terminal.choose('How would you like to go on?', 'Let me choose');
    await app.terminal.untick('Which would you like to do now?', ['Switch off research use', 'Stop sharing ad data with Microsoft']);
    await app.terminal.answer('directly');
    await app.terminal.answer(`Does it read ${quoted('en', 'off')} now?`);
    expect(await exit).toBe(0);
    expect(app.terminal.flatText()).toContain('A calendar file for the re-check: npx linkedin-ki-optout reminder');
  });
});

describe('guide: when progress cannot be saved', () => {
  it('says so at each answer, never claims that an answer or the progress was saved, and the last screen says what is not', async () => {
    const app = createHarness();
    // A folder where the lock file belongs: reading works, every save fails at once.
    mkdirSync(`${app.statePath}.lock`, { recursive: true });
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await app.terminal.answer('How would you like to go on?');
    await app.terminal.answer(`Open ${quoted('en', 'aiSetting')} directly`);
    await app.terminal.answer(`Does it read ${quoted('en', 'off')} now?`);
    // The research guide: open, the way through the menus, stop for now.
    await app.terminal.choose(`Open ${quoted('en', 'researchSetting')} directly`, 'Stop for now');
    expect(await exit).toBe(0);
    const screen = app.terminal.flatText();
    // The settings, the plan, the link, the answer, the next guide's route: each save that failed, said.
    expect(app.stderr().split('Could not save progress').length - 1).toBe(4);
    expect(screen).not.toContain('Saved:');
    expect(screen).not.toContain('Progress saved');
    expect(screen).toContain('Not recorded, because the progress file could not be written: Switch off AI training.');
    expect(app.state()).toBeUndefined();
  });
});

describe('guide: a guide that continues where the previous one left the person', () => {
  const walkToResearchCheck = async (app: ReturnType<typeof createHarness>) => {
    await app.terminal.choose('How would you like to go on?', 'Do all of them');
    await app.terminal.choose(`Open ${quoted('en', 'aiSetting')} directly`, 'Open it in the browser');
    await app.terminal.choose(`Does it read ${quoted('en', 'off')} now?`, 'Yes');
    await app.terminal.choose(`Open ${quoted('en', 'researchSetting')} directly`, 'Open it in the browser');
  };

  it('"No", then the way through the menus: from "Data privacy" (step 3 of 4), not from step 1', async () => {
    const app = createHarness();
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'eu']);
    await walkToResearchCheck(app);
    await app.terminal.choose(`Does it read ${quoted('en', 'off')} now?`, 'No');
    await app.terminal.choose('What would you like to do?', 'Guide me through the menus');
    await app.terminal.waitFor(/Step \d of 4/);
    const shown = app.terminal.sinceMark();
    expect(shown).toContain('Step 3 of 4');
    expect(shown).not.toContain('Step 1 of 4');
    await app.terminal.cancelAt('Step 3 of 4');
    expect(await exit).toBe(130);
  });

  it('"I can\'t find it" after the direct link: the menus from "Data privacy" too', async () => {
    const app = createHarness();
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'eu']);
    await walkToResearchCheck(app);
    await app.terminal.choose(`Does it read ${quoted('en', 'off')} now?`, "I can't find it");
    await app.terminal.waitFor(/Step \d of 4/);
    expect(app.terminal.sinceMark()).toContain('Step 3 of 4');
    await app.terminal.cancelAt('Step 3 of 4');
    expect(await exit).toBe(130);
  });

  it('the first guide, "No" then the menus: from step 1', async () => {
    const app = createHarness();
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'eu']);
    await app.terminal.choose('How would you like to go on?', 'Do all of them');
    await app.terminal.choose(`Open ${quoted('en', 'aiSetting')} directly`, 'Open it in the browser');
    await app.terminal.choose(`Does it read ${quoted('en', 'off')} now?`, 'No');
    await app.terminal.choose('What would you like to do?', 'Guide me through the menus');
    await app.terminal.waitFor(/Step \d of 4/);
    expect(app.terminal.sinceMark()).toContain('Step 1 of 4');
    await app.terminal.cancelAt('Step 1 of 4');
    expect(await exit).toBe(130);
  });
});

describe('guide: a damaged progress file that cannot be set aside (a read-only folder)', () => {
  it('says it is damaged and why it stays, once, goes on, and never writes over it', async () => {
    const app = createHarness();
    app.seed('{ damaged');
    // Where it would be moved to, a folder is in the way: the rename fails as on a read-only disk.
    mkdirSync(`${app.statePath}.broken-2026-11-24T10-30-00-000Z/x`, { recursive: true });
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await app.terminal.choose('How would you like to go on?', 'Do all of them');
    await app.terminal.choose(`Open ${quoted('en', 'aiSetting')} directly`, 'Open it in the browser');
    await app.terminal.choose(`Does it read ${quoted('en', 'off')} now?`, 'Yes');
    await app.terminal.choose(`Open ${quoted('en', 'researchSetting')} directly`, 'Stop for now');
    expect(await exit).toBe(0);
    const errors = app.stderr().replace(/\s+/g, ' ');
    expect(errors).toContain(`The progress file ${app.statePath} is damaged (not valid JSON). It could not be moved aside`);
    expect(errors).toContain('so it stays as it is; the guide goes on, but this run saves nothing.');
    expect(errors).not.toContain('Could not save');
    expect(readFileSync(app.statePath, 'utf8')).toBe('{ damaged');
    const screen = app.terminal.flatText();
    expect(screen).not.toContain('Saved for');
    expect(screen).not.toContain('Progress saved');
  });
});

describe('guide: the last screen after saves that failed', () => {
  it('offers no reminder and shows nothing unsaved as done', async () => {
    const app = createHarness();
    // A folder where the lock file belongs: every save fails at once.
    mkdirSync(`${app.statePath}.lock`, { recursive: true });
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await app.terminal.choose('How would you like to go on?', 'Let me choose');
    // Only the AI switch (always included): the other two are unticked.
    await app.terminal.untick('Which would you like to do now?', ['Switch off research use', 'Stop sharing ad data with Microsoft']);
    await app.terminal.choose(`Open ${quoted('en', 'aiSetting')} directly`, 'Open it in the browser');
    await app.terminal.choose(`Does it read ${quoted('en', 'off')} now?`, 'Yes');
    expect(await exit).toBe(0);
    const screen = app.terminal.flatText();
    // Said at each answer that records something (issue 19: a failed save says so every time).
    expect(app.stderr().split('Could not save progress').length - 1).toBe(4);
    expect(screen).not.toContain('reminder');
    // (Inquirer's ✔ before an answered question is no record.)
    expect(screen).not.toMatch(/✓|Saved for/);
    expect(screen).toContain('Not done yet: Switch off AI training');
    expect(app.state()).toBeUndefined();
  });
});
