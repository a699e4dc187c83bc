import { describe, expect, it } from 'vitest';
import { findGuide, guidesFor } from '../../src/core/catalogue.js';
import {
  chosenGuides,
  emptyState,
  guideProgress,
  markStepDone,
  markStepsSkipped,
  mergeStates,
  recordVerification,
  withSettings,
  type ProgressState,
} from '../../src/core/progress.js';
import { recordedStanding } from '../../src/core/standing.js';
import type { GuideDefinition, Platform } from '../../src/core/catalogue.js';

const ai = findGuide('generative-ai')!;
const form = findGuide('objection-form')!;
/** Where a guide stands by its record on a path (the clock plays no part in these). */
const standing = (state: ProgressState, guide: GuideDefinition, platform: Platform) => recordedStanding(guide, guideProgress(state, guide, platform));
const t = (minute: number) => new Date(Date.UTC(2026, 10, 24, 10, minute));

describe('guidesFor (which guides a region gets)', () => {
  it.each([
    ['eu', ['generative-ai', 'research-data', 'objection-form']],
    ['ch', ['generative-ai', 'research-data', 'objection-form']],
    ['uk', ['generative-ai', 'research-data', 'microsoft-ads', 'objection-form']],
    ['us', ['generative-ai', 'research-data', 'microsoft-ads']],
    ['other', ['generative-ai', 'research-data', 'microsoft-ads']],
    [undefined, ['generative-ai', 'research-data', 'microsoft-ads', 'objection-form']],
  ] as const)('%s → %j', (region, ids) => {
    expect(guidesFor(region).map((guide) => guide.id)).toEqual(ids);
  });
});

describe('chosenGuides', () => {
  it('every guide that applies until a choice is recorded; then the chosen ones, and the main switch always', () => {
    expect(chosenGuides(emptyState(), 'us').map((guide) => guide.id)).toEqual(['generative-ai', 'research-data', 'microsoft-ads']);
    const chosen = withSettings(emptyState(), { selected: ['generative-ai', 'microsoft-ads'] });
    expect(chosenGuides(chosen, 'us').map((guide) => guide.id)).toEqual(['generative-ai', 'microsoft-ads']);
    // A guide left out in the list is not walked through; the main switch cannot be left out.
    expect(chosenGuides(withSettings(emptyState(), { selected: ['research-data'] }), 'eu').map((guide) => guide.id)).toEqual([
      'generative-ai',
      'research-data',
    ]);
  });
});

