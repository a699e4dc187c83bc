// Walking one guide (src/commands/guide/steps.ts): what each step asks and offers, in which words,
// and what carrying out an answer shows and stores. Answers picked by their words; clock pinned.
import { describe, expect, it } from 'vitest';
import { createHarness, FIXED_NOW } from '../helpers/app.js';
import { quoted } from '../helpers/labels.js';

const NOW = FIXED_NOW.toISOString();
const EARLIER = '2026-11-20T09:00:00.000Z';
const FROM_START = "I'm somewhere else: start from the profile photo";
const CONTINUING = `On the page ${quoted('en', 'dataPrivacy')}, where you just were:`;
const CHECK = `Does it read ${quoted('en', 'off')} now?`;
const FORM_LINK = 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO';
const AI_LINK = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';

type Stored = { guides: Record<string, { platform: string; steps: Record<string, object>; verification?: object }> };
const guide = (app: { state(): unknown }, id: string) => (app.state() as Stored).guides[id];

/** The screen since the mark, line breaks and runs of spaces as one space. */
const since = (terminal: { sinceMark(): string }) => terminal.sinceMark().replace(/\s+/g, ' ');
/** The question last asked that starts with `start`, with its choices (not the answer to the one before). */
const asked = (terminal: { sinceMark(): string }, start: string) => {
  const text = since(terminal);
  return text.slice(text.lastIndexOf(start));
};

/** A saved state in the EU in which both switches are done: the next guide walked is the form's. */
function formNext(platform: 'web' | 'app') {
  const done = { platform, steps: { 'switch-off': { doneAt: EARLIER } }, verification: { result: 'yes', at: EARLIER } };
  return {
    version: 1,
    settings: { language: 'en', platform, region: 'eu' },
    guides: { 'generative-ai': done, 'research-data': done },
  };
}

describe('a step asks for its step; the check comes with the setting', () => {
  it('the app path in the US: each step is its own question, without the check; the setting asks it', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'app', '--region', 'us']);
    await terminal.answer('How would you like to go on?');
    await terminal.waitForPrompt('Step 1 of 4');
    // The first guide starts at the profile photo: no page it continues from, no way "from the start".
    expect(since(terminal)).toContain(
      `Step 1 of 4 ? Tap your profile photo at the top left, then ${quoted('en', 'settings')} at the bottom of the side menu. ❯ Done – next step`,
    );
    expect(since(terminal)).not.toContain('On the page');
    expect(since(terminal)).not.toContain(FROM_START);
    await terminal.answer('Step 1 of 4');
    await terminal.waitForPrompt('Step 2 of 4');
    expect(since(terminal)).toContain(`Step 2 of 4 ? Tap ${quoted('en', 'dataPrivacy')}. ❯ Done – next step`);
    expect(since(terminal)).not.toContain('On the page');
    await terminal.answer('Step 2 of 4');
    await terminal.answer('Step 3 of 4');
    await terminal.waitForPrompt('Step 4 of 4');
    expect(since(terminal)).toContain(`Step 4 of 4 ? Set ${quoted('en', 'aiToggle')} to ${quoted('en', 'off')}. ${CHECK} ❯ Yes`);
    await terminal.cancelAt(CHECK);
    expect(await exit).toBe(130);
    // The check is asked at the setting only.
    expect(terminal.flatText().split('Does it read')).toHaveLength(2);
  });

  it('back from the setting: the step before it is asked again; nothing about the setting is stored', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'app', '--region', 'us']);
    await terminal.answer('How would you like to go on?');
    for (const step of [1, 2, 3]) await terminal.answer(`Step ${step} of 4`);
    await terminal.choose('Step 4 of 4', 'Back one step');
    await terminal.waitForPrompt('Step 3 of 4');
    expect(since(terminal)).toContain(`Step 3 of 4 ? In the group ${quoted('en', 'howLinkedInUsesData')}, tap ${quoted('en', 'aiSetting')}.`);
    expect(since(terminal)).not.toContain('LinkedIn renames and moves its menus');
    await terminal.cancelAt('Step 3 of 4');
    expect(await exit).toBe(130);
    expect(guide(app, 'generative-ai')).toEqual({
      platform: 'app',
      steps: { settings: { doneAt: NOW }, 'data-privacy': { doneAt: NOW }, 'generative-ai-setting': { doneAt: NOW } },
    });
  });

  it('every step saved but the check never answered: the guide goes on at the setting', async () => {
    const app = createHarness();
    const steps = {
      settings: { doneAt: EARLIER },
      'data-privacy': { doneAt: EARLIER },
      'generative-ai-setting': { doneAt: EARLIER },
      'switch-off': { doneAt: EARLIER },
    };
    app.seed({ version: 1, settings: { language: 'en', platform: 'app', region: 'us' }, guides: { 'generative-ai': { platform: 'app', steps } } });
    const exit = app.run([]);
    await app.terminal.answer('What would you like to do?');
    await app.terminal.waitForPrompt(CHECK);
    expect(since(app.terminal)).toContain(`Step 4 of 4 ? Set ${quoted('en', 'aiToggle')} to ${quoted('en', 'off')}. ${CHECK}`);
    await app.terminal.choose(CHECK, 'Yes');
    await app.terminal.cancelAt('Switch off research use');
    expect(await exit).toBe(130);
    expect(guide(app, 'generative-ai')).toEqual({
      platform: 'app',
      steps: { ...steps, 'switch-off': { doneAt: NOW } },
      verification: { result: 'yes', at: NOW },
    });
  });
});

