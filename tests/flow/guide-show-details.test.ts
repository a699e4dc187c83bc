// What the guide shows around its questions: each guide's heading, the ways round when a label does
// not match (laid out under their bullets), and the objection text at the form with the choice to
// copy it. Clock pinned by the harness.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';
import { tempDir } from '../helpers/temp.js';

describe('guide: the heading of each guide', () => {
  it('in a terminal it is the title alone; "Guide 1 of 2" is only said in accessible mode', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await terminal.choose('How would you like to go on?', 'Let me choose');
    await terminal.untick('Which would you like to do now?', ['Stop sharing ad data with Microsoft']);
    await terminal.cancelAt('Open “Data for Generative AI Improvement” directly.');
    expect(await exit).toBe(130);
    expect(terminal.sinceMark()).toMatch(/\n\nSwitch off AI training\n\n\? Open “Data for Generative AI Improvement” directly\./);
    expect(terminal.flatText()).not.toContain('Guide 1 of 2');

    const heard = createHarness({ env: { ACCESSIBLE: '1' } });
    const run = heard.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await heard.terminal.waitFor(/: $/);
    heard.terminal.mark();
    heard.terminal.type('Do all of them\n');
    await heard.terminal.waitFor(/: $/);
    heard.terminal.press('ctrl+c');
    heard.terminal.stdin.end();
    expect(await run).toBe(130);
    expect(heard.terminal.flatText()).toContain('Guide 1 of 3: Switch off AI training Open “Data for Generative AI Improvement” directly.');
  });
});

describe('guide: the ways round after "I can\'t find it"', () => {
  it('lists exactly the English ways round for the website, each bullet wrapped under its own text', async () => {
    const app = createHarness({ columns: 60 });
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await terminal.answer('How would you like to go on?');
    await terminal.choose('Open “Data for Generative AI Improvement” directly.', 'Guide me through the menus');
    await terminal.answer('Step 1 of 4');
    await terminal.choose('Step 2 of 4', "I can't find it");
    await terminal.waitFor('changed its menus since.');
    await terminal.cancelAt('Step 2 of 4');
    expect(await exit).toBe(130);
    const shown = terminal.text();
    const from = shown.indexOf('LinkedIn renames and moves its menus');
    const block = shown.slice(from, shown.indexOf('\nStep 2 of 4', from));
    // No way round for another language (German has one of its own), nothing else: these five, in this order.
    expect(block).toBe(
      [
        'LinkedIn renames and moves its menus now and then. These',
        'may help:',
        '  • Type “Generative AI” into the search box of the',
        '    settings page.',
        '  • Open the setting directly (after signing in):',
        '    https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
        "  • LinkedIn's help on this setting:",
        '    https://www.linkedin.com/help/linkedin/answer/a6278444',
        "  • No such setting in your account? Object with LinkedIn's",
        '    form instead:',
        '    https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
        '  • Instructions as of November 2026; LinkedIn may have',
        '    changed its menus since.',
        '',
      ].join('\n'),
    );
  });
});

/** A folder to run in: a browser opener that does nothing and, if asked, a clipboard program that keeps what it is given. */
function binFolder(clipboard: boolean): { path: string; received: string } {
  const bin = tempDir('lkio-bin-');
  const received = join(bin, 'clipboard.txt');
  writeFileSync(join(bin, 'xdg-open'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(bin, 'xdg-open'), 0o755);
  if (clipboard) {
    writeFileSync(join(bin, 'wl-copy'), `#!/bin/sh\n/bin/cat > "${received}"\n`);
    chmodSync(join(bin, 'wl-copy'), 0o755);
  }
  return { path: bin, received };
}

const SEND = 'In the form, choose the option for AI that generates content';
const COPY_QUESTION = 'Copy this text to the clipboard';

/** The guide at the form's last step (the AI switch done, the form opened), the text asked for with a name; leaves the copy question open. */
async function atTheCopyQuestion(bin: string) {
  const app = createHarness({ env: { PATH: bin } });
  app.seed({
    version: 1,
    settings: { language: 'en', platform: 'web', region: 'eu', selected: ['generative-ai', 'objection-form'] },
    guides: {
      'generative-ai': { platform: 'web', steps: {}, verification: { result: 'yes', at: '2026-11-20T09:00:00.000Z' } },
      'objection-form': { platform: 'web', steps: { 'open-form': { doneAt: '2026-11-20T09:01:00.000Z' } } },
    },
  });
  const { terminal } = app;
  const exit = app.run([]);
  await terminal.choose('What would you like to do?', 'Continue where I stopped');
  await terminal.choose(SEND, 'Show a text for the form');
  for (const [question, typed] of [
    ['Your name, for the text', 'Ada Lovelace'],
    ['The e-mail address of your LinkedIn account', ''],
    ['Your own reasons', ''],
  ] as const) {
    await terminal.waitFor(question);
    await new Promise((resolve) => setImmediate(resolve));
    terminal.type(typed);
    terminal.press('enter');
  }
  await terminal.waitForPrompt(COPY_QUESTION);
  return { app, terminal, exit };
}

describe('guide: the objection text at the form', () => {
  it('says first what the text is, then shows it; "Go on without copying" copies nothing and says nothing about a clipboard', async () => {
    const bin = binFolder(true);
    const { terminal, exit } = await atTheCopyQuestion(bin.path);
    const before = terminal.flatText();
    expect(before).toContain(
      "Show a text for the form A text for LinkedIn's objection form “Data Processing Objection”. It is a suggestion, not legal advice: read it before you send it. LinkedIn weighs an objection",
    );
    expect(before).toContain('What you type only goes into this text; none of it is saved. ? Your name, for the text');
    expect(before).toContain('Name: Ada Lovelace');
    await terminal.choose(COPY_QUESTION, 'Go on without copying');
    await terminal.cancelAt(SEND);
    expect(await exit).toBe(130);
    expect(existsSync(bin.received)).toBe(false);
    expect(terminal.sinceMark()).not.toMatch(/clipboard/);
  });

  it('"Copy" puts exactly the text shown on the clipboard and names the program that took it', async () => {
    const bin = binFolder(true);
    const { terminal, exit } = await atTheCopyQuestion(bin.path);
    await terminal.choose(COPY_QUESTION, 'Copy this text to the clipboard');
    await terminal.waitFor('The text is on the clipboard (wl-copy).');
    await terminal.cancelAt(SEND);
    expect(await exit).toBe(130);
    const copied = readFileSync(bin.received, 'utf8');
    expect(copied).toContain('Name: Ada Lovelace');
    expect(copied.startsWith('Objection under Article 21 GDPR')).toBe(true);
  });

  it('"Copy" with no clipboard program says which were tried and shows the text again to copy by hand', async () => {
    const bin = binFolder(false);
    const { terminal, exit } = await atTheCopyQuestion(bin.path);
    await terminal.choose(COPY_QUESTION, 'Copy this text to the clipboard');
    await terminal.waitFor('Here it is to copy by hand:');
    await terminal.cancelAt(SEND);
    expect(await exit).toBe(130);
    const after = terminal.flatText().slice(terminal.flatText().lastIndexOf('Copy this text to the clipboard'));
    expect(after).toContain(
      'Could not put the text on the clipboard: no clipboard program was found (tried: wl-copy, xclip, xsel, termux-clipboard-set). Here it is to copy by hand: Objection under Article 21 GDPR',
    );
    expect(after).toContain('Name: Ada Lovelace');
    expect(after).not.toContain('The text is on the clipboard');
  });
});
