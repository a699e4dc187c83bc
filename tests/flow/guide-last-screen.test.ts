import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../helpers/app.js';

// The guide's last screen, and the summary a returning person sees first: what each says, in which
// order, and what the first answer (Enter) of "What would you like to do?" is.

const COMMAND = 'npx linkedin-ki-optout';
const RECENT = '2026-11-20T09:00:00.000Z';
/** Sent more than a month before the pinned clock (24 November 2026): a follow-up is due. */
const SENT_LONG_AGO = '2026-10-01T09:00:00.000Z';

type Guides = Record<string, object>;

function progress(region: string, selected: readonly string[], guides: Guides) {
  return { version: 1, settings: { language: 'en', platform: 'web', region, selected }, guides };
}

const confirmed = (at: string, checkedAt?: string) => ({
  platform: 'web',
  steps: {},
  verification: checkedAt === undefined ? { result: 'yes', at } : { result: 'yes', at, checkedAt },
});
const answeredNo = (at: string) => ({ platform: 'web', steps: {}, verification: { result: 'no', at } });
const sentWaiting = (at: string) => ({
  platform: 'web',
  steps: { 'open-form': { doneAt: at }, send: { doneAt: at } },
  verification: { result: 'waiting', at },
});

/** The choice a list shows highlighted (❯), the one Enter takes. */
function highlighted(app: Harness): string {
  const text = app.terminal.text();
  const at = text.lastIndexOf('❯');
  return text
    .slice(at + 1, text.indexOf('\n', at))
    .replace(/\s+/g, ' ')
    .trim();
}

/** In accessible mode: waits for `question` and its answer line, then types the start of an answer's words. */
async function sayAnswer(app: Harness, question: string, words: string): Promise<void> {
  await app.terminal.waitFor(question);
  await app.terminal.waitFor(new RegExp(`${question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\S]*: $`));
  app.terminal.mark();
  app.terminal.type(`${words}\n`);
}

beforeAll(() => import('../../src/commands/guide/later.js'));

describe('the summary a returning person sees', () => {
  it('one line per guide, indented, wrapped under its own words, without the steps', async () => {
    const app = createHarness({ columns: 40 });
    app.seed(progress('eu', ['generative-ai', 'research-data'], { 'generative-ai': confirmed('2026-01-20T09:00:00.000Z') }));
    const exit = app.run([]);
    await app.terminal.waitForPrompt('What would you like to do?');
    const summary = app.terminal.text().split('What would you like to do?')[0] ?? '';
    expect(summary).toContain('\n  ✓ Switch off AI training – done\n    on 20 January 2026\n  ○ Switch off research use – open\n');
    // Where each guide stands, not how to do it: no steps, no links.
    expect(summary).not.toContain('profile photo');
    expect(summary).not.toContain('https://');
    await app.terminal.cancelAt('What would you like to do?');
    expect(await exit).toBe(130);
  });

  it('a switch last seen "Off" six months ago to the minute: the re-check comes first, where Enter takes it', async () => {
    const app = createHarness();
    app.seed(progress('eu', ['generative-ai', 'research-data'], { 'generative-ai': confirmed('2026-05-24T10:30:00.000Z') }));
    const exit = app.run([]);
    await app.terminal.waitForPrompt('What would you like to do?');
    expect(highlighted(app)).toBe('Re-check that everything is still switched off');
    await app.terminal.cancelAt('What would you like to do?');
    expect(await exit).toBe(130);
  });

  it('a switch confirmed long ago but checked again since, and an old "No": continuing comes first', async () => {
    const app = createHarness();
    app.seed(
      progress('eu', ['generative-ai', 'research-data'], {
        'generative-ai': confirmed('2026-01-20T09:00:00.000Z', '2026-11-01T09:00:00.000Z'),
        // Not confirmed: nothing to re-check, however old the answer.
        'research-data': answeredNo('2026-03-01T09:00:00.000Z'),
      }),
    );
    const exit = app.run([]);
    await app.terminal.waitForPrompt('What would you like to do?');
    expect(highlighted(app)).toBe('Continue where I stopped');
    await app.terminal.cancelAt('What would you like to do?');
    expect(await exit).toBe(130);
  });
});

