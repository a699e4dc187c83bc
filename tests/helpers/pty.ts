import { spawn, type IPty } from 'node-pty';
import { stripVTControlCharacters } from 'node:util';

/** A real pseudo-terminal running a command, read and typed into as a person would. */
export interface PtySession {
  readonly process: IPty;
  screen(): string;
  /** Everything written, escape codes included. */
  raw(): string;
  waitFor(expected: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Waits for `expected` and the prompt's key help, then types `keys`. */
  answer(expected: string | RegExp, keys?: string): Promise<void>;
  exit: Promise<{ exitCode: number; signal?: number }>;
}

export const KEY = { enter: '\r', down: '\u001B[B', ctrlC: '\u0003' } as const;

export function startPty(
  file: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  size: { cols?: number; rows?: number } = {},
): PtySession {
  let output = '';
  let markAt = 0;
  const listeners = new Set<() => void>();
  const child = spawn(file, args, { name: 'xterm-256color', cols: size.cols ?? 100, rows: size.rows ?? 40, cwd, env });
  child.onData((data) => {
    output += data;
    for (const listener of listeners) listener();
  });
  const exit = new Promise<{ exitCode: number; signal?: number }>((resolve) => child.onExit(resolve));
  const flat = () => stripVTControlCharacters(output.slice(markAt)).replace(/\s+/g, ' ');
  const matches = (expected: string | RegExp) => (typeof expected === 'string' ? flat().includes(expected) : expected.test(flat()));
  const session: PtySession = {
    process: child,
    screen: () => stripVTControlCharacters(output),
    raw: () => output,
    exit,
    waitFor: (expected, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        if (matches(expected)) return resolve();
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`Timed out waiting for ${String(expected)}. Screen:\n${stripVTControlCharacters(output.slice(markAt))}`));
        }, timeoutMs);
        function check() {
          if (!matches(expected)) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve();
        }
        listeners.add(check);
      }),
    answer: async (expected, keys = KEY.enter) => {
      await session.waitFor(expected);
      await session.waitFor('⏎');
      markAt = output.length;
      child.write(keys);
    },
  };
  return session;
}
