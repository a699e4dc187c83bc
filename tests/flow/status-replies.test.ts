import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';

// `status` for each answer LinkedIn can give to an objection, as a person reads it (and hears it).
const SENT = '2026-10-20T09:00:00.000Z';
/** Before and after the one-month mark (Art. 12(3) GDPR). */
const BEFORE = new Date('2026-11-19T12:00:00.000Z');
const AFTER = new Date('2026-11-24T10:30:00.000Z');

function state(result: string, options: { at?: string; aiConfirmed?: boolean } = {}) {
  return {
    version: 1,
    settings: { language: 'en', platform: 'web', region: 'eu', selected: ['generative-ai', 'objection-form'] },
    guides: {
      'generative-ai':
        options.aiConfirmed === false
          ? { platform: 'web', steps: { settings: { doneAt: '2026-10-20T08:00:00.000Z' } } }
          : { platform: 'web', steps: {}, verification: { result: 'yes', at: '2026-10-20T08:00:00.000Z' } },
      'objection-form': {
        platform: 'web',
        steps: {
          'open-form': { doneAt: '2026-10-20T08:50:00.000Z' },
          'choose-objection': { doneAt: '2026-10-20T08:55:00.000Z' },
          send: { doneAt: SENT },
        },
        verification: { result, at: options.at ?? '2026-11-20T09:00:00.000Z' },
      },
    },
  };
}

async function status(now: Date, seeded: object, options: { env?: Record<string, string>; args?: string[] } = {}) {
  const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8', ...options.env }, now });
  app.seed(seeded);
  const code = await app.run(['status', '--check', ...(options.args ?? [])]);
  return { code, text: app.terminal.text().replace(app.statePath, '<path>'), raw: app.terminal.raw() };
}

describe('status, for each answer to the objection', () => {
  it('extended: waiting, dated from the day it was sent; the answer says when the follow-up is due; nothing to do', async () => {
    const { code, text } = await status(AFTER, state('extended'));
    expect(code).toBe(0);
    expect(text).toMatchInlineSnapshot(`
      "✓ Switch off AI training – done on 20 October 2026 (1 month ago), on the website
      ◐ Object with LinkedIn's form – LinkedIn extended its deadline; saved on 20 November 2026 (4 days ago), on the website
          Form sent on 20 October 2026.
          The deadline is two months longer; if no confirmation arrives, a follow-up is due on 20 January 2027.

      Nothing to do until 20 January 2027: the objection is waiting for LinkedIn's answer.
      Progress file: <path>
      "
    `);
  });

  it('refused: the day it was sent, LinkedIn’s answer in words, where to complain; not confirmed', async () => {
    const { code, text } = await status(AFTER, state('refused'));
    expect(code).toBe(3);
    expect(text).toMatchInlineSnapshot(`
      "✓ Switch off AI training – done on 20 October 2026 (1 month ago), on the website
      ✗ Object with LinkedIn's form – not confirmed on 20 November 2026 (4 days ago), on the website
          Form sent on 20 October 2026.
          LinkedIn refused the objection.
          You can complain to a data-protection authority: the one in the country where you live or work, or the Irish Data Protection Commission (DPC), LinkedIn's lead authority in the EU. The EDPB lists the authorities of the EU and EEA: https://www.edpb.europa.eu/about-edpb/about-edpb/members_en

      Not done yet: 1 not confirmed.
      Progress file: <path>
      "
    `);
  });

  it('no answer: the same, in its own words', async () => {
    const { code, text } = await status(AFTER, state('no-answer'));
    expect(code).toBe(3);
    expect(text).toMatchInlineSnapshot(`
      "✓ Switch off AI training – done on 20 October 2026 (1 month ago), on the website
      ✗ Object with LinkedIn's form – not confirmed on 20 November 2026 (4 days ago), on the website
          Form sent on 20 October 2026.
          No answer, even after a follow-up.
          You can complain to a data-protection authority: the one in the country where you live or work, or the Irish Data Protection Commission (DPC), LinkedIn's lead authority in the EU. The EDPB lists the authorities of the EU and EEA: https://www.edpb.europa.eu/about-edpb/about-edpb/members_en

      Not done yet: 1 not confirmed.
      Progress file: <path>
      "
    `);
  });

  it('waiting while another guide is still open: counted as waiting in the summary', async () => {
    const { code, text } = await status(BEFORE, state('waiting', { at: '2026-10-20T09:01:00.000Z', aiConfirmed: false }));
    expect(code).toBe(3);
    expect(text).toMatchInlineSnapshot(`
      "○ Switch off AI training – started (1 of 4 steps), on the website
      ◐ Object with LinkedIn's form – waiting for LinkedIn's confirmation; sent on 20 October 2026 (1 month ago), on the website
          LinkedIn has a month to answer; if no confirmation arrives, a follow-up is due on 20 November 2026.

      Not done yet: 1 started, 1 waiting for LinkedIn.
      Progress file: <path>
      "
    `);
  });

  it('extended while another guide is still open, and a refusal while another is open: each counted as what it is', async () => {
    const extended = await status(AFTER, state('extended', { aiConfirmed: false }));
    expect(extended.text).toContain('Not done yet: 1 started, 1 waiting for LinkedIn.');
    const refused = await status(AFTER, state('refused', { aiConfirmed: false }));
    expect(refused.text).toContain('Not done yet: 1 not confirmed, 1 started.');
  });

  it('heard (accessible mode): the summary first, then each line with how long ago, without brackets', async () => {
    const extended = await status(AFTER, state('extended'), { env: { ACCESSIBLE: '1' } });
    expect(extended.text).toMatchInlineSnapshot(`
      "Done: 1 of 2.
      Nothing to do until 20 January 2027: the objection is waiting for LinkedIn's answer.
      Switch off AI training – done on 20 October 2026, 1 month ago, on the website
      Object with LinkedIn's form – LinkedIn extended its deadline; saved on 20 November 2026, 4 days ago, on the website
          Form sent on 20 October 2026.
          The deadline is two months longer; if no confirmation arrives, a follow-up is due on 20 January 2027.
      "
    `);
    const refused = await status(AFTER, state('refused'), { env: { ACCESSIBLE: '1' } });
    expect(refused.text).toMatchInlineSnapshot(`
      "Done: 1 of 2.
      Not done yet: 1 not confirmed.
      Switch off AI training – done on 20 October 2026, 1 month ago, on the website
      Object with LinkedIn's form – not confirmed on 20 November 2026, 4 days ago, on the website
          Form sent on 20 October 2026.
          LinkedIn refused the objection.
          You can complain to a data-protection authority: the one in the country where you live or work, or the Irish Data Protection Commission, DPC, LinkedIn's lead authority in the EU. The EDPB lists the authorities of the EU and EEA: https://www.edpb.europa.eu/about-edpb/about-edpb/members_en
      "
    `);
  });

  it('in colour: what LinkedIn still has time for is dim, a refusal red', async () => {
    const extended = await status(AFTER, state('extended'), { env: { FORCE_COLOR: '1' } });
    expect(extended.raw).toMatch(/\u001B\[2mThe deadline is two months longer/);
    const refused = await status(AFTER, state('refused'), { env: { FORCE_COLOR: '1' } });
    expect(refused.raw).toMatch(/\u001B\[31mYou can complain/);
  });
});
