// What the checklist model holds for each guide, and the status words it is shown with; clock pinned.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGuide } from '../../src/core/catalogue.js';
import { statusPhrase } from '../../src/core/checklist.js';
import { parseMessages } from '../../src/core/messages.js';
import { emptyState, markStepDone, recordVerification, type ProgressState } from '../../src/core/progress.js';
import { LOCALES_DIR } from '../helpers/app.js';
import { checklistOf } from '../helpers/checklist.js';

const en = parseMessages(readFileSync(join(LOCALES_DIR, 'en.json'), 'utf8'), 'en.json');
const ai = findGuide('generative-ai')!;
const form = findGuide('objection-form')!;

function guide(state: ProgressState, id: string) {
  const checklist = checklistOf(state);
  const found = checklist.guides.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`no guide ${id}`);
  return found;
}

describe('buildChecklist', () => {
  it("every guide's notes start with what it does and does not cover", () => {
    expect(String(guide(emptyState(), 'generative-ai').notes[0])).toBe('Switching it off works from now on: what was already used stays in the models.');
    expect(String(guide(emptyState(), 'objection-form').notes[0])).toBe(
      'An objection works only from now on. Two sources report that LinkedIn confirms by e-mail.',
    );
  });

  it('a confirmed guide is done on the day it was confirmed', () => {
    const entry = guide(recordVerification(emptyState(), ai, 'web', 'yes', new Date('2026-11-20T09:00:00.000Z')), 'generative-ai');
    expect(entry.standing).toBe('done');
    expect(entry.completedAt).toBe('2026-11-20T09:00:00.000Z');
    expect(statusPhrase(entry, en, 'en')).toBe('done on 20 November 2026');
  });
});

describe('buildChecklist: the path and the region', () => {
  it('steps on the other path without an answered check: nothing recorded shows, not even the sending day', () => {
    const sent = markStepDone(emptyState(), form, 'app', 'send', new Date('2026-11-10T08:00:00.000Z'));
    const entry = guide(sent, 'objection-form');
    expect(entry).toMatchObject({ standing: 'open', recordedPlatform: null, verification: null, sentAt: null, completedAt: null, answer: null });
    expect(entry.steps.map((step) => step.done)).toEqual([false, false]);
    expect(checklistOf(sent, { platform: 'app' }).guides.find((g) => g.id === 'objection-form')).toMatchObject({
      recordedPlatform: 'app',
      sentAt: '2026-11-10T08:00:00.000Z',
    });
  });

  it('an answer other than yes has no completion day', () => {
    const entry = guide(recordVerification(emptyState(), ai, 'web', 'no', new Date('2026-11-21T09:00:00.000Z')), 'generative-ai');
    expect(entry).toMatchObject({ standing: 'unresolved', completedAt: null, verification: { result: 'no', at: '2026-11-21T09:00:00.000Z' } });
  });

  it('a region note is shown for its region only; no region, no region note', () => {
    const notes = (region: 'eu' | 'uk' | undefined) =>
      checklistOf(emptyState(), { region })
        .guides.find((g) => g.id === 'generative-ai')!
        .notes.map(String);
    expect(notes(undefined)).toEqual(notes('eu'));
    expect(notes('uk')).toEqual([...notes('eu').slice(0, 3), expect.stringMatching(/^In the UK the same switch/), ...notes('eu').slice(3)]);
  });
});

describe('statusPhrase', () => {
  it('open and started guides: no date, the steps counted', () => {
    expect(statusPhrase(guide(emptyState(), 'generative-ai'), en, 'en')).toBe('open');
    const started = markStepDone(emptyState(), ai, 'web', 'settings', new Date('2026-11-20T09:00:00.000Z'));
    expect(statusPhrase(guide(started, 'generative-ai'), en, 'en')).toBe('started (1 of 4 steps)');
  });

  it('a sent objection waiting for LinkedIn names the day it was sent', () => {
    let state = markStepDone(emptyState(), form, 'web', 'send', new Date('2026-11-10T08:00:00.000Z'));
    state = recordVerification(state, form, 'web', 'waiting', new Date('2026-11-12T08:00:00.000Z'));
    const entry = guide(state, 'objection-form');
    expect(entry.standing).toBe('waiting');
    expect(statusPhrase(entry, en, 'en')).toBe("waiting for LinkedIn's confirmation; sent on 10 November 2026");
  });

  it("without the sending day recorded (sent outside the tool), no day of sending: the answer's day is not one", () => {
    const entry = guide(recordVerification(emptyState(), form, 'web', 'waiting', new Date('2026-11-12T08:00:00.000Z')), 'objection-form');
    expect(statusPhrase(entry, en, 'en')).toBe("waiting for LinkedIn's confirmation; the day it was sent is not saved");
    expect(entry).toMatchObject({ standing: 'waiting', sentAt: null, followUpDueAt: null });
  });

  it('an answer other than yes: not confirmed, on the day it was given', () => {
    const entry = guide(recordVerification(emptyState(), ai, 'web', 'no', new Date('2026-11-21T09:00:00.000Z')), 'generative-ai');
    expect(statusPhrase(entry, en, 'en')).toBe('not confirmed on 21 November 2026');
  });
});