describe('a guide that continues where the previous one left the person', () => {
  /** The app path in the UK, the AI switch done by Enter: the research guide starts on its third step. */
  async function atResearch() {
    const app = createHarness();
    const exit = app.run(['--lang', 'en', '--platform', 'app', '--region', 'uk']);
    await app.terminal.answer('How would you like to go on?');
    for (const step of [1, 2, 3, 4]) await app.terminal.answer(`Step ${step} of 4`);
    await app.terminal.waitForPrompt('Step 3 of 4');
    return { app, terminal: app.terminal, exit };
  }

  it('names the page it starts on and offers the way from the start, at its first step only', async () => {
    const { app, terminal, exit } = await atResearch();
    expect(since(terminal)).toContain(`${CONTINUING} Step 3 of 4 ? On the ${quoted('en', 'dataPrivacy')} screen`);
    expect(since(terminal)).toContain(FROM_START);
    await terminal.choose('Step 3 of 4', 'Back one step');
    await terminal.waitForPrompt('Step 2 of 4');
    const stepTwo = `Step 2 of 4 ? Tap ${quoted('en', 'dataPrivacy')}.`;
    expect(asked(terminal, 'Step 2 of 4').slice(0, stepTwo.length)).toBe(stepTwo);
    expect(since(terminal)).not.toContain('On the page');
    expect(asked(terminal, 'Step 2 of 4')).not.toContain(FROM_START);
    await terminal.cancelAt('Step 2 of 4');
    expect(await exit).toBe(130);
    // The steps the two guides share were behind the person: skipped, never done.
    expect(guide(app, 'research-data')).toEqual({ platform: 'app', steps: { settings: { skippedAt: NOW }, 'data-privacy': { skippedAt: NOW } } });
  });

  it('"somewhere else": the whole way from the profile photo, which counts as done once it is', async () => {
    const { app, terminal, exit } = await atResearch();
    await terminal.choose('Step 3 of 4', FROM_START);
    await terminal.waitForPrompt('Step 1 of 4');
    expect(asked(terminal, 'Step 1 of 4')).toMatch(/^Step 1 of 4 \? Tap your profile photo at the top left, then /);
    expect(since(terminal)).not.toContain('On the page');
    expect(asked(terminal, 'Step 1 of 4')).not.toContain(FROM_START);
    await terminal.answer('Step 1 of 4');
    await terminal.cancelAt('Step 2 of 4');
    expect(await exit).toBe(130);
    expect(guide(app, 'research-data')).toEqual({ platform: 'app', steps: { settings: { doneAt: NOW }, 'data-privacy': { skippedAt: NOW } } });
  });
});

