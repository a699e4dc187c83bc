import { describe, expect, it } from 'vitest';
import { parseState, serializeState } from '../../src/core/state-schema.js';

const valid = {
  version: 1,
  settings: { language: 'de', platform: 'app', region: 'uk' },
  guides: {
    'generative-ai': {
      platform: 'app',
      steps: { settings: { doneAt: '2026-11-24T10:00:00.000Z' }, 'data-privacy': { skippedAt: '2026-11-24T10:01:00.000Z' } },
      verification: { result: 'yes', at: '2026-11-24T10:05:00.000Z' },
    },
  },
};

describe('parseState', () => {
  it('reads what serializeState writes', () => {
    const parsed = parseState(JSON.stringify(valid));
    expect(parsed).toEqual({ ok: true, state: valid });
    if (parsed.ok) expect(parseState(serializeState(parsed.state))).toEqual(parsed);
  });

  it.each([
    ['', { kind: 'not-json' }],
    ['{"version": 1, "guides": {', { kind: 'not-json' }],
    ['\u0000\u0001\u00ff', { kind: 'not-json' }],
    ['[]', { kind: 'wrong-shape', reason: { key: 'notObject' } }],
    ['{}', { kind: 'wrong-shape', reason: { key: 'noVersion' } }],
    ['{"version": "1"}', { kind: 'wrong-shape', reason: { key: 'noVersion' } }],
    ['{"version": 2}', { kind: 'future-version', version: 2 }],
    ['{"version": 1, "settings": {"language": "sv"}}', { kind: 'wrong-shape', reason: { key: 'unknownLanguage' } }],
    ['{"version": 1, "guides": []}', { kind: 'wrong-shape', reason: { key: 'guidesNotObject' } }],
    [
      '{"version": 1, "guides": {"generative-ai": {"platform": "web", "steps": {"settings": {"doneAt": "yesterday"}}}}}',
      { kind: 'wrong-shape', reason: { key: 'inGuide', guide: 'generative-ai', problem: { key: 'stepNoDate', step: 'settings' } } },
    ],
    ...['null', '"2026-11-24T10:00:00.000Z"', '["2026-11-24T10:00:00.000Z"]'].map((step): [string, object] => [
      `{"version": 1, "guides": {"generative-ai": {"platform": "web", "steps": {"settings": ${step}}}}}`,
      { kind: 'wrong-shape', reason: { key: 'inGuide', guide: 'generative-ai', problem: { key: 'stepNoDate', step: 'settings' } } },
    ]),
    [
      '{"version": 1, "guides": {"generative-ai": {"platform": "web", "steps": {"settings": {"doneAt": ["2026-11-24T10:00:00.000Z"]}}}}}',
      { kind: 'wrong-shape', reason: { key: 'inGuide', guide: 'generative-ai', problem: { key: 'stepNoDate', step: 'settings' } } },
    ],
    [
      '{"version": 1, "guides": {"generative-ai": {"platform": "web", "verification": {"result": "maybe", "at": "2026-11-24T10:05:00.000Z"}}}}',
      { kind: 'wrong-shape', reason: { key: 'inGuide', guide: 'generative-ai', problem: { key: 'unknownResult' } } },
    ],
  ])('%j → %j', (text, problem) => {
    expect(parseState(text)).toEqual({ ok: false, problem });
  });

  it('accepts a UTF-8 byte-order mark at the start, as some editors write it', () => {
    expect(parseState(`\uFEFF${JSON.stringify(valid)}`)).toEqual({ ok: true, state: valid });
  });

  it('drops a guide this version no longer knows, keeps the rest', () => {
    const text = JSON.stringify({ ...valid, guides: { ...valid.guides, 'retired-guide': { platform: 'web', steps: {} } } });
    expect(parseState(text)).toEqual({ ok: true, state: valid });
  });

  it('keeps a step id the catalogue no longer has (it is simply not counted)', () => {
    const text = JSON.stringify({
      version: 1,
      guides: { 'generative-ai': { platform: 'web', steps: { 'old-step': { doneAt: '2026-11-24T10:00:00.000Z' } } } },
    });
    expect(parseState(text)).toMatchObject({ ok: true, state: { guides: { 'generative-ai': { steps: { 'old-step': {} } } } } });
  });

  it('reads the objection\'s "waiting" (sent, not yet confirmed)', () => {
    const text = JSON.stringify({
      version: 1,
      guides: { 'objection-form': { platform: 'web', steps: {}, verification: { result: 'waiting', at: '2026-11-24T10:05:00.000Z' } } },
    });
    expect(parseState(text)).toMatchObject({ ok: true, state: { guides: { 'objection-form': { verification: { result: 'waiting' } } } } });
  });

  it('migrates older versions step by step through the migration table', () => {
    const migrations = { 1: (old: Record<string, unknown>) => ({ ...old, settings: { language: old['lang'] } }) };
    expect(parseState('{"version": 1, "lang": "de", "guides": {}}', migrations, 2)).toEqual({
      ok: true,
      state: { version: 1, settings: { language: 'de' }, guides: {} },
    });
    expect(parseState('{"version": 1}', {}, 2)).toEqual({ ok: false, problem: { kind: 'wrong-shape', reason: { key: 'noMigration', version: 1 } } });
    expect(parseState('{"version": 3}', migrations, 2)).toEqual({ ok: false, problem: { kind: 'future-version', version: 3 } });
  });
});
