import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordOutcome } from '../../src/commands/objection/outcome.js';
import { createContext } from '../../src/context.js';
import type { ProgressState } from '../../src/core/progress.js';
import type { StateStore } from '../../src/state/store.js';
import { createHarness } from '../helpers/app.js';

// `status` line by line: which day each line counts from, what it leaves out, and how a long line
// continues in a narrow terminal.
const NOW = new Date('2026-11-24T10:30:00.000Z');

type Guides = Record<string, object>;

function record(guides: Guides, selected = Object.keys(guides), region = 'eu') {
  return { version: 1, settings: { language: 'en', platform: 'web', region, selected }, guides };
}

const confirmed = (at: string, checkedAt?: string) => ({
  platform: 'web',
  steps: {},
  verification: { result: 'yes', at, ...(checkedAt ? { checkedAt } : {}) },
});

/** The objection form sent on `sentAt`, with LinkedIn's answer (or "not yet") recorded at `at`. */
const form = (sentAt: string, result: string, at: string) => ({
  platform: 'web',
  steps: { 'open-form': { doneAt: sentAt }, send: { doneAt: sentAt } },
  verification: { result, at },
});

async function status(seeded: object, options: { now?: Date; env?: Record<string, string>; columns?: number; tty?: boolean } = {}) {
  const app = createHarness({
    tty: options.tty ?? false,
    env: { LANG: 'en_US.UTF-8', ...options.env },
    now: options.now ?? NOW,
    ...(options.columns ? { columns: options.columns } : {}),
  });
  app.seed(seeded);
  const code = await app.run(['status', '--check']);
  return { code, text: app.terminal.text().replace(app.statePath, '<path>'), app };
}

describe('status: the day each line counts from', () => {
  it('a re-check is due six months after the last re-check, not after the first confirmation', async () => {
    const { code, text } = await status(
      record({ 'generative-ai': confirmed('2026-01-10T09:00:00.000Z', '2026-10-01T09:00:00.000Z') }, ['generative-ai'], 'us'),
    );
    expect(code).toBe(0);
    expect(text).not.toContain('Re-check due');
    expect(text).toContain('Everything that applies is done; the next re-check is due on 1 April 2027.');
  });

  it('due on the very minute six months after the confirmation', async () => {
    const { code, text } = await status(record({ 'generative-ai': confirmed('2026-05-24T10:30:00.000Z') }, ['generative-ai'], 'us'));
    expect(code).toBe(3);
    expect(text).toContain('Re-check due since 24 November 2026: confirmed more than 6 months ago.');
    expect(text).toContain('Not done yet: 1 due for a re-check.');
  });

  it('the summary names the earliest re-check of several', async () => {
    const guides = {
      'generative-ai': confirmed('2026-10-01T09:00:00.000Z'),
      'research-data': confirmed('2026-08-01T09:00:00.000Z'),
      'microsoft-ads': confirmed('2026-09-01T09:00:00.000Z'),
    };
    const { code, text } = await status(record(guides, Object.keys(guides), 'us'));
    expect(code).toBe(0);
    expect(text).toContain('the next re-check is due on 1 February 2027.');
  });

  it('an objection waiting for LinkedIn is dated from the day it was sent, not from the last "not yet"', async () => {
    const guides = {
      'generative-ai': confirmed('2026-10-20T08:00:00.000Z'),
      'objection-form': form('2026-11-01T09:00:00.000Z', 'waiting', '2026-11-17T09:00:00.000Z'),
    };
    const { text } = await status(record(guides));
    expect(text).toContain("Object with LinkedIn's form – waiting for LinkedIn's confirmation; sent on 1 November 2026 (23 days ago), on the website");
  });

  it('a follow-up due: the day it was sent is said once, in the line itself', async () => {
    const guides = {
      'generative-ai': confirmed('2026-10-01T08:00:00.000Z'),
      'objection-form': form('2026-10-01T09:00:00.000Z', 'waiting', '2026-10-01T09:00:00.000Z'),
    };
    const { code, text } = await status(record(guides));
    expect(code).toBe(3);
    expect(text).toContain('sent on 1 October 2026');
    expect(text).not.toContain('Form sent on');
    expect(text).toContain('Not done yet: 1 due for a follow-up.');
  });

  it('an open guide: its title and "open", nothing after it', async () => {
    const guides = { 'generative-ai': confirmed('2026-11-20T09:00:00.000Z') };
    const { text } = await status(record(guides, ['generative-ai', 'research-data'], 'us'));
    expect(text.split('\n')).toContain('○ Switch off research use – open');
  });
});

