// The plan: the list of guides for the region, "Let me choose" with the AI switch always in, and
// "Tell me more first" with each guide's notes, the guides not for the region and what the
// instructions rest on, in a terminal and in accessible mode. Clock pinned by the harness.
import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';

const PLAN = 'How would you like to go on?';

/** Runs the guide to "Tell me more first" and cancels at the plan question asked again; returns the screen. */
async function details(args: readonly string[], columns = 100): Promise<string> {
  const app = createHarness({ columns });
  const { terminal } = app;
  const exit = app.run(['--lang', 'en', ...args]);
  await terminal.choose(PLAN, 'Tell me more first');
  await terminal.cancelAt('not tested on a live account.');
  expect(await exit).toBe(130);
  return terminal.text();
}

describe('guide: the plan in a terminal', () => {
  it('numbers the guides; a long one wraps under its own text, with the UK caveat in brackets', async () => {
    const screen = await details(['--platform', 'web', '--region', 'uk'], 40);
    expect(screen).toContain(
      [
        'These guides apply to you:',
        '  1. Switch off AI training',
        '  2. Switch off research use',
        '  3. Stop sharing ad data with',
        '     Microsoft (unclear for your',
        '     region)',
        "  4. Object with LinkedIn's form",
      ].join('\n'),
    );
  });

  it("each guide's notes are indented under its heading, wrapped lines too", async () => {
    const screen = await details(['--platform', 'web', '--region', 'uk'], 40);
    expect(screen).toContain(
      [
        'Switch off AI training – the main',
        'switch',
        '  Switching it off works from now on:',
        '  what was already used stays in the',
        '  models.',
        "  LinkedIn's recruiter AI (Hiring",
      ].join('\n'),
    );
  });

  it('"Let me choose" shows the AI switch as always included', async () => {
    const app = createHarness();
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await terminal.choose(PLAN, 'Let me choose');
    await terminal.cancelAt('Which would you like to do now?');
    expect(await exit).toBe(130);
    expect(terminal.text()).toMatch(/◉ Switch off AI training \(always\)\n/);
    expect(terminal.text()).toMatch(/◉ Switch off research use\n/);
  });
});

describe('guide: "Tell me more first"', () => {
  it('in the EU: the hiring note names the form; the Microsoft guide is listed as not for the region, and only it', async () => {
    const flat = (await details(['--platform', 'web', '--region', 'eu'])).replace(/\s+/g, ' ');
    expect(flat).toContain('showing fewer details and the objection form may limit that. After the Irish data-protection authority');
    expect(flat).toContain(
      'Not for your region: Stop sharing ad data with Microsoft – LinkedIn does not share this data with Microsoft in the EU, EEA and Switzerland',
    );
    expect(flat.match(/Not for your region:/g)).toHaveLength(1);
    // All guides rest on sources of the same month: said once.
    expect(flat.match(/Instructions as of November 2026, from/g)).toHaveLength(1);
  });

  it('in the US: the hiring note without the form, and the form listed as not for the region', async () => {
    const flat = (await details(['--platform', 'web', '--region', 'us'])).replace(/\s+/g, ' ');
    expect(flat).toContain('Outside Europe it has done so in most countries since September 2024.');
    expect(flat).toContain(
      "LinkedIn's recruiter AI (Hiring Assistant) still uses what your profile shows; showing fewer details may limit that. After the Irish",
    );
    expect(flat).toContain("Not for your region: Object with LinkedIn's form – the form is for the EU, EEA, Switzerland and the UK");
    expect(flat.match(/Not for your region:/g)).toHaveLength(1);
    // On the website the direct links are offered, and so are the notes on how sure they are.
    expect(flat).toContain('Its direct link rests on a single source.');
    expect(flat).toContain("That its direct link opens exactly this switch is inferred from LinkedIn's US privacy notice.");
  });

  it('on the app path in English no direct link is offered, so no note on how sure it is', async () => {
    const flat = (await details(['--platform', 'app', '--region', 'us'])).replace(/\s+/g, ' ');
    expect(flat).toContain('Its labels rest on one or two sources.');
    expect(flat).not.toContain('Its direct link rests on a single source.');
    expect(flat).not.toContain('That its direct link opens exactly this switch');
  });
});

describe('guide: the plan in accessible mode', () => {
  it('the caveat after a comma, the date alone, and a choice by name keeps the AI switch', async () => {
    const app = createHarness({ env: { ACCESSIBLE: '1' } });
    const { terminal } = app;
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'uk']);
    for (const typed of ['Tell me more first', 'Let me choose', 'Switch off research use']) {
      await terminal.waitFor(/: $/);
      terminal.mark();
      terminal.type(`${typed}\n`);
    }
    await terminal.waitFor(/: $/);
    terminal.press('ctrl+c');
    terminal.stdin.end();
    expect(await exit).toBe(130);
    const text = terminal.text();
    expect(text).toContain('\nStop sharing ad data with Microsoft, unclear for your region\n');
    expect(terminal.flatText()).toContain('In the EU, EEA, Switzerland and the UK it does so since 3 November 2025. Private messages');
    expect(text).toContain('1) Switch off AI training, always\n');
    expect(app.state()).toMatchObject({ settings: { selected: ['generative-ai', 'research-data'] } });
  });
});