describe("I can't find it", () => {
  it('website: in the settings (from the second step on), the settings search box is among the ways round; before, it is not', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await terminal.answer('How would you like to go on?');
    await terminal.choose(`Open ${quoted('en', 'aiSetting')} directly`, 'Guide me through the menus');
    await terminal.choose('Step 1 of 4', "I can't find it");
    await terminal.waitForPrompt('Step 1 of 4');
    expect(since(terminal)).toContain('LinkedIn renames and moves its menus now and then. These may help:');
    expect(since(terminal)).not.toContain('search box');
    await terminal.answer('Step 1 of 4');
    await terminal.choose('Step 2 of 4', "I can't find it");
    await terminal.waitForPrompt('Step 2 of 4');
    expect(since(terminal)).toContain(
      `LinkedIn renames and moves its menus now and then. These may help: • Type ${quoted('en', 'aiSearch')} into the search box of the settings page.`,
    );
    await terminal.cancelAt('Step 2 of 4');
    expect(await exit).toBe(130);
  });
});

describe('after the direct link', () => {
  it('"No", then the link again: back at the setting as by the link, with no step count and no step back; "I can\'t find it" leads to the menus', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await terminal.answer('How would you like to go on?');
    await terminal.answer(`Open ${quoted('en', 'aiSetting')} directly`);
    await terminal.choose(CHECK, 'No');
    await terminal.choose('What would you like to do?', 'Open the setting in the browser');
    await terminal.waitForPrompt(CHECK);
    expect(since(terminal)).toContain(`Opened: ${AI_LINK}`);
    expect(since(terminal)).toContain(`? Set ${quoted('en', 'aiToggle')} to ${quoted('en', 'off')}. ${CHECK}`);
    expect(since(terminal)).not.toContain('Step 4 of 4');
    expect(since(terminal)).not.toContain('Back one step');
    await terminal.choose(CHECK, "I can't find it");
    await terminal.waitForPrompt('Step 1 of 4');
    expect(since(terminal)).not.toContain('LinkedIn renames and moves its menus');
    await terminal.cancelAt('Step 1 of 4');
    expect(await exit).toBe(130);
    expect(app.opened()).toEqual([AI_LINK, AI_LINK]);
    // "No" is kept only if the person goes on.
    expect(guide(app, 'generative-ai')?.verification).toBeUndefined();
  });
});

describe("the form's guide", () => {
  it('the check at the step that sends it says it was sent; "sent, no e-mail yet" is stored as waiting', async () => {
    const app = createHarness();
    const { terminal } = app;
    app.seed(formNext('web'));
    const exit = app.run([]);
    await terminal.answer('What would you like to do?');
    await terminal.choose("Open LinkedIn's form", 'Open it in the browser');
    await terminal.waitForPrompt('In the form, choose the option for AI');
    const asked = since(terminal);
    expect(asked).toContain('Sent; no e-mail yet');
    expect(asked).toContain("Sent; LinkedIn's e-mail is here");
    expect(asked).not.toContain('Not yet');
    expect(asked).not.toContain('Yes, it is here');
    await terminal.choose('In the form, choose the option for AI', 'Sent; no e-mail yet');
    expect(await exit).toBe(0);
    expect(app.opened()).toEqual([FORM_LINK]);
    expect(guide(app, 'objection-form')).toEqual({
      platform: 'web',
      steps: { 'open-form': { doneAt: NOW }, send: { doneAt: NOW } },
      verification: { result: 'waiting', at: NOW },
    });
  });

  it('on the app path: the QR code for the form, then its step is asked again and not taken as done', async () => {
    const app = createHarness();
    const { terminal } = app;
    app.seed(formNext('app'));
    const exit = app.run([]);
    await terminal.answer('What would you like to do?');
    await terminal.choose("Open LinkedIn's form", 'Show the link as a QR code for your phone');
    await terminal.waitForPrompt("Open LinkedIn's form");
    expect(since(terminal)).toContain(`Point your phone's camera at the code to open the link: ${FORM_LINK}`);
    expect(since(terminal)).not.toContain('LinkedIn renames and moves its menus');
    expect(since(terminal)).not.toContain('In the form, choose');
    await terminal.cancelAt("Open LinkedIn's form");
    expect(await exit).toBe(130);
    expect(guide(app, 'objection-form')).toBeUndefined();
  });
});