describe('the last screen', () => {
  it('all done: "done for now" with the command, how to keep a receipt; no follow-up, nothing unsaved', async () => {
    const app = createHarness();
    app.seed(progress('us', ['generative-ai'], { 'generative-ai': confirmed(RECENT) }));
    const exit = app.run([]);
    await app.terminal.choose('What would you like to do?', 'Re-check that everything is still switched off');
    await app.terminal.choose('Open the setting to look at it', 'It is open in front of me: ask now');
    await app.terminal.choose('read “Off” now?', 'Yes');
    expect(await exit).toBe(0);
    const last = app.terminal.flatText().split('Your progress')[1] ?? '';
    expect(last).toContain(`Done for now. Data-protection authorities advise checking again now and then: ${COMMAND}`);
    expect(last).toContain(`To keep a receipt: ${COMMAND} checklist --format markdown --output linkedin-ki-optout.md`);
    expect(last).not.toContain('follow up');
    expect(last).not.toContain('Not done yet');
    expect(last).not.toContain('Not recorded');
  });

  it('a follow-up due and nothing else to do: the follow-up with its command, neither "not done yet" nor "done for now"', async () => {
    const app = createHarness();
    app.seed(progress('eu', ['generative-ai', 'objection-form'], { 'generative-ai': confirmed(RECENT), 'objection-form': sentWaiting(SENT_LONG_AGO) }));
    const exit = app.run([]);
    await app.terminal.choose('Show a text for it?', 'Not now');
    await app.terminal.choose('What would you like to do?', 'Re-check that everything is still switched off');
    await app.terminal.choose('Open the setting to look at it', 'It is open in front of me: ask now');
    await app.terminal.choose('read “Off” now?', 'Yes');
    await app.terminal.choose("Has LinkedIn's confirmation e-mail arrived?", 'Not yet');
    expect(await exit).toBe(0);
    const last = app.terminal.flatText().split('Your progress')[1] ?? '';
    expect(last).toContain(`A month after sending, no confirmation is saved: time to follow up. For the text: ${COMMAND} objection --follow-up`);
    expect(last).not.toContain('Not done yet');
    expect(last).not.toContain('Done for now');
  });

  it('"Stop for now" before anything is recorded: says so, with the command to start again', async () => {
    const app = createHarness();
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'eu']);
    await app.terminal.answer('How would you like to go on?');
    await app.terminal.choose('Open “Data for Generative AI Improvement” directly', 'Stop for now');
    expect(await exit).toBe(0);
    expect(app.terminal.flatText()).toContain(`Nothing is recorded yet. To start again: ${COMMAND}`);
  });
});

describe('the last screen, for the ear', () => {
  /** The lines after "Your progress" and its summary: what the last screen says (runs of spaces, the padding that keeps words whole, as one). */
  const lastLines = (app: Harness, guides: number) =>
    stripVTControlCharacters(app.terminal.text())
      .split('Your progress\n')[1]
      ?.split('\n')
      .slice(guides)
      .filter((line) => line !== '')
      .map((line) => line.replace(/ {2,}/g, ' ')) ?? [];

  it('all done: "done for now", then the command on a line of its own, last', async () => {
    const app = createHarness({ env: { ACCESSIBLE: '1' } });
    app.seed(progress('us', ['generative-ai'], { 'generative-ai': confirmed(RECENT) }));
    const exit = app.run([]);
    await sayAnswer(app, 'What would you like to do?', 'Re-check');
    await sayAnswer(app, 'Open the setting to look at it', 'It is open');
    await sayAnswer(app, 'read “Off” now?', 'Yes');
    expect(await exit).toBe(0);
    expect(lastLines(app, 1)).toEqual([
      'Done for now. Data-protection authorities advise checking again now and then.',
      'To go on or re-check later, run the command below; with checklist after it, it shows the checklist; with reminder, it writes a calendar file for the re-check.',
      COMMAND,
    ]);
  });

  it('a follow-up due and nothing else to do: the follow-up, neither "not done yet" nor "done for now"', async () => {
    const app = createHarness({ env: { ACCESSIBLE: '1' } });
    app.seed(progress('eu', ['generative-ai', 'objection-form'], { 'generative-ai': confirmed(RECENT), 'objection-form': sentWaiting(SENT_LONG_AGO) }));
    const exit = app.run([]);
    // A yes-or-no question for the ear: n, not now.
    await sayAnswer(app, 'Show a text for it?', 'n');
    await sayAnswer(app, 'What would you like to do?', 'Re-check');
    await sayAnswer(app, 'Open the setting to look at it', 'It is open');
    await sayAnswer(app, 'read “Off” now?', 'Yes');
    await sayAnswer(app, "Has LinkedIn's confirmation e-mail arrived?", 'Not yet');
    expect(await exit).toBe(0);
    expect(lastLines(app, 2)).toEqual([
      `A month after sending, no confirmation is saved: time to follow up. For the text: ${COMMAND} objection --follow-up`,
      'To go on or re-check later, run the command below; with checklist after it, it shows the checklist; with reminder, it writes a calendar file for the re-check.',
      COMMAND,
    ]);
  });

  it('a guide not confirmed: "not done yet" names it; no reminder without a day for it', async () => {
    const app = createHarness({ env: { ACCESSIBLE: '1' } });
    app.seed(progress('us', ['generative-ai', 'research-data'], { 'research-data': answeredNo(RECENT) }));
    const exit = app.run([]);
    await sayAnswer(app, 'What would you like to do?', 'Re-check');
    await sayAnswer(app, 'Open the setting to look at it', 'Skip');
    expect(await exit).toBe(0);
    expect(lastLines(app, 2)).toEqual([
      'Not done yet: Switch off AI training; Switch off research use.',
      'To go on or re-check later, run the command below; followed by checklist, it shows the checklist.',
      COMMAND,
    ]);
  });
});