describe('guideProgress and where a guide stands by its record', () => {
  it('open → in progress → unresolved → done', () => {
    let state = emptyState();
    expect(standing(state, ai, 'web')).toBe('open');
    expect(guideProgress(state, ai, 'web')).toMatchObject({ stepsDone: 0, totalSteps: 4, nextStep: 0 });
    state = markStepDone(state, ai, 'web', 'settings', t(1));
    state = markStepDone(state, ai, 'web', 'data-privacy', t(2));
    expect(standing(state, ai, 'web')).toBe('in-progress');
    expect(guideProgress(state, ai, 'web')).toMatchObject({ stepsDone: 2, nextStep: 2 });
    state = recordVerification(state, ai, 'web', 'unsure', t(3));
    expect(standing(state, ai, 'web')).toBe('unresolved');
    state = recordVerification(state, ai, 'web', 'yes', t(4));
    expect(standing(state, ai, 'web')).toBe('done');
    expect(guideProgress(state, ai, 'web')).toMatchObject({ record: { verification: { result: 'yes', at: t(4).toISOString() } } });
  });

  it('the next step is the first one not done, even after going back', () => {
    let state = markStepDone(emptyState(), ai, 'web', 'settings', t(1));
    state = markStepDone(state, ai, 'web', 'generative-ai-setting', t(2));
    expect(guideProgress(state, ai, 'web').nextStep).toBe(1);
  });

  it('steps done on the other path do not count; a confirmed guide stays done on either', () => {
    const started = markStepDone(emptyState(), ai, 'app', 'profile-menu', t(1));
    expect(standing(started, ai, 'web')).toBe('open');
    expect(guideProgress(started, ai, 'web')).toMatchObject({ stepsDone: 0 });
    const switched = markStepDone(started, ai, 'web', 'profile-menu', t(2));
    expect(switched.guides['generative-ai']).toEqual({ platform: 'web', steps: { 'profile-menu': { doneAt: t(2).toISOString() } } });
    const done = recordVerification(started, ai, 'app', 'yes', t(3));
    expect(standing(done, ai, 'web')).toBe('done');
  });

  it('a record on the other path without an answered check is no record here', () => {
    const started = markStepDone(emptyState(), ai, 'app', 'settings', t(1));
    expect(guideProgress(started, ai, 'web')).toEqual({ stepsDone: 0, totalSteps: 4, nextStep: 0, record: undefined });
  });

  it('a guide confirmed on the other path is done here, but its steps count only on their own path', () => {
    const done = recordVerification(markStepDone(emptyState(), ai, 'app', 'settings', t(1)), ai, 'app', 'yes', t(2));
    expect(standing(done, ai, 'web')).toBe('done');
    expect(guideProgress(done, ai, 'web')).toMatchObject({ stepsDone: 0, nextStep: 0, record: done.guides['generative-ai'] });
    expect(standing(done, ai, 'app')).toBe('done');
    expect(guideProgress(done, ai, 'app')).toMatchObject({ stepsDone: 1, nextStep: 1 });
  });

  it('every step done: the next step is past the last one, not -1', () => {
    let state = emptyState();
    for (const [i, id] of ai.steps.web.entries()) state = markStepDone(state, ai, 'web', id, t(i));
    expect(standing(state, ai, 'web')).toBe('in-progress');
    expect(guideProgress(state, ai, 'web')).toMatchObject({ stepsDone: 4, totalSteps: 4, nextStep: 4 });
  });

  it('walking through on the other path starts its steps afresh but keeps the answered check', () => {
    const done = recordVerification(markStepDone(emptyState(), ai, 'app', 'settings', t(1)), ai, 'app', 'yes', t(2));
    const walked = markStepDone(done, ai, 'web', 'data-privacy', t(3));
    expect(walked.guides['generative-ai']).toEqual({
      platform: 'web',
      steps: { 'data-privacy': { doneAt: t(3).toISOString() } },
      verification: { result: 'yes', at: t(2).toISOString() },
    });
    expect(standing(walked, ai, 'web')).toBe('done');
    expect(guideProgress(walked, ai, 'web')).toMatchObject({ stepsDone: 1 });
  });

  it('waiting: the form was sent, LinkedIn has not confirmed; neither done nor unresolved', () => {
    const sent = recordVerification(markStepDone(emptyState(), form, 'web', 'send', t(1)), form, 'web', 'waiting', t(1));
    expect(standing(sent, form, 'web')).toBe('waiting');
    expect(guideProgress(sent, form, 'web')).toMatchObject({ stepsDone: 1 });
  });

  it('skipped steps are recorded as skipped, not done, and are not counted as done; a done step stays done', () => {
    let state = markStepDone(emptyState(), ai, 'web', 'settings', t(1));
    state = markStepsSkipped(state, ai, 'web', ['settings', 'data-privacy', 'generative-ai-setting'], t(2));
    expect(state.guides['generative-ai']!.steps).toEqual({
      settings: { doneAt: t(1).toISOString() },
      'data-privacy': { skippedAt: t(2).toISOString() },
      'generative-ai-setting': { skippedAt: t(2).toISOString() },
    });
    expect(standing(state, ai, 'web')).toBe('in-progress');
    expect(guideProgress(state, ai, 'web')).toMatchObject({ stepsDone: 1, nextStep: 3 });
  });

  it('does not change the state it was given', () => {
    const state = emptyState();
    markStepDone(state, ai, 'web', 'profile-menu', t(1));
    expect(state).toEqual(emptyState());
  });
});

