// LinkedIn's answer saved for an objection whose sending is not saved: the record is dated only by
// the day it happened, and nothing claims a sending or works out a follow-up day. Clock pinned.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/catalogue.js';
import { formatDate } from '../../src/core/dates.js';
import { fill, parseMessages } from '../../src/core/messages.js';
import { createHarness, FIXED_NOW, LOCALES_DIR } from '../helpers/app.js';

const en = parseMessages(readFileSync(join(LOCALES_DIR, 'en.json'), 'utf8'), 'en.json');
const NOT_SAVED = 'the day you sent the form is not saved, so no follow-up day can be worked out.';
/** What the outcome says when it is saved. */
const EXTENDED_UNDATED = `LinkedIn extended its deadline; ${NOT_SAVED}`;
/** The line under the guide's own (which already says the extension) in status, the checklist and the receipt. */
const UNDATED_DETAIL = `The day you sent the form is not saved, so no follow-up day can be worked out.`;

/** The accessible guide in the EU, Enter at every question: the form's guide stops at "Not sent yet". */
async function guideNotSent() {
  const app = createHarness({ env: { LANG: 'en_US.UTF-8' } });
  const run = app.run(['guide', '--accessible', '--region', 'eu']);
  let done = false;
  void run.then(() => {
    done = true;
  });
  for (let answers = 0; !done && answers < 30; answers += 1) {
    app.terminal.mark();
    await Promise.race([app.terminal.waitFor(/: $/, 8000), run]);
    if (!done) app.terminal.type('\n');
  }
  expect(await run).toBe(0);
  expect(app.terminal.text()).toContain(en.step.notSent);
  return app;
}

/** What the last run printed (since the mark), line breaks as spaces: paragraphs are word-wrapped. */
function said(app: { terminal: { sinceMark(): string } }): string {
  return app.terminal.sinceMark().replace(/\s+/g, ' ').trim();
}

function formRecord(app: { state(): unknown }) {
  return (app.state() as { guides: Record<string, { steps: Record<string, unknown>; verification?: unknown }> }).guides['objection-form'];
}

