import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openInBrowser } from '../../src/terminal/browser.js';
import { createHarness } from '../helpers/app.js';
import { tempDir } from '../helpers/temp.js';

/** A stand-in for xdg-open that writes down each argument it got, one per line. */
function fakeOpener(): { bin: string; calls: string } {
  const bin = tempDir('lkio-open-');
  const calls = join(bin, 'calls.txt');
  writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nfor argument in "$@"; do printf '%s\\n' "$argument" >> "${calls}"; done\n`);
  chmodSync(join(bin, 'xdg-open'), 0o755);
  return { bin, calls };
}

describe('opening links', () => {
  it('opens only links of the allow-list, as one argument, without a shell', async () => {
    const { bin, calls } = fakeOpener();
    const env = { PATH: `${bin}:/usr/bin:/bin` };
    expect(await openInBrowser('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement', 'linux', env)).toBe(true);
    expect(readFileSync(calls, 'utf8')).toBe('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement\n');
    for (const url of ['https://evil.example/', 'https://www.linkedin.com/feed/', 'https://www.linkedin.com/help/x; rm -rf ~', 'file:///etc/passwd']) {
      expect(await openInBrowser(url, 'linux', env)).toBe(false);
    }
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('the website guide starts by opening the direct link, then asks for the setting itself', async () => {
    const { bin, calls } = fakeOpener();
    const app = createHarness({ env: { LANG: 'C', PATH: `${bin}:/usr/bin:/bin` } });
    const exit = app.run(['--lang', 'en', '--platform', 'web', '--region', 'us']);
    await app.terminal.answer('How would you like to go on?');
    await app.terminal.answer('Open “Data for Generative AI Improvement” directly');
    await app.terminal.waitFor('Opened: https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
    await app.terminal.cancelAt('Does it read “Off” now?');
    expect(await exit).toBe(130);
    expect(readFileSync(calls, 'utf8')).toBe('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement\n');
  });

  it('no browser can be started: the link is printed and the guide goes on', async () => {
    const empty = tempDir('lkio-nobrowser-');
    const app = createHarness({ env: { LANG: 'de_DE.UTF-8', PATH: empty } });
    const exit = app.run(['--lang', 'de', '--platform', 'web', '--region', 'eu']);
    await app.terminal.answer('Wie möchten Sie vorgehen?');
    await app.terminal.answer('Öffnen Sie „Daten zur Verbesserung generativer KI“ direkt');
    await app.terminal.waitFor(
      'Es konnte kein Browser gestartet werden. Öffnen Sie diesen Link selbst: https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
    );
    await app.terminal.cancelAt('Steht er jetzt auf „Aus“?');
    expect(await exit).toBe(130);
  });

  it('the app guide shows the link as a QR code instead', async () => {
    const { bin, calls } = fakeOpener();
    const app = createHarness({ env: { LANG: 'C', PATH: `${bin}:/usr/bin:/bin` } });
    const exit = app.run(['--lang', 'en', '--platform', 'app', '--region', 'eu']);
    await app.terminal.answer('How would you like to go on?');
    // Step 1: done, at the setting, … → at the setting; then the last step: "no" → the QR code.
    await app.terminal.choose('Step 1 of 4', "I'm already at the setting");
    await app.terminal.choose('Does it read “Off” now?', 'No');
    await app.terminal.answer('What would you like to do?');
    await app.terminal.waitFor(
      "Point your phone's camera at the code to open the link: https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
    );
    await app.terminal.cancelAt('Does it read “Off” now?');
    expect(await exit).toBe(130);
    const qr = app.terminal
      .text()
      .split('\n')
      .filter((line) => /^[ █▀▄]+$/.test(line) && line.includes('█'));
    // A QR code of at least version 3 (29 modules) drawn two rows to a line, plus the border.
    expect(qr.length).toBeGreaterThanOrEqual(15);
    expect(new Set(qr.map((line) => line.length)).size).toBe(1);
    expect(existsSync(calls)).toBe(false);
  });
});