describe('mergeStates (two runs at once lose no completed step)', () => {
  it('unites steps, keeps the later verification, takes settings from the writer', () => {
    const disk = recordVerification(
      markStepDone(withSettings(emptyState(), { language: 'de', region: 'eu' }), ai, 'web', 'profile-menu', t(1)),
      form,
      'web',
      'no',
      t(5),
    );
    const mine = recordVerification(markStepDone(withSettings(emptyState(), { language: 'en' }), ai, 'web', 'settings', t(2)), form, 'web', 'yes', t(3));
    const merged = mergeStates(disk, mine, t(12));
    expect(merged.settings).toEqual({ language: 'en', region: 'eu' });
    expect(Object.keys(merged.guides['generative-ai']!.steps).sort()).toEqual(['profile-menu', 'settings']);
    expect(merged.guides['objection-form']!.verification).toEqual({ result: 'no', at: t(5).toISOString() });
  });

  it('a confirmation is never replaced by a later "not yet", here or in a merge', () => {
    const confirmed = recordVerification(markStepDone(emptyState(), form, 'web', 'send', t(1)), form, 'web', 'yes', t(2));
    const recheck = recordVerification(confirmed, form, 'web', 'waiting', t(3));
    // The confirmation keeps its day; the re-check adds its own.
    expect(recheck.guides['objection-form']!.verification).toEqual({ result: 'yes', at: t(2).toISOString(), checkedAt: t(3).toISOString() });
    const waiting = recordVerification(markStepDone(emptyState(), form, 'web', 'send', t(1)), form, 'web', 'waiting', t(4));
    const merged = { result: 'yes', at: t(2).toISOString(), checkedAt: t(4).toISOString() };
    expect(mergeStates(confirmed, waiting, t(12)).guides['objection-form']!.verification).toEqual(merged);
    expect(mergeStates(waiting, confirmed, t(12)).guides['objection-form']!.verification).toEqual(merged);
    // A run's own record merged with itself is no re-check.
    expect(mergeStates(confirmed, confirmed, t(12)).guides['objection-form']!.verification).toEqual({ result: 'yes', at: t(2).toISOString() });
    // A "no" is a real answer and does replace it.
    expect(recordVerification(confirmed, form, 'web', 'no', t(5)).guides['objection-form']!.verification?.result).toBe('no');
  });

  it.each([
    ['yes', 'yes', 'yes', true],
    ['waiting', 'waiting', 'waiting', true],
    ['extended', 'waiting', 'extended', true],
    ['no', 'yes', 'yes', false],
    ['yes', 'no', 'no', false],
    ['waiting', 'yes', 'yes', false],
  ] as const)('a re-check: %s, then %s → %s, the first day kept: %s', (first, second, result, kept) => {
    const before = recordVerification(emptyState(), form, 'web', first, t(1));
    const after = recordVerification(before, form, 'web', second, t(5)).guides['objection-form']!.verification;
    expect(after).toEqual(kept ? { result, at: t(1).toISOString(), checkedAt: t(5).toISOString() } : { result, at: t(5).toISOString() });
  });

  it('a step done beats the same step skipped', () => {
    const done = markStepDone(emptyState(), ai, 'web', 'settings', t(1));
    const skipped = markStepsSkipped(emptyState(), ai, 'web', ['settings'], t(9));
    expect(mergeStates(done, skipped, t(12)).guides['generative-ai']!.steps['settings']).toEqual({ doneAt: t(1).toISOString() });
    expect(mergeStates(skipped, done, t(12)).guides['generative-ai']!.steps['settings']).toEqual({ doneAt: t(1).toISOString() });
  });

  it('a step recorded twice keeps the later time', () => {
    const a = markStepDone(emptyState(), ai, 'web', 'settings', t(1));
    const b = markStepDone(emptyState(), ai, 'web', 'settings', t(9));
    expect(mergeStates(a, b, t(12)).guides['generative-ai']!.steps['settings']).toEqual({ doneAt: t(9).toISOString() });
    expect(mergeStates(b, a, t(12)).guides['generative-ai']!.steps['settings']).toEqual({ doneAt: t(9).toISOString() });
  });

  it('compares times, not text', () => {
    const utc = {
      version: 1,
      settings: {},
      guides: { 'generative-ai': { platform: 'web', steps: { settings: { doneAt: '2026-11-24T08:00:00.000Z' } } } },
    } as const;
    // 07:30 UTC, earlier, though as text "09:30" sorts after "08:00".
    const offset = {
      version: 1,
      settings: {},
      guides: { 'generative-ai': { platform: 'web', steps: { settings: { doneAt: '2026-11-24T09:30:00+02:00' } } } },
    } as const;
    expect(mergeStates(utc, offset, t(12)).guides['generative-ai']!.steps['settings']).toEqual({ doneAt: '2026-11-24T08:00:00.000Z' });
    expect(mergeStates(offset, utc, t(12)).guides['generative-ai']!.steps['settings']).toEqual({ doneAt: '2026-11-24T08:00:00.000Z' });
  });

  it("the other side on another path: the writer's path and steps only, the answered check kept", () => {
    const disk = recordVerification(markStepDone(emptyState(), ai, 'app', 'settings', t(1)), ai, 'app', 'yes', t(2));
    const mine = markStepDone(emptyState(), ai, 'web', 'data-privacy', t(3));
    expect(mergeStates(disk, mine, t(12)).guides['generative-ai']).toEqual({
      platform: 'web',
      steps: { 'data-privacy': { doneAt: t(3).toISOString() } },
      verification: { result: 'yes', at: t(2).toISOString() },
    });
    // Without an answer on either side there is none after the merge.
    expect(mergeStates(markStepDone(emptyState(), ai, 'app', 'settings', t(1)), mine, t(12)).guides['generative-ai']).toEqual(mine.guides['generative-ai']);
  });

  it('a check answered on one side only is kept, whichever side it is', () => {
    const answered = recordVerification(markStepDone(emptyState(), ai, 'web', 'settings', t(1)), ai, 'web', 'no', t(2));
    const steps = markStepDone(emptyState(), ai, 'web', 'data-privacy', t(3));
    expect(mergeStates(answered, steps, t(12)).guides['generative-ai']!.verification).toEqual({ result: 'no', at: t(2).toISOString() });
    expect(mergeStates(steps, answered, t(12)).guides['generative-ai']!.verification).toEqual({ result: 'no', at: t(2).toISOString() });
  });

  it('two answers at the same time: the run that is writing wins', () => {
    const a = recordVerification(emptyState(), ai, 'web', 'no', t(3));
    const b = recordVerification(emptyState(), ai, 'web', 'unsure', t(3));
    expect(mergeStates(a, b, t(12)).guides['generative-ai']!.verification).toEqual({ result: 'unsure', at: t(3).toISOString() });
    expect(mergeStates(b, a, t(12)).guides['generative-ai']!.verification).toEqual({ result: 'no', at: t(3).toISOString() });
  });

  it('an answer dated exactly now is not from the future: it is the later one', () => {
    const atNow = recordVerification(emptyState(), ai, 'web', 'yes', t(4));
    const before = recordVerification(emptyState(), ai, 'web', 'no', t(3));
    expect(mergeStates(atNow, before, t(4)).guides['generative-ai']!.verification).toEqual({ result: 'yes', at: t(4).toISOString() });
    expect(mergeStates(before, atNow, t(4)).guides['generative-ai']!.verification).toEqual({ result: 'yes', at: t(4).toISOString() });
  });

  it('an answer given now wins over one dated in the future (a wrong clock wrote it)', () => {
    const future = new Date('2030-01-01T00:00:00.000Z');
    const disk = markStepDone(recordVerification(emptyState(), ai, 'web', 'yes', future), ai, 'web', 'settings', future);
    const mine = markStepDone(recordVerification(emptyState(), ai, 'web', 'no', t(3)), ai, 'web', 'settings', t(3));
    const merged = mergeStates(disk, mine, t(4));
    expect(merged.guides['generative-ai']!.verification).toEqual({ result: 'no', at: t(3).toISOString() });
    expect(merged.guides['generative-ai']!.steps['settings']).toEqual({ doneAt: t(3).toISOString() });
    // Two future times between themselves: still the later one.
    const later = recordVerification(emptyState(), ai, 'web', 'unsure', new Date('2031-01-01T00:00:00.000Z'));
    expect(mergeStates(disk, later, t(4)).guides['generative-ai']!.verification!.result).toBe('unsure');
    expect(mergeStates(later, disk, t(4)).guides['generative-ai']!.verification!.result).toBe('unsure');
  });
});

