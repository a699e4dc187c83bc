// The guide's step logic (src/commands/guide/walk.ts), pure: where a guide starts, and from a
// position and an answer, the next position and what is shown and recorded on the way.
import { describe, expect, it } from 'vitest';
import type { StepAction } from '../../src/commands/guide/choices.js';
import { move, startOf, type Move, type Position, type WalkShape } from '../../src/commands/guide/walk.js';

/** A switch on the website: four steps, its direct link first. */
const WEB: WalkShape = { total: 4, menuStart: 0, hasMenus: true, routeFirst: true };
/** The same on the app path: straight into the menus. */
const APP: WalkShape = { ...WEB, routeFirst: false };
/** A guide that continues where the previous one left the person, on its third step. */
const CONTINUING: WalkShape = { ...APP, menuStart: 2 };
/** The same on the website, where its direct link still comes first. */
const CONTINUING_WEB: WalkShape = { ...WEB, menuStart: 2 };
/** The form: two steps, no menus. */
const FORM: WalkShape = { total: 2, menuStart: 0, hasMenus: false, routeFirst: false };

const route: Position = { kind: 'route', index: 0, arrivedDirectly: false };
const step = (index: number): Position => ({ kind: 'step', index, arrivedDirectly: false });
const last = (index: number, arrivedDirectly = false): Position => ({ kind: 'last', index, arrivedDirectly });
const retry = (pending: 'no' | 'unsure' | undefined, arrivedDirectly = false): Position => ({
  kind: 'retry',
  index: 3,
  arrivedDirectly,
  ...(pending === undefined ? {} : { pending }),
});

describe('startOf (where a guide starts)', () => {
  it.each<[string, WalkShape, Move]>([
    ['the website: the direct link', WEB, { next: route, effects: [] }],
    ['the app path: the first step, nothing skipped', APP, { next: step(0), effects: [] }],
    [
      'a continuing guide: its first own step; the shared ones are recorded as skipped',
      CONTINUING,
      { next: step(2), effects: [{ kind: 'skip', from: 0, to: 2 }] },
    ],
    ['a continuing guide on the website: still the direct link first, nothing skipped yet', CONTINUING_WEB, { next: route, effects: [] }],
    ['the form: its first step', FORM, { next: step(0), effects: [] }],
    [
      'a guide resumed at its setting: the setting, the steps before it skipped',
      { ...APP, menuStart: 3 },
      { next: last(3), effects: [{ kind: 'skip', from: 0, to: 3 }] },
    ],
  ])('%s', (_name, shape, expected) => {
    expect(startOf(shape)).toEqual(expected);
  });
});

