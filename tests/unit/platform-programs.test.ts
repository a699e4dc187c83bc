import { existsSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINKS } from '../../src/core/catalogue.js';
import { browserOpener, openInBrowser } from '../../src/terminal/browser.js';
import { clipboardPrograms, copyToClipboard } from '../../src/terminal/clipboard.js';
import { tempDir } from '../helpers/temp.js';

const TEXT = 'Widerspruch – Grüße, « opposition », € ✓';

/** Programs in a fresh folder, each a shell script; the folder alone is the PATH. */
function programs(scripts: Record<string, string>): { bin: string; out: string } {
  const bin = tempDir('lkio-bin-');
  const out = tempDir('lkio-out-');
  for (const [name, body] of Object.entries(scripts)) {
    writeFileSync(join(bin, name), `#!/bin/sh\nOUT='${out}'\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  }
  return { bin, out };
}

const env = (bin: string) => ({ PATH: `${bin}:/usr/bin:/bin`, LANG: 'C' });
const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the clipboard, by platform', () => {
  it('Windows: clip gets UTF-16LE with its byte-order mark, so accents arrive whatever the code page', async () => {
    const { bin, out } = programs({ clip: 'cat > "$OUT/got"' });
    expect(await copyToClipboard(TEXT, 'win32', env(bin))).toEqual({ program: 'clip' });
    const bytes = readFileSync(join(out, 'got'));
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(bytes.subarray(2).toString('utf16le')).toBe(TEXT);
  });

  it('macOS: pbcopy gets UTF-8 with LC_CTYPE=UTF-8, which it needs for accents', async () => {
    const { bin, out } = programs({ pbcopy: 'cat > "$OUT/got"; printf %s "$LC_CTYPE" > "$OUT/ctype"' });
    expect(await copyToClipboard(TEXT, 'darwin', env(bin))).toEqual({ program: 'pbcopy' });
    expect(readFileSync(join(out, 'got'), 'utf8')).toBe(TEXT);
    expect(readFileSync(join(out, 'ctype'), 'utf8')).toBe('UTF-8');
  });

  it('Linux: the programs in order, the first that takes the text wins', async () => {
    expect(clipboardPrograms('linux').map((entry) => entry.program)).toEqual(['wl-copy', 'xclip', 'xsel', 'termux-clipboard-set']);
    const { bin, out } = programs({ 'wl-copy': 'exit 1', xclip: 'cat > "$OUT/got"' });
    expect(await copyToClipboard(TEXT, 'linux', env(bin))).toEqual({ program: 'xclip' });
    expect(readFileSync(join(out, 'got'), 'utf8')).toBe(TEXT);
  });

  it('each failure is told apart: not found, an exit code, a signal, a hang (stopped), not tried', async () => {
    const { bin, out } = programs({
      xclip: 'exit 3',
      // ignores SIGTERM, as some do: killed after the grace time
      xsel: `trap '' TERM; echo $$ > "$OUT/pid"; exec sleep 30`,
    });
    const started = Date.now();
    const result = await copyToClipboard(TEXT, 'linux', env(bin), { totalMs: 600, graceMs: 200 });
    const took = Date.now() - started;
    expect(result).toEqual({
      failures: [
        { program: 'wl-copy', kind: 'missing' },
        { program: 'xclip', kind: 'exit', code: 3 },
        { program: 'xsel', kind: 'timeout', seconds: 1 },
        { program: 'termux-clipboard-set', kind: 'not-tried' },
      ],
    });
    // the whole wait is bounded: the time for all, plus the grace for the one that had to be killed
    expect(took).toBeLessThan(600 + 200 + 500);
    const pid = Number(readFileSync(join(out, 'pid'), 'utf8'));
    expect(isRunning(pid)).toBe(false);
  });

  it('a program killed by a signal says which', async () => {
    const { bin } = programs({ clip: 'kill -9 $$' });
    expect(await copyToClipboard(TEXT, 'win32', env(bin))).toEqual({ failures: [{ program: 'clip', kind: 'signal', signal: 'SIGKILL' }] });
  });
});

describe('the browser opener, by platform', () => {
  const link = LINKS.objectionForm;

  it.each([
    ['win32', { program: 'cmd.exe', args: ['/d', '/s', '/c', `start "" "${link}"`], verbatim: true }],
    ['darwin', { program: 'open', args: [link] }],
    ['linux', { program: 'xdg-open', args: [link] }],
    ['freebsd', { program: 'xdg-open', args: [link] }],
  ] as const)('%s', (platform, expected) => {
    expect(browserOpener(platform, link)).toEqual(expected);
  });

  it.each([
    ['win32', 'cmd.exe'],
    ['darwin', 'open'],
    ['linux', 'xdg-open'],
  ] as const)('%s: its exit code decides (0 opened, anything else not)', async (platform, program) => {
    const ok = programs({ [program]: 'printf "%s\\n" "$@" > "$OUT/args"' });
    expect(await openInBrowser(link, platform, env(ok.bin))).toBe(true);
    expect(readFileSync(join(ok.out, 'args'), 'utf8')).toBe(`${browserOpener(platform, link).args.join('\n')}\n`);
    const failing = programs({ [program]: 'exit 1' });
    expect(await openInBrowser(link, platform, env(failing.bin))).toBe(false);
    const none = programs({});
    expect(await openInBrowser(link, platform, env(none.bin))).toBe(false);
  });

  it('anything but the catalogue’s links is refused before anything runs', async () => {
    const { bin, out } = programs({ 'cmd.exe': 'touch "$OUT/ran"' });
    expect(await openInBrowser('https://example.org/" & calc', 'win32', env(bin))).toBe(false);
    expect(existsSync(join(out, 'ran'))).toBe(false);
  });
});
