import { describe, expect, it } from 'vitest';
import { findGuide } from '../../src/core/catalogue.js';
import { completes, stepChoices, type StepSituation } from '../../src/commands/guide/choices.js';
import { continuesFrom } from '../../src/commands/guide/route.js';

const base: StepSituation = {
  kind: 'step',
  platform: 'web',
  index: 0,
  namesLink: false,
  hasMenus: true,
  offersText: false,
  answers: ['yes', 'no', 'unsure'],
  arrivedDirectly: false,
};

describe('stepChoices (what a question offers, and what Enter gives)', () => {
  it('the website starts with the direct link; the menus are one choice away', () => {
    expect(stepChoices({ ...base, kind: 'route' })).toEqual({ actions: ['open', 'menus', 'stop'], default: 'open' });
  });

  it('on the app path (asked only in a preview language), the direct link comes first as a QR code', () => {
    expect(stepChoices({ ...base, kind: 'route', platform: 'app' })).toEqual({ actions: ['qr', 'menus', 'stop'], default: 'qr' });
  });

  it('a step on the way: done by default, jump to the setting, help, back (not on the first), stop', () => {
    expect(stepChoices(base)).toEqual({ actions: ['done', 'already', 'cant-find', 'stop'], default: 'done' });
    expect(stepChoices({ ...base, index: 2 })).toEqual({ actions: ['done', 'already', 'cant-find', 'back', 'stop'], default: 'done' });
  });

  it('a step that names the link: the website opens it by default, the app offers a QR code', () => {
    const form = { ...base, hasMenus: false, namesLink: true };
    expect(stepChoices(form)).toEqual({ actions: ['open', 'done', 'cant-find', 'stop'], default: 'open' });
    expect(stepChoices({ ...form, platform: 'app' })).toEqual({ actions: ['done', 'qr', 'cant-find', 'stop'], default: 'done' });
  });

  it('the setting itself is asked with the check: the likeliest answer first', () => {
    expect(stepChoices({ ...base, kind: 'last', index: 3 })).toEqual({
      actions: ['yes', 'no', 'unsure', 'cant-find', 'back', 'stop'],
      default: 'yes',
    });
    // Come by the direct link: no step back to a menu that was never shown.
    expect(stepChoices({ ...base, kind: 'last', index: 3, arrivedDirectly: true }).actions).toEqual(['yes', 'no', 'unsure', 'cant-find', 'stop']);
    // The form: the text to paste first; Enter says "not sent yet", never "sent".
    const form = { ...base, kind: 'last', index: 1, hasMenus: false, offersText: true, answers: ['waiting', 'yes'], sends: true } as const;
    expect(stepChoices(form)).toEqual({ actions: ['text', 'waiting', 'yes', 'not-sent', 'cant-find', 'back'], default: 'not-sent' });
  });

  it('a guide that continues where the previous one left the person offers the whole way from the profile photo', () => {
    expect(stepChoices({ ...base, index: 2, continuing: true }).actions).toEqual(['done', 'already', 'from-start', 'cant-find', 'back', 'stop']);
  });

  it('after a "no": try again with choices that exist, or go on', () => {
    expect(stepChoices({ ...base, kind: 'retry', index: 3 })).toEqual({ actions: ['reopen', 'menus', 'go-on'], default: 'reopen' });
    expect(stepChoices({ ...base, kind: 'retry', index: 3, platform: 'app' })).toEqual({ actions: ['qr', 'menus', 'go-on'], default: 'qr' });
  });

  it('only a completed step earns the green mark', () => {
    expect((['done', 'yes', 'waiting'] as const).every(completes)).toBe(true);
    expect((['open', 'cant-find', 'back', 'stop', 'already', 'no', 'unsure', 'menus'] as const).some(completes)).toBe(false);
  });
});

describe('continuesFrom (a guide starts where the previous one left the person)', () => {
  const ai = findGuide('generative-ai')!;
  const research = findGuide('research-data')!;
  const ads = findGuide('microsoft-ads')!;
  const form = findGuide('objection-form')!;
  it.each([
    [undefined, research, 0],
    [ai, research, 2],
    [research, ads, 1],
    [ai, form, 0],
    [form, research, 0],
  ] as const)('%s → %s: step %i', (previous, next, expected) => {
    expect(continuesFrom(previous, next, 'web')).toBe(expected);
    expect(continuesFrom(previous, next, 'app')).toBe(expected);
  });
});