describe('move (an answer: where it leads, what it shows and records)', () => {
  it.each<[string, WalkShape, Position, StepAction, Move]>([
    // The direct link.
    [
      'link opened: at the setting, by the link; the way there skipped',
      WEB,
      route,
      'open',
      { next: last(3, true), effects: [{ kind: 'open' }, { kind: 'skip', from: 0, to: 3 }] },
    ],
    ['link as QR code: the same', WEB, route, 'qr', { next: last(3, true), effects: [{ kind: 'qr' }, { kind: 'skip', from: 0, to: 3 }] }],
    ['the menus instead: the first step', WEB, route, 'menus', { next: step(0), effects: [] }],
    ['the menus of a continuing guide: its first own step', CONTINUING_WEB, route, 'menus', { next: step(2), effects: [{ kind: 'skip', from: 0, to: 2 }] }],
    ['stop at the link', WEB, route, 'stop', { next: 'stopped', effects: [] }],
    // A step on the way.
    ['done: the next step, this one done', APP, step(0), 'done', { next: step(1), effects: [{ kind: 'done', step: 0 }] }],
    ['done at the step before the setting: the setting', APP, step(2), 'done', { next: last(3), effects: [{ kind: 'done', step: 2 }] }],
    ['the form opened from its step: open it, the step done', FORM, step(0), 'open', { next: last(1), effects: [{ kind: 'open' }, { kind: 'done', step: 0 }] }],
    ['the form as QR code: shown, the step stays open', FORM, step(0), 'qr', { next: step(0), effects: [{ kind: 'qr' }] }],
    [
      'already at the setting: the steps in between skipped, never done',
      APP,
      step(1),
      'already',
      { next: last(3), effects: [{ kind: 'skip', from: 1, to: 3 }] },
    ],
    ['somewhere else: the whole way from the first step, nothing recorded', CONTINUING, step(2), 'from-start', { next: step(0), effects: [] }],
    ['back one step, nothing recorded', APP, step(2), 'back', { next: step(1), effects: [] }],
    ["can't find it: the ways round, the same step", APP, step(1), 'cant-find', { next: step(1), effects: [{ kind: 'help', about: 'fallback' }] }],
    ['stop on the way', APP, step(1), 'stop', { next: 'stopped', effects: [] }],
    // The setting, with its check.
    [
      'yes: finished, the setting done and confirmed',
      APP,
      last(3),
      'yes',
      {
        next: 'finished',
        effects: [
          { kind: 'done', step: 3 },
          { kind: 'verify', result: 'yes' },
        ],
      },
    ],
    [
      'the form sent: finished, waiting for LinkedIn',
      FORM,
      last(1),
      'waiting',
      {
        next: 'finished',
        effects: [
          { kind: 'done', step: 1 },
          { kind: 'verify', result: 'waiting' },
        ],
      },
    ],
    ['the form not sent yet: stopped, nothing recorded', FORM, last(1), 'not-sent', { next: 'stopped', effects: [] }],
    [
      'no: what to try, the answer kept until the person goes on',
      APP,
      last(3),
      'no',
      { next: { ...last(3), kind: 'retry', pending: 'no' }, effects: [{ kind: 'help', about: 'still-on' }] },
    ],
    [
      'not sure (by the link): how to read the switch',
      WEB,
      last(3, true),
      'unsure',
      { next: { ...last(3, true), kind: 'retry', pending: 'unsure' }, effects: [{ kind: 'help', about: 'how-to-read' }] },
    ],
    ['the objection text: shown, the same step', FORM, last(1), 'text', { next: last(1), effects: [{ kind: 'text' }] }],
    ['back from the setting: the step before, nothing recorded', APP, last(3), 'back', { next: step(2), effects: [] }],
    ["can't find it after the link: the way through the menus", WEB, last(3, true), 'cant-find', { next: step(0), effects: [] }],
    ["can't find it after the link, continuing: the way from where the person is", CONTINUING_WEB, last(3, true), 'cant-find', { next: step(2), effects: [] }],
    ["can't find it on the menus: the ways round, the same step", APP, last(3), 'cant-find', { next: last(3), effects: [{ kind: 'help', about: 'fallback' }] }],
    ["can't find the form: the ways round", FORM, last(1), 'cant-find', { next: last(1), effects: [{ kind: 'help', about: 'fallback' }] }],
    ['stop at the setting', APP, last(3), 'stop', { next: 'stopped', effects: [] }],
    // After a "no" or "not sure".
    ['the link again: at the setting by the link', WEB, retry('no'), 'reopen', { next: last(3, true), effects: [{ kind: 'open' }] }],
    ['the QR code again, come by the menus: the setting, with its step back', APP, retry('no'), 'qr', { next: last(3), effects: [{ kind: 'qr' }] }],
    ['the QR code again, come by the link: the setting, as by the link', WEB, retry('no', true), 'qr', { next: last(3, true), effects: [{ kind: 'qr' }] }],
    ['the menus: the first step', WEB, retry('unsure', true), 'menus', { next: step(0), effects: [] }],
    ['the menus, continuing: from where the person is', CONTINUING_WEB, retry('no', true), 'menus', { next: step(2), effects: [] }],
    ['go on after "no": finished, recorded as not confirmed', APP, retry('no'), 'go-on', { next: 'finished', effects: [{ kind: 'verify', result: 'no' }] }],
    ['go on after "not sure": recorded as not sure', APP, retry('unsure'), 'go-on', { next: 'finished', effects: [{ kind: 'verify', result: 'unsure' }] }],
    [
      'go on with no answer kept: recorded as not sure, never as confirmed',
      APP,
      retry(undefined),
      'go-on',
      { next: 'finished', effects: [{ kind: 'verify', result: 'unsure' }] },
    ],
  ])('%s', (_name, shape, position, action, expected) => {
    expect(move(shape, position, action)).toEqual(expected);
  });
});
