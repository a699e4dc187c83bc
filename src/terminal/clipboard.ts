import { spawn } from 'node:child_process';
import type { Environment } from '../core/language.js';

/** A clipboard program: it gets the text on its standard input, encoded as it reads it. */
export interface ClipboardProgram {
  readonly program: string;
  readonly args: readonly string[];
  readonly encode: (text: string) => Buffer;
  /** Added to the environment it runs in. */
  readonly env?: Readonly<Record<string, string>>;
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
/** Windows' clip reads the console's code page unless the text starts with UTF-16LE's byte-order mark. */
const utf16WithMark = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

/** Clipboard programs by platform, tried in order. */
export function clipboardPrograms(platform: NodeJS.Platform): readonly ClipboardProgram[] {
  // pbcopy mangles accents unless the locale says UTF-8.
  if (platform === 'darwin') return [{ program: 'pbcopy', args: [], encode: utf8, env: { LC_CTYPE: 'UTF-8' } }];
  if (platform === 'win32') return [{ program: 'clip', args: [], encode: utf16WithMark }];
  return [
    { program: 'wl-copy', args: [], encode: utf8 },
    { program: 'xclip', args: ['-selection', 'clipboard'], encode: utf8 },
    { program: 'xsel', args: ['--clipboard', '--input'], encode: utf8 },
    { program: 'termux-clipboard-set', args: [], encode: utf8 },
  ];
}

/** Why a clipboard program did not take the text. */
export type ClipboardFailure =
  | { readonly program: string; readonly kind: 'missing' }
  | { readonly program: string; readonly kind: 'exit'; readonly code: number }
  | { readonly program: string; readonly kind: 'signal'; readonly signal: string }
  | { readonly program: string; readonly kind: 'timeout'; readonly seconds: number }
  /** The time for all of them was up before this one's turn. */
  | { readonly program: string; readonly kind: 'not-tried' };

export type ClipboardResult = { readonly program: string } | { readonly failures: readonly ClipboardFailure[] };

export interface ClipboardLimits {
  /** How long all programs together may take. */
  readonly totalMs: number;
  /** How long one that was asked to stop (SIGTERM) gets before it is killed. */
  readonly graceMs: number;
}

const LIMITS: ClipboardLimits = { totalMs: 3000, graceMs: 500 };

/**
 * Runs a program directly (never through a shell), feeding it the text. A program still running
 * at `timeoutMs` is asked to stop, and killed if it has not after the grace time; the answer comes
 * once it has ended, so nothing started is left running.
 */
function feed(entry: ClipboardProgram, text: string, env: Environment, timeoutMs: number, graceMs: number): Promise<ClipboardFailure | undefined> {
  const { program } = entry;
  return new Promise((resolve) => {
    let timedOut = false;
    let result: ClipboardFailure | undefined;
    let done = false;
    const finish = (failure: ClipboardFailure | undefined) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(killer);
      resolve(failure);
    };
    let killer: NodeJS.Timeout | undefined;
    const child = spawn(program, [...entry.args], { stdio: ['pipe', 'ignore', 'ignore'], env: { ...env, ...entry.env }, shell: false, windowsHide: true });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      result ??= error.code === 'ENOENT' ? { program, kind: 'missing' } : { program, kind: 'exit', code: -1 };
      // A program that could not be started has no exit to wait for.
      if (child.pid === undefined) finish(result);
    });
    child.on('close', (code, signal) => {
      if (timedOut) return finish({ program, kind: 'timeout', seconds: Math.ceil(timeoutMs / 1000) });
      if (result) return finish(result);
      if (code === 0) return finish(undefined);
      finish(signal ? { program, kind: 'signal', signal } : { program, kind: 'exit', code: code ?? -1 });
    });
    // A program that exits without reading everything closes its input: its exit code tells.
    child.stdin.on('error', () => {});
    child.stdin.end(entry.encode(text));
  });
}

/**
 * Puts text on the clipboard with the first program that takes it, all of them together within
 * a bounded time (plus the grace for one that must be killed). Returns the program's name, or what
 * went wrong with each program, in order.
 */
export async function copyToClipboard(text: string, platform: NodeJS.Platform, env: Environment, limits: ClipboardLimits = LIMITS): Promise<ClipboardResult> {
  const deadline = Date.now() + limits.totalMs;
  const failures: ClipboardFailure[] = [];
  for (const entry of clipboardPrograms(platform)) {
    const left = deadline - Date.now();
    if (left <= 0) {
      failures.push({ program: entry.program, kind: 'not-tried' });
      continue;
    }
    const failure = await feed(entry, text, env, left, limits.graceMs);
    if (failure === undefined) return { program: entry.program };
    failures.push(failure);
  }
  return { failures };
}
