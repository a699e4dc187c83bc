import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGuide, type GuideDefinition } from '../../src/core/catalogue.js';
import { followUpText, standingOf } from '../../src/core/follow-up.js';
import { parseMessages } from '../../src/core/messages.js';
import type { GuideRecord, VerificationResult } from '../../src/core/progress.js';
import { LOCALES_DIR } from '../helpers/app.js';

const form = findGuide('objection-form')!;
const ai = findGuide('generative-ai')!;
const SENT = '2026-01-31T10:00:00.000Z';

function record(result?: VerificationResult, sent = true): GuideRecord {
  return {
    platform: 'web',
    steps: sent ? { send: { doneAt: SENT } } : {},
    ...(result ? { verification: { result, at: '2026-02-01T10:00:00.000Z' } } : {}),
  };
}

/** Where the form stands at `now`, from a record on its own path (one step of two). */
function standing(guide: GuideDefinition, entry: GuideRecord | undefined, now: string) {
  return standingOf(guide, { record: entry, stepsDone: entry === undefined ? 0 : Object.keys(entry.steps).length }, new Date(now));
}

describe('standingOf: where the objection stands (the clock passed in)', () => {
  it.each([
    ['a minute before the month is up', '2026-02-28T09:59:00.000Z', 'waiting'],
    ['when the month is up', '2026-02-28T10:00:00.000Z', 'follow-up-due'],
    ['long after', '2027-01-01T00:00:00.000Z', 'follow-up-due'],
  ])('sent on 31 January, %s → %s', (_when, now, state) => {
    // date-fns' addMonths: 31 January plus one month is the last day of February.
    expect(standing(form, record('waiting'), now)).toEqual({ standing: state, sentAt: SENT, followUpDueAt: new Date('2026-02-28T10:00:00.000Z') });
  });

  it.each([
    ['after the first month', '2026-03-15T10:00:00.000Z', 'extended'],
    ['a minute before the three months are up', '2026-04-30T09:59:00.000Z', 'extended'],
    ['when they are up', '2026-04-30T10:00:00.000Z', 'follow-up-due'],
  ])('LinkedIn extended its deadline: %s → %s (never overdue before the extended day)', (_when, now, state) => {
    expect(standing(form, record('extended'), now)).toEqual({ standing: state, sentAt: SENT, followUpDueAt: new Date('2026-04-30T10:00:00.000Z') });
  });

  it.each([
    [undefined, 'follow-up-due'],
    ['no', 'follow-up-due'],
    ['unsure', 'follow-up-due'],
    ['yes', 'done'],
    ['refused', 'refused'],
    ['no-answer', 'no-answer'],
  ] as const)('sent, answer %s, after the month → %s', (result, state) => {
    expect(standing(form, record(result), '2026-06-01T00:00:00.000Z').standing).toBe(state);
  });

  it('a form neither sent nor answered is open; a guide that sends nothing has no day of sending', () => {
    expect(standing(form, record(undefined, false), '2027-01-01T00:00:00.000Z')).toEqual({ standing: 'open', sentAt: null, followUpDueAt: null });
    expect(standing(form, undefined, '2027-01-01T00:00:00.000Z')).toEqual({ standing: 'open', sentAt: null, followUpDueAt: null });
    expect(standing(ai, { ...record('yes'), steps: { switch: { doneAt: SENT } } }, '2027-01-01T00:00:00.000Z')).toEqual({
      standing: 'done',
      sentAt: null,
      followUpDueAt: null,
    });
  });

  it.each([
    ['yes', 'done'],
    ['refused', 'refused'],
    ['no-answer', 'no-answer'],
  ] as const)("LinkedIn's answer %s recorded without the sending (sent outside the tool): %s, and no day of sending", (result, state) => {
    expect(standing(form, record(result, false), '2027-01-01T00:00:00.000Z')).toEqual({ standing: state, sentAt: null, followUpDueAt: null });
  });

  it.each([['2026-02-02T10:00:00.000Z'], ['2027-01-01T00:00:00.000Z']])(
    'an extension without the sending saved has no follow-up day, however late it is (%s): there is no day to count from',
    (now) => {
      expect(standing(form, record('extended', false), now)).toEqual({ standing: 'extended', sentAt: null, followUpDueAt: null });
    },
  );
});

describe('followUpText', () => {
  const en = parseMessages(readFileSync(join(LOCALES_DIR, 'en.json'), 'utf8'), 'en.json');

  it('puts in the name and e-mail address given, and the day the objection was sent', () => {
    const text = followUpText(en, '2026-01-31T10:00:00.000Z', 'en', { name: 'Ada Lovelace', email: 'ada@example.org' });
    expect(text).toContain('Name: Ada Lovelace\nE-mail address of my LinkedIn account: ada@example.org');
    expect(text).toContain('On 31 January 2026 I objected');
    expect(text).not.toContain('[your name]');
    expect(text).not.toContain('[e-mail address of your LinkedIn account]');
  });

  it('placeholders for what is not given: the name, the e-mail address, the date', () => {
    const text = followUpText(en, null, 'en', {});
    expect(text).toContain('Name: [your name]\nE-mail address of my LinkedIn account: [e-mail address of your LinkedIn account]');
    expect(text).toContain('On [the date you sent the objection] I objected');
  });

  it('a name without an e-mail address: the name, and the placeholder for the address', () => {
    expect(followUpText(en, null, 'en', { name: 'Ada Lovelace' })).toContain(
      'Name: Ada Lovelace\nE-mail address of my LinkedIn account: [e-mail address of your LinkedIn account]',
    );
  });
});
