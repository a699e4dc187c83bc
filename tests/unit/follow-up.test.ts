import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGuide } from '../../src/core/catalogue.js';
import { followUpText, objectionReply } from '../../src/core/follow-up.js';
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

describe('objectionReply (the clock passed in)', () => {
  it.each([
    ['a minute before the month is up', '2026-02-28T09:59:00.000Z', 'waiting'],
    ['when the month is up', '2026-02-28T10:00:00.000Z', 'follow-up-due'],
    ['long after', '2027-01-01T00:00:00.000Z', 'follow-up-due'],
  ])('sent on 31 January, %s → %s', (_when, now, state) => {
    const reply = objectionReply(form, record('waiting'), new Date(now));
    // date-fns' addMonths: 31 January plus one month is the last day of February.
    expect(reply).toEqual({ state, sentAt: SENT, followUpDueAt: new Date('2026-02-28T10:00:00.000Z'), extended: false });
  });

  it.each([
    ['after the first month', '2026-03-15T10:00:00.000Z', 'extended'],
    ['a minute before the three months are up', '2026-04-30T09:59:00.000Z', 'extended'],
    ['when they are up', '2026-04-30T10:00:00.000Z', 'follow-up-due'],
  ])('LinkedIn extended its deadline: %s → %s (never overdue before the extended day)', (_when, now, state) => {
    expect(objectionReply(form, record('extended'), new Date(now))).toEqual({
      state,
      sentAt: SENT,
      followUpDueAt: new Date('2026-04-30T10:00:00.000Z'),
      extended: true,
    });
  });

  it.each([
    [undefined, 'follow-up-due'],
    ['no', 'follow-up-due'],
    ['unsure', 'follow-up-due'],
    ['yes', 'confirmed'],
    ['refused', 'refused'],
    ['no-answer', 'no-answer'],
  ] as const)('answer %s, after the month → %s', (result, state) => {
    expect(objectionReply(form, record(result), new Date('2026-06-01T00:00:00.000Z'))?.state).toBe(state);
  });

  it('nothing for a form not sent and not answered, nor for a guide that sends nothing', () => {
    expect(objectionReply(form, record(undefined, false), new Date('2027-01-01T00:00:00.000Z'))).toBeNull();
    expect(objectionReply(form, undefined, new Date('2027-01-01T00:00:00.000Z'))).toBeNull();
    expect(objectionReply(ai, record('yes'), new Date('2027-01-01T00:00:00.000Z'))).toBeNull();
  });

  it('an answer recorded without the sending date (sent outside the tool) still counts', () => {
    expect(objectionReply(form, record('refused', false), new Date('2027-01-01T00:00:00.000Z'))).toEqual({
      state: 'refused',
      sentAt: null,
      followUpDueAt: null,
      extended: false,
    });
  });
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
