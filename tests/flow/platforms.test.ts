import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';
import { tempDir } from '../helpers/temp.js';

// What differs by platform, driven through the commands with the platform injected.

describe('Windows and macOS: the region is preselected from the system locale where there is no LANG', () => {
  it.each([
    ['win32', 'en-GB', 'uk'],
    ['win32', 'fr-CH', 'ch'],
    ['darwin', 'en-GB', 'uk'],
    ['win32', 'de-AT', 'eu'],
  ] as const)('%s, system locale %s: Enter at the region question takes %s', async (platform, systemLocale, region) => {
    const statePath = join(tempDir(), 'progress.json');
    const app = createHarness({ platform, systemLocale, env: { LINKEDIN_KI_OPTOUT_STATE: statePath } });
    const exit = app.run(['--lang', 'en', '--platform', 'app']);
    await app.terminal.answer('Where is your LinkedIn profile located?');
    await app.terminal.cancelAt('How would you like to go on?');
    expect(await exit).toBe(130);
    expect(JSON.parse(readFileSync(statePath, 'utf8')).settings).toMatchObject({ region });
  });
});

describe('read-only commands never make a read-only progress file writable', () => {
  it.each([['status'], ['checklist']])('%s on a file with mode 0444 (Windows: the read-only attribute)', async (command) => {
    const app = createHarness({ tty: false });
    app.seed({ version: 1, settings: { language: 'en' }, guides: {} });
    chmodSync(app.statePath, 0o444);
    expect(await app.run([command])).toBe(0);
    // The others' read bits are taken away (private), the owner's write bit is never added.
    expect(statSync(app.statePath).mode & 0o777).toBe(0o400);
  });
});

describe('objection --copy says which clipboard program failed and how', () => {
  it('one that exits with an error and one that hangs (and ignores SIGTERM): both named, within a bounded time, nothing left running', async () => {
    const bin = tempDir('lkio-bin-');
    const out = tempDir('lkio-out-');
    writeFileSync(join(bin, 'wl-copy'), '#!/bin/sh\nexit 4\n');
    writeFileSync(join(bin, 'xclip'), `#!/bin/sh\ntrap '' TERM\necho $$ > '${out}/pid'\nexec sleep 60\n`);
    chmodSync(join(bin, 'wl-copy'), 0o755);
    chmodSync(join(bin, 'xclip'), 0o755);
    const app = createHarness({ tty: false, env: { LANG: 'en_US.UTF-8', PATH: `${bin}:/usr/bin:/bin` } });
    const started = Date.now();
    expect(await app.run(['objection', '--copy'])).toBe(0);
    expect(Date.now() - started).toBeLessThan(3000 + 500 + 1500);
    expect(app.stderr()).toContain(
      'Could not put the text on the clipboard: wl-copy ended with exit code 4; xclip did not finish within 3 s and was stopped; xsel was not tried, the time was up; termux-clipboard-set was not tried, the time was up. Here it is to copy by hand:',
    );
    expect(app.terminal.text()).toContain('Article 21');
    const pid = Number(readFileSync(join(out, 'pid'), 'utf8'));
    expect(() => process.kill(pid, 0)).toThrow();
  });
});