describe('status: the summary counts an objection that waits', () => {
  it.each([
    ['waiting', '2026-11-10T09:00:00.000Z'],
    ['extended', '2026-11-20T09:00:00.000Z'],
  ])('%s, beside a guide still open', async (result, at) => {
    const guides = { 'objection-form': form('2026-11-10T09:00:00.000Z', result, at) };
    const { code, text } = await status(record(guides, ['generative-ai', 'objection-form']));
    expect(code).toBe(3);
    expect(text).toContain('Not done yet: 1 open, 1 waiting for LinkedIn.');
  });
});

describe('status: nothing saved yet', () => {
  it('in accessible mode, no path read aloud; otherwise the path of the progress file', async () => {
    const heard = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8', ACCESSIBLE: '1' }, now: NOW });
    expect(await heard.run(['status'])).toBe(0);
    expect(heard.terminal.text()).toBe('Nothing saved yet. To start: npx linkedin-ki-optout\n');
    const seen = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' }, now: NOW });
    expect(await seen.run(['status'])).toBe(0);
    expect(seen.terminal.text()).toContain(`Progress file: ${seen.statePath}`);
  });
});

describe('status in a terminal 30 columns wide: a long line continues under its own start', () => {
  it('the guide line by two spaces; the lines below it by four', async () => {
    const guides = {
      'generative-ai': confirmed('2026-01-10T09:00:00.000Z'),
      'objection-form': form('2026-09-01T09:00:00.000Z', 'refused', '2026-11-20T09:00:00.000Z'),
    };
    const { text } = await status(record(guides), { tty: true, columns: 30 });
    const lines = text.split('\n');
    const lineAfter = (start: string) => {
      const index = lines.findIndex((line) => line.includes(start));
      expect(index, start).toBeGreaterThanOrEqual(0);
      return lines[index + 1];
    };
    // The guide line: its continuation indented by two.
    expect(lineAfter('✓ Switch off AI training')).toMatch(/^ {2}\S/);
    // The re-check that is due, the day it was sent, LinkedIn's answer, where to complain: by four.
    expect(lineAfter('Re-check due')).toMatch(/^ {4}\S/);
    expect(lineAfter('    Form sent')).toMatch(/^ {4}\S/);
    expect(lineAfter('    LinkedIn refused')).toMatch(/^ {4}\S/);
    expect(lineAfter('    You can')).toMatch(/^ {4}\S/);
    // Only an address longer than the row runs on (the terminal continues it whole).
    for (const line of lines.filter((line) => !line.includes('https://'))) expect(line.length).toBeLessThanOrEqual(30);
  });
});

describe('objection --outcome', () => {
  it('with --copy: refused in a sentence, nothing saved', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' }, now: NOW });
    expect(await app.run(['objection', '--outcome', 'confirmed', '--copy'])).toBe(2);
    expect(app.stderr()).toContain("--outcome only saves LinkedIn's answer: give it without --follow-up and --copy.");
    expect(app.state()).toBeUndefined();
  });

  it('when the answer cannot be saved: says so in a sentence, exit 1, nothing claimed', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' }, now: NOW });
    app.seed(record({ 'objection-form': form('2026-10-01T09:00:00.000Z', 'waiting', '2026-10-01T09:00:00.000Z') }));
    mkdirSync(`${app.statePath}.lock`, { recursive: true });
    expect(await app.run(['objection', '--outcome', 'confirmed'])).toBe(1);
    expect(app.stderr()).toContain(`Could not save progress to ${app.statePath}`);
    expect(app.stderr()).not.toMatch(/\n\s+at /);
    expect(app.terminal.text()).not.toContain('Saved on');
  });

  it('a failure of the store that is not about the file is not dressed up as one', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' }, now: NOW });
    const store = { write: () => Promise.reject(new TypeError('a bug')) } as unknown as StateStore;
    const state = record({}) as unknown as ProgressState;
    await expect(recordOutcome(createContext({ color: false, lang: 'en' }, app.deps), store, state, 'eu', 'confirmed')).rejects.toThrow(new TypeError('a bug'));
  });
});

describe('objection --follow-up for a form opened but not sent', () => {
  it('the text with a placeholder for the day, and when to send it', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8' }, now: NOW });
    app.seed(record({ 'objection-form': { platform: 'web', steps: { 'open-form': { doneAt: '2026-11-01T09:00:00.000Z' } } } }));
    expect(await app.run(['objection', '--follow-up'])).toBe(0);
    expect(app.terminal.text()).toContain('Follow-up to my objection under Article 21 GDPR');
    expect(app.stderr()).not.toMatch(/TypeError|\n\s+at /);
  });
});
