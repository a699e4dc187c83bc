import { spawn } from 'node:child_process';
import type { Environment } from '../core/language.js';

/** Clipboard programs by platform, tried in order; each gets the text on its standard input. */
export function clipboardPrograms(platform: NodeJS.Platform): readonly (readonly [string, readonly string[]])[] {
  if (platform === 'darwin') return [['pbcopy', []]];
  if (platform === 'win32') return [['clip', []]];
  return [
    ['wl-copy', []],
    ['xclip', ['-selection', 'clipboard']],
    ['xsel', ['--clipboard', '--input']],
    ['termux-clipboard-set', []],
  ];
}

/** Runs a program directly (never through a shell), feeding it `input`; true when it exits with 0. */
function feed(program: string, args: readonly string[], input: string, env: Environment): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (ok: boolean) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        resolve(ok);
      }
    };
    const child = spawn(program, [...args], { stdio: ['pipe', 'ignore', 'ignore'], env: { ...env }, shell: false });
    const timer = setTimeout(() => {
      child.kill();
      finish(false);
    }, 5000);
    child.on('error', () => finish(false));
    child.on('exit', (code) => finish(code === 0));
    child.stdin.on('error', () => finish(false));
    child.stdin.end(input);
  });
}

/** Puts text on the clipboard with the first program that works; returns its name, or undefined. */
export async function copyToClipboard(text: string, platform: NodeJS.Platform, env: Environment): Promise<string | undefined> {
  for (const [program, args] of clipboardPrograms(platform)) {
    if (await feed(program, args, text, env)) return program;
  }
  return undefined;
}
