import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';

const VALID = {
  version: 1,
  settings: { language: 'en', platform: 'web', region: 'eu' },
  guides: { 'generative-ai': { platform: 'web', steps: { settings: { doneAt: '2026-11-20T09:00:00.000Z' } } } },
};

describe('checklist --output writes only where it may', () => {
  it('pointed at the progress file: exit 1, the record unchanged', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    app.seed(VALID);
    const before = readFileSync(app.statePath, 'utf8');
    expect(await app.run(['checklist', '--output', app.statePath])).toBe(1);
    expect(app.stderr()).toBe(`Could not write ${app.statePath}: that is the progress file\n`);
    expect(readFileSync(app.statePath, 'utf8')).toBe(before);
  });

  it('pointed at a pipe: exit 1 at once, nothing hangs', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'de_DE.UTF-8' } });
    const fifo = join(app.home, 'fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(await app.run(['checklist', '--output', fifo])).toBe(1);
    expect(app.stderr()).toBe(`${fifo} konnte nicht geschrieben werden: keine gewöhnliche Datei\n`);
  });

  it('an existing receipt readable by others is replaced by a private one (0600), without colour codes', async () => {
    const app = createHarness({ env: { LANG: 'C', FORCE_COLOR: '3' } });
    const file = join(app.home, 'receipt.txt');
    writeFileSync(file, 'old');
    chmodSync(file, 0o644);
    expect(await app.run(['checklist', '--output', file])).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain('LinkedIn: no AI training on your data – checklist');
    expect(readFileSync(file, 'utf8')).not.toContain('\u001B');
  });
});

describe('reset deletes a valid progress file only', () => {
  it('plain text at the path: exit 1, said why, the file kept', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'de_DE.UTF-8' } });
    app.seed('meine Notizen\n');
    expect(await app.run(['reset', '--yes'])).toBe(1);
    expect(app.stderr()).toBe(
      `Die Datei ${app.statePath} ist keine gültige Fortschrittsdatei dieses Programms; reset hat sie deshalb nicht verändert. Wenn Sie sie nicht mehr brauchen, löschen Sie sie bitte selbst.\n`,
    );
    expect(readFileSync(app.statePath, 'utf8')).toBe('meine Notizen\n');
  });

  it('a file from a newer version: exit 1, the file kept', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    app.seed('{"version": 99}');
    expect(await app.run(['reset', '--yes'])).toBe(1);
    expect(app.stderr()).toContain('was written by a newer version');
    expect(readFileSync(app.statePath, 'utf8')).toBe('{"version": 99}');
  });
});

describe('what the progress file says reaches the terminal harmless, in the user’s language', () => {
  it('a step id with escape sequences (a window title, clear screen) is shown escaped', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    const id = '\u001B]0;pwned\u0007\u001B[2J';
    app.seed({ version: 1, guides: { 'generative-ai': { platform: 'web', steps: { [id]: { doneAt: 'never' } } } } });
    expect(await app.run(['status'])).toBe(0);
    expect(app.stderr()).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
    expect(app.stderr()).toContain('step “\\u001b]0;pwned\\u0007\\u001b[2J” has no valid date');
  });

  it.each([
    ['de_DE.UTF-8', '[1, 2]', '(kein Objekt)'],
    ['de_DE.UTF-8', '{"version": 1, "guides": {"generative-ai": 7}}', '(Anleitung „generative-ai“: kein Objekt)'],
    ['de_DE.UTF-8', '{"version": 1, "settings": {"region": "mars"}}', '(unbekannte Region)'],
    ['C', '{"version": "1"}', '(no valid “version”)'],
  ])('%s: %s → %s', async (lang, content, reason) => {
    const app = createHarness({ tty: false, env: { LANG: lang } });
    app.seed(content);
    expect(await app.run(['status'])).toBe(0);
    expect(app.stderr()).toContain(reason);
  });

  it('a progress file starting with a byte-order mark is read', async () => {
    const app = createHarness({ tty: false, env: { LANG: 'C' } });
    app.seed(`\uFEFF${JSON.stringify(VALID)}`);
    expect(await app.run(['status'])).toBe(0);
    expect(app.stderr()).toBe('');
    expect(app.terminal.text()).toContain('1 of 4 steps');
  });
});