describe('LinkedIn extended its deadline, but the sending is not saved', { timeout: 60_000 }, () => {
  it('the guide stopped before sending; --outcome extended saves the day it happened and works out no follow-up day', async () => {
    const app = await guideNotSent();
    expect(formRecord(app)?.steps).not.toHaveProperty('send');

    app.terminal.mark();
    expect(await app.run(['objection', '--outcome', 'extended'])).toBe(0);
    expect(said(app)).toBe(`Saved on 24 November 2026: ${EXTENDED_UNDATED}`);
    expect(said(app)).not.toContain(en.followUp.datePlaceholder);
    // Stored: the answer, dated now; no sending made up.
    const stored = formRecord(app);
    expect(stored?.verification).toEqual({ result: 'extended', at: FIXED_NOW.toISOString() });
    expect(stored?.steps).not.toHaveProperty('send');
  });

  it('status, checklist and the receipt say the extension, with no sending and no follow-up day', async () => {
    const app = await guideNotSent();
    expect(await app.run(['objection', '--outcome', 'extended'])).toBe(0);

    app.terminal.mark();
    expect(await app.run(['status'])).toBe(0);
    expect(said(app)).toContain(
      `◐ Object with LinkedIn's form – LinkedIn extended its deadline; saved on 24 November 2026 (less than a minute ago), on the website ${UNDATED_DETAIL}`,
    );
    expect(said(app)).not.toMatch(/sent on|Form sent|waiting for LinkedIn's confirmation|follow-up is due/);
    // Not "everything is done" while the objection waits for LinkedIn's answer.
    expect(said(app)).toContain("Nothing to do for now: the objection is waiting for LinkedIn's answer.");
    expect(said(app)).not.toContain('Everything that applies is done');

    app.terminal.mark();
    expect(await app.run(['status', '--format', 'json'])).toBe(0);
    const form = JSON.parse(app.terminal.sinceMark()).guides.find((guide: { id: string }) => guide.id === 'objection-form');
    expect(form).toMatchObject({ standing: 'extended', sentAt: null, followUpDueAt: null, followUpDue: false, reply: 'extended', status: 'waiting' });

    for (const format of ['text', 'markdown']) {
      app.terminal.mark();
      expect(await app.run(['checklist', '--format', format])).toBe(0);
      const receipt = said(app);
      expect(receipt).toContain(UNDATED_DETAIL);
      expect(receipt).toContain('LinkedIn extended its deadline; saved on 24 November 2026');
      expect(receipt).not.toMatch(/sent on|Form sent|waiting for LinkedIn's confirmation|follow-up is due/);
    }
  });

  it('a year later there is still no follow-up day, nor a reminder for one', async () => {
    const app = createHarness({ env: { LANG: 'en_US.UTF-8' }, now: new Date('2027-11-24T10:30:00.000Z') });
    app.seed({
      version: 1,
      settings: { platform: 'web', region: 'eu' },
      guides: {
        'objection-form': {
          platform: 'web',
          steps: { 'open-form': { doneAt: '2026-11-24T10:00:00.000Z' } },
          verification: { result: 'extended', at: FIXED_NOW.toISOString() },
        },
      },
    });
    app.terminal.mark();
    expect(await app.run(['status'])).toBe(0);
    expect(said(app)).toContain(UNDATED_DETAIL);
    expect(said(app)).not.toMatch(/follow up|follow-up is due|sent on/);
    app.terminal.mark();
    await app.run(['reminder']);
    expect(`${app.stderr()} ${said(app)}`.replace(/\s+/g, ' ')).toContain('There is no date to remind you of yet');
  });

  it.each(LANGUAGES)('%s: the saved extension says, in its words, that no follow-up day can be worked out', async (language) => {
    const messages = parseMessages(readFileSync(join(LOCALES_DIR, `${language}.json`), 'utf8'), `${language}.json`);
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    app.seed({ version: 1, settings: { language, platform: 'web', region: 'eu' }, guides: {} });
    expect(await app.run(['objection', '--outcome', 'extended', '--lang', language])).toBe(0);
    const date = formatDate(FIXED_NOW, messages.meta.dateFormat, language);
    expect(app.terminal.text()).toBe(`${fill(messages.followUp.recordedExtendedUndated, { date })}\n`);
  });
});

describe("LinkedIn's answer saved without the sending: never a day of sending", () => {
  it.each([
    ['confirmed', "✓ Object with LinkedIn's form – done on 24 November 2026"],
    ['refused', "✗ Object with LinkedIn's form – not confirmed on 24 November 2026"],
    ['no-answer', "✗ Object with LinkedIn's form – not confirmed on 24 November 2026"],
  ])('%s', async (outcome, line) => {
    const app = createHarness({ env: { LANG: 'en_US.UTF-8' } });
    app.seed({ version: 1, settings: { platform: 'web', region: 'eu' }, guides: {} });
    expect(await app.run(['objection', '--outcome', outcome])).toBe(0);
    expect(said(app)).toMatch(/^Saved on 24 November 2026: /);
    for (const argv of [['status'], ['checklist'], ['checklist', '--format', 'markdown']]) {
      app.terminal.mark();
      expect(await app.run(argv)).toBe(0);
      expect(said(app)).toContain(argv.includes('markdown') ? `## ${line}` : line);
      expect(said(app)).not.toMatch(/sent on|Form sent|waiting for LinkedIn's confirmation|follow-up is due/);
    }
    app.terminal.mark();
    expect(await app.run(['status', '--format', 'json'])).toBe(0);
    expect(JSON.parse(app.terminal.sinceMark()).guides.find((guide: { id: string }) => guide.id === 'objection-form')).toMatchObject({
      sentAt: null,
      followUpDueAt: null,
    });
  });
});
