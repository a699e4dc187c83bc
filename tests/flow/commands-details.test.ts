import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';
import { DONE_STATE as STATE } from '../helpers/states.js';

const MARKS = /[✓✗○◉◐❯✔•↻·]/u;

describe('checklist, by where it goes', () => {
  it('in a terminal: every line word-wrapped to it, a step’s text under its text; the marks; not the heard version', async () => {
    const app = createHarness({ columns: 50 });
    app.seed(STATE);
    expect(await app.run(['checklist'])).toBe(0);
    const lines = app.terminal.text().split('\n');
    // Links are never broken; everything else fits.
    expect(Math.max(...lines.filter((line) => !line.includes('https://')).map((line) => line.length))).toBeLessThanOrEqual(50);
    expect(app.terminal.text()).toMatch(MARKS);
    expect(app.terminal.text()).not.toContain('Done: 1 of 3.');
    // A step's box, then its text; the next line starts under the text, not under the box.
    const at = lines.findIndex((line) => line.includes('At the top right, click your'));
    const textColumn = (lines[at] as string).indexOf('At the top');
    expect((lines[at + 1] as string).search(/\S/)).toBe(textColumn);
  });

  it('heard in a terminal, but JSON stays JSON and a file gets the whole text, without marks or colour', async () => {
    const json = createHarness({ env: { ACCESSIBLE: '1' } });
    json.seed(STATE);
    expect(await json.run(['checklist', '--format', 'json'])).toBe(0);
    expect(JSON.parse(json.terminal.text()).guides).toHaveLength(3);

    const app = createHarness({ env: { ACCESSIBLE: '1', FORCE_COLOR: '1' } });
    app.seed(STATE);
    const file = join(app.home, 'receipt.txt');
    expect(await app.run(['checklist', '--output', file])).toBe(0);
    const written = readFileSync(file, 'utf8');
    expect(written).toContain('1. (done) At the top right, click your profile photo');
    expect(written).not.toMatch(MARKS);
    expect(written).not.toContain('\u001B');
    expect(app.terminal.text()).not.toContain('At the top right');
  });
});

describe('reset, before it asks', () => {
  it('nothing recorded: says so and asks nothing, even without a terminal and without --yes', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    expect(await app.run(['reset'])).toBe(0);
    expect(app.terminal.text()).toBe('Nothing saved, nothing to forget.\n');
    expect(app.stderr()).toBe('');
  });

  it('a file that is not a progress file: refused at once in a terminal, no question, the file kept', async () => {
    const app = createHarness({ env: { LANG: 'C' } });
    app.seed('my notes\n');
    expect(await app.run(['reset'])).toBe(1);
    expect(app.terminal.text()).not.toContain('Forget all progress');
    expect(readFileSync(app.statePath, 'utf8')).toBe('my notes\n');
  });

  it('the question names the file', async () => {
    const app = createHarness({ env: { LANG: 'C' } });
    app.seed(STATE);
    const keep = app.run(['reset']);
    await app.terminal.answer(`Forget all progress saved in ${app.statePath}?`);
    expect(await keep).toBe(0);
    expect(existsSync(app.statePath)).toBe(true);
  });
});

describe('the record read by status, checklist and reminder', () => {
  it('--lang wins over the language saved in the guide', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    app.seed(STATE);
    expect(await app.run(['status', '--lang', 'de'])).toBe(0);
    expect(app.terminal.text()).toContain('KI-Training abschalten');
  });

  it('a broken file is reported and left where it is (only the guide sets one aside)', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    app.seed('{ "version": 1, "guides": ');
    const before = readdirSync(dirname(app.statePath));
    await app.run(['status']);
    expect(readdirSync(dirname(app.statePath))).toEqual(before);
    expect(readFileSync(app.statePath, 'utf8')).toBe('{ "version": 1, "guides": ');
  });

  it('reminder: the calendar is named, in the language', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    app.seed(STATE);
    const file = join(app.home, 'reminder.ics');
    expect(await app.run(['reminder', '--output', file])).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('X-WR-CALNAME:LinkedIn: no AI training on your data');
  });
});