describe('every transition keeps what it does not change (the store’s merge used to hide a loss)', () => {
  const base = recordVerification(
    markStepDone(withSettings(emptyState(), { language: 'de', platform: 'web', region: 'eu', selected: ['generative-ai'] }), form, 'web', 'open-form', t(1)),
    form,
    'web',
    'unsure',
    t(2),
  );
  const withAi = recordVerification(markStepDone(base, ai, 'web', 'profile-menu', t(3)), ai, 'web', 'no', t(4));

  it('markStepDone keeps the settings, the other guides, earlier steps and the verification of the guide', () => {
    const next = markStepDone(withAi, ai, 'web', 'settings', t(5));
    expect(next.settings).toEqual(withAi.settings);
    expect(next.guides['objection-form']).toEqual(withAi.guides['objection-form']);
    expect(next.guides['generative-ai']).toEqual({
      platform: 'web',
      steps: { 'profile-menu': { doneAt: t(3).toISOString() }, settings: { doneAt: t(5).toISOString() } },
      verification: { result: 'no', at: t(4).toISOString() },
    });
  });

  it('recordVerification keeps the steps, the path, the settings and the other guides', () => {
    const next = recordVerification(withAi, ai, 'app', 'yes', t(6));
    expect(next.settings).toEqual(withAi.settings);
    expect(next.guides['objection-form']).toEqual(withAi.guides['objection-form']);
    expect(next.guides['generative-ai']).toEqual({
      platform: 'web',
      steps: { 'profile-menu': { doneAt: t(3).toISOString() } },
      verification: { result: 'yes', at: t(6).toISOString() },
    });
  });

  it('withSettings keeps the guides and the settings it is not given', () => {
    const next = withSettings(withAi, { platform: 'app' });
    expect(next.guides).toEqual(withAi.guides);
    expect(next.settings).toEqual({ language: 'de', platform: 'app', region: 'eu', selected: ['generative-ai'] });
    expect(next.version).toBe(1);
  });
});
