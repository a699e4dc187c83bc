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
  /**
   * Waits for `expected` and the list under it, moves the highlight (❯) until it stands on the
   * choice that reads `choice` (the whole choice, or its first words), then types `key` (Enter): an
   * answer picked by its meaning, not by its place in the list.
   */
  choose(expected: string | RegExp, choice: string, key?: string): Promise<void>;
  /**
   * Waits for `expected` (a list of boxes, all ticked to start with), moves to each of `choices` by
   * its words as `choose` does, unticks it with space (failing if it was not ticked, or stays ticked),
   * then types Enter: what is left out is named, not counted.
   */
  untick(expected: string | RegExp, choices: readonly string[]): Promise<void>;
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
    choose: async (expected, choice, key = KEY.enter) => {
      await session.waitFor(expected, 10_000, promptAfter);
      await moveTo(expected, choice);
      markAt = output.length;
      child.write(key);
    },
    untick: async (expected, choices) => {
      await session.waitFor(expected, 10_000, promptAfter);
      for (const choice of choices) {
        const line = await moveTo(expected, choice);
        if (box(line) !== '◉') throw new Error(`“${choice}” at ${String(expected)} is not ticked, so space would not leave it out:\n${line}`);
        await press(KEY.space);
        const { lines, at } = list();
        const after = lines[at] ?? '';
        if (box(after) !== '◯') throw new Error(`“${choice}” at ${String(expected)} is still ticked after space:\n${after}`);
      }
      markAt = output.length;
      child.write(KEY.enter);
    },
  };

  // Where the list last drawn starts: the output since the question's answer began, then since each key.
  let drawnFrom = 0;
  /**
   * The choices of the list last drawn (up to the key help's ⏎), one screen line each, and which
   * line has the highlight (❯). Inquirer redraws by erasing lines and going back to the first
   * column: those become line breaks here, so a redraw starts on a line of its own. The list is the
   * lines around the ❯ that start with a space (a choice, or a choice's continuation), up to the
   * question above and the empty line below.
   */
  function list(): { lines: string[]; at: number } {
    const drawn = stripVTControlCharacters(output.slice(drawnFrom).replace(/\u001B\[\d*[GK]/g, '\n'));
    const end = drawn.lastIndexOf('⏎');
    const cursor = drawn.lastIndexOf('❯', end);
    if (end < 0 || cursor < 0 || cursor < drawn.lastIndexOf('⏎', end - 1)) return { lines: [], at: -1 };
    const above = drawn
      .slice(0, cursor)
      .split(/\r?\n|\r/)
      .slice(0, -1);
    let first = above.length;
    while (first > 0 && /^ /.test(above[first - 1] as string)) first -= 1;
    const below = drawn.slice(cursor, end).split(/\r?\n|\r/);
    const last = below.findIndex((line) => line.trim() === '');
    return { lines: [...above.slice(first), ...below.slice(0, last < 0 ? undefined : last)], at: above.length - first };
  }
  /** A line's words, without the highlight, the box (◉ ◯) and the indent. */
  const words = (line: string) =>
    line
      .replace(/^[❯\s]*[◉◯]?\s*/u, '')
      .replace(/\s+/g, ' ')
      .trim();
  const box = (line: string) => /^[❯\s]*([◉◯])/u.exec(line)?.[1];
  /**
   * Whether the choice starting at line `index` reads `wanted`: the whole choice, or its first words
   * ("Do all of them" for "Do all of them (recommended)"), so "No" is never "Not sure". A choice
   * wrapped onto the lines under it is read on as long as `wanted` goes on.
   */
  function reads(lines: readonly string[], index: number, wanted: string): boolean {
    let text = words(lines[index] ?? '');
    for (let next = index + 1; ; next += 1) {
      if (text !== '' && (text === wanted || text.startsWith(`${wanted} `))) return true;
      if (!wanted.startsWith(`${text} `) || next >= lines.length) return false;
      text = `${text} ${words(lines[next] as string)}`;
    }
  }
  /** Types `key` and waits until the list is drawn again (Inquirer redraws the whole of it on each key). */
  async function press(key: string): Promise<void> {
    drawnFrom = output.length;
    child.write(key);
    await session.waitFor(`the list drawn again after ${JSON.stringify(key)}`, 10_000, () => list().at >= 0);
  }
  /**
   * Moves the highlight to the choice that reads `choice` and returns its line. The choice is looked
   * for in the list on screen, and the highlight moved towards it a key at a time (the lists do not
   * loop, and a key that cannot move the highlight draws nothing), reading the list again after each.
   * The choice has to be on screen: a list longer than the terminal shows one page of it.
   */
  async function moveTo(expected: string | RegExp, choice: string): Promise<string> {
    const wanted = choice.replace(/\s+/g, ' ').trim();
    drawnFrom = markAt;
    for (let moves = 0; moves < 40; moves += 1) {
      const { lines, at } = list();
      if (at >= 0 && reads(lines, at, wanted)) return lines[at] as string;
      const target = lines.findIndex((_, index) => reads(lines, index, wanted));
      if (at < 0 || target < 0) throw new Error(`No choice “${choice}” at ${String(expected)}; the choices on screen were:\n${lines.join('\n')}`);
      await press(target > at ? KEY.down : KEY.up);
    }
    throw new Error(`The highlight did not reach “${choice}” at ${String(expected)} in 40 keys:\n${list().lines.join('\n')}`);
  }
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
