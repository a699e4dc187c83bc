import { spawn, type IPty } from 'node-pty';
import { stripVTControlCharacters } from 'node:util';

/** A real pseudo-terminal running a command, read and typed into as a person would. */
export interface PtySession {
  readonly process: IPty;
  screen(): string;
  /** Everything written, escape codes included. */
  raw(): string;
  waitFor(expected: string | RegExp, timeoutMs?: number, test?: (expected: string | RegExp) => boolean): Promise<void>;
  /** Waits for `expected` and the prompt's key help, then types `keys`. */
  answer(expected: string | RegExp, keys?: string): Promise<void>;
  exit: Promise<{ exitCode: number; signal?: number }>;
}

export const KEY = { enter: '\r', down: '\u001B[B', up: '\u001B[A', space: ' ', ctrlC: '\u0003', ctrlD: '\u0004', ctrlZ: '\u001A' } as const;

export function startPty(file: string, args: string[], env: Record<string, string>, cwd: string, size: { cols?: number; rows?: number } = {}): PtySession {
  let output = '';
  let markAt = 0;
  const listeners = new Set<() => void>();
  // node-pty sets TERM from `name`: the environment's TERM (dumb, for one) must win.
  const child = spawn(file, args, { name: env['TERM'] ?? 'xterm-256color', cols: size.cols ?? 100, rows: size.rows ?? 40, cwd, env });
  child.onData((data) => {
    output += data;
    for (const listener of listeners) listener();
  });
  const exit = new Promise<{ exitCode: number; signal?: number }>((resolve) => child.onExit(resolve));
  const flat = () => stripVTControlCharacters(output.slice(markAt)).replace(/\s+/g, ' ');
  const matches = (expected: string | RegExp) => (typeof expected === 'string' ? flat().includes(expected) : expected.test(flat()));
  // A prompt is ready once its key help (with ⏎) is drawn after the text it shows.
  const promptAfter = (expected: string | RegExp) => {
    const text = flat();
    const at = typeof expected === 'string' ? text.lastIndexOf(expected) : text.search(expected);
    return at >= 0 && text.indexOf('⏎', at) >= 0;
  };
  const session: PtySession = {
    process: child,
    screen: () => stripVTControlCharacters(output),
    raw: () => output,
    exit,
    waitFor: (expected, timeoutMs = 10_000, test = matches) =>
      new Promise((resolve, reject) => {
        if (test(expected)) return resolve();
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`Timed out waiting for ${String(expected)}. Screen:\n${stripVTControlCharacters(output.slice(markAt))}`));
        }, timeoutMs);
        function check() {
          if (!test(expected)) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve();
        }
        listeners.add(check);
      }),
    answer: async (expected, keys = KEY.enter) => {
      await session.waitFor(expected, 10_000, promptAfter);
      markAt = output.length;
      child.write(keys);
    },
  };
  return session;
}

/**
 * Answers every question as it asks: waits until the output since the last answer matches `ask`
 * (the tool waits for its answer there), then types what `ask` captured (the number or numbers
 * Enter alone would take; "none" as nothing) and Enter, until the tool ends. Returns every
 * question answered, its text flattened, in order.
 */
export async function answerEach(session: PtySession, ask: RegExp, timeoutMs = 15_000): Promise<string[]> {
  const flat = (raw: string) => stripVTControlCharacters(raw).replace(/\s+/g, ' ');
  const questions: string[] = [];
  let exited = false;
  const exit = session.exit.then(() => {
    exited = true;
  });
  let seen = 0;
  for (;;) {
    // The question asks, or the tool ends (no more output would wake a wait for text).
    await Promise.race([session.waitFor('', timeoutMs, () => ask.test(flat(session.raw().slice(seen)))), exit]);
    if (exited) return questions;
    const text = flat(session.raw().slice(seen));
    questions.push(text);
    seen = session.raw().length;
    session.process.write(`${(ask.exec(text)?.[1] ?? '').replace(/^(none|keine)$/, '')}\r`);
  }
}
