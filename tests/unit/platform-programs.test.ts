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

describe('the clipboard programs, each as it must be called', () => {
  it('Linux: xclip and xsel are told to use the clipboard (not the primary selection) and to read their input', async () => {
    const record = 'printf "%s\\n" "$@" > "$OUT/args"; cat > "$OUT/got"';
    const xclip = programs({ xclip: record });
    expect(await copyToClipboard(TEXT, 'linux', env(xclip.bin))).toEqual({ program: 'xclip' });
    expect(readFileSync(join(xclip.out, 'args'), 'utf8')).toBe('-selection\nclipboard\n');
    const xsel = programs({ xsel: record });
    expect(await copyToClipboard(TEXT, 'linux', env(xsel.bin))).toEqual({ program: 'xsel' });
    expect(readFileSync(join(xsel.out, 'args'), 'utf8')).toBe('--clipboard\n--input\n');
    expect(readFileSync(join(xsel.out, 'got'), 'utf8')).toBe(TEXT);
    const wayland = programs({ 'wl-copy': record });
    expect(await copyToClipboard(TEXT, 'linux', env(wayland.bin))).toEqual({ program: 'wl-copy' });
    expect(readFileSync(join(wayland.out, 'args'), 'utf8')).toBe('\n');
    const termux = programs({ 'termux-clipboard-set': record });
    expect(await copyToClipboard(TEXT, 'linux', env(termux.bin))).toEqual({ program: 'termux-clipboard-set' });
    expect(readFileSync(join(termux.out, 'args'), 'utf8')).toBe('\n');
  });

  it('Windows and macOS: clip and pbcopy get no arguments', async () => {
    const record = 'printf "%s\\n" "$@" > "$OUT/args"; cat > /dev/null';
    const windows = programs({ clip: record });
    expect(await copyToClipboard(TEXT, 'win32', env(windows.bin))).toEqual({ program: 'clip' });
    expect(readFileSync(join(windows.out, 'args'), 'utf8')).toBe('\n');
    const mac = programs({ pbcopy: record });
    expect(await copyToClipboard(TEXT, 'darwin', env(mac.bin))).toEqual({ program: 'pbcopy' });
    expect(readFileSync(join(mac.out, 'args'), 'utf8')).toBe('\n');
  });

  it('a program that cannot be started for another reason than a missing file is an error (code -1), and the next one is tried', async () => {
    const { bin, out } = programs({ xclip: 'cat > "$OUT/got"' });
    // wl-copy is there but may not be run.
    writeFileSync(join(bin, 'wl-copy'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(bin, 'wl-copy'), 0o644);
    const result = await copyToClipboard(TEXT, 'linux', env(bin));
    expect(result).toEqual({ program: 'xclip' });
    expect(readFileSync(join(out, 'got'), 'utf8')).toBe(TEXT);
    const alone = programs({});
    writeFileSync(join(alone.bin, 'clip'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(alone.bin, 'clip'), 0o644);
    expect(await copyToClipboard(TEXT, 'win32', env(alone.bin))).toEqual({ failures: [{ program: 'clip', kind: 'exit', code: -1 }] });
  });

  it('a program that ends without reading the text: its exit code tells, and the tool does not fall over the closed pipe', async () => {
    const { bin } = programs({ 'wl-copy': 'exit 4', xclip: 'exit 0' });
    const long = 'Widerspruch '.repeat(200_000);
    expect(await copyToClipboard(long, 'linux', env(bin))).toEqual({ program: 'xclip' });
    const failing = programs({ clip: 'exit 4' });
    expect(await copyToClipboard(long, 'win32', env(failing.bin))).toEqual({ failures: [{ program: 'clip', kind: 'exit', code: 4 }] });
  });

  it('the time for all of them is three seconds by default, and one that hangs is stopped', async () => {
    const { bin } = programs({ clip: 'exec sleep 30' });
    const started = Date.now();
    expect(await copyToClipboard(TEXT, 'win32', env(bin))).toEqual({ failures: [{ program: 'clip', kind: 'timeout', seconds: 3 }] });
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(2900);
    expect(took).toBeLessThan(3000 + 500 + 1000);
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

  it('an opener that is still running after two seconds has started the browser; it runs in a process group of its own', async () => {
    const { bin, out } = programs({ 'xdg-open': 'read -r stat < /proc/$$/stat; echo "$stat" > "$OUT/stat"; exec sleep 4' });
    const started = Date.now();
    expect(await openInBrowser(link, 'linux', env(bin))).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    // /proc/PID/stat: pid (comm) state ppid pgrp …: the opener leads its own group, so Ctrl+C in the terminal does not reach it.
    const [pid, , , , pgrp] = readFileSync(join(out, 'stat'), 'utf8').trim().split(' ');
    expect(pgrp).toBe(pid);
    expect(Number(pgrp)).not.toBe(process.pid);
    process.kill(Number(pid));
  });

  it('anything but the catalogue’s links is refused before anything runs', async () => {
    const { bin, out } = programs({ 'cmd.exe': 'touch "$OUT/ran"' });
    expect(await openInBrowser('https://example.org/" & calc', 'win32', env(bin))).toBe(false);
    expect(existsSync(join(out, 'ran'))).toBe(false);
  });
});
