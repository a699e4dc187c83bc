import { describe, expect, it } from 'vitest';
import { parseState, serializeState } from '../../src/core/state-schema.js';

const valid = {
  version: 2,
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
    ['[]', { kind: 'wrong-shape', reason: 'not an object' }],
    ['{}', { kind: 'wrong-shape', reason: 'no valid "version"' }],
    ['{"version": "1"}', { kind: 'wrong-shape', reason: 'no valid "version"' }],
    ['{"version": 3}', { kind: 'future-version', version: 3 }],
    ['{"version": 1, "settings": {"language": "fr"}}', { kind: 'wrong-shape', reason: 'unknown language' }],
    ['{"version": 1, "guides": []}', { kind: 'wrong-shape', reason: '"guides" is not an object' }],
    [
      '{"version": 1, "guides": {"generative-ai": {"platform": "web", "steps": {"settings": {"doneAt": "yesterday"}}}}}',
      { kind: 'wrong-shape', reason: 'guide "generative-ai": step "settings" has no valid date' },
    ],
    [
      '{"version": 1, "guides": {"generative-ai": {"platform": "web", "verification": {"result": "maybe", "at": "2026-11-24T10:05:00.000Z"}}}}',
      { kind: 'wrong-shape', reason: 'guide "generative-ai": unknown verification result' },
    ],
  ])('%j → %j', (text, problem) => {
    expect(parseState(text)).toEqual({ ok: false, problem });
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

  it('reads a version-1 file as it is (version 2 only added values)', () => {
    const old = { ...valid, version: 1, guides: { 'generative-ai': { platform: 'web', steps: { settings: { doneAt: '2026-11-24T10:00:00.000Z' } } } } };
    expect(parseState(JSON.stringify(old))).toEqual({ ok: true, state: { ...old, version: 2 } });
  });

  it('reads the objection\'s "waiting" (sent, not yet confirmed)', () => {
    const text = JSON.stringify({ version: 2, guides: { 'objection-form': { platform: 'web', steps: {}, verification: { result: 'waiting', at: '2026-11-24T10:05:00.000Z' } } } });
    expect(parseState(text)).toMatchObject({ ok: true, state: { guides: { 'objection-form': { verification: { result: 'waiting' } } } } });
  });

  it('migrates older versions step by step through the migration table', () => {
    const migrations = { 1: (old: Record<string, unknown>) => ({ ...old, settings: { language: old['lang'] } }) };
    expect(parseState('{"version": 1, "lang": "de", "guides": {}}', migrations, 2)).toEqual({
      ok: true,
      state: { version: 2, settings: { language: 'de' }, guides: {} },
    });
    expect(parseState('{"version": 1}', {}, 2)).toEqual({ ok: false, problem: { kind: 'wrong-shape', reason: 'no way to upgrade version 1' } });
    expect(parseState('{"version": 3}', migrations, 2)).toEqual({ ok: false, problem: { kind: 'future-version', version: 3 } });
  });
});
