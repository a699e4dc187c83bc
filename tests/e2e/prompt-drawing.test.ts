import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { home } from '../helpers/home.js';
import { KEY, startPty, type PtySession } from '../helpers/pty.js';
import { liveTerminal, type RenderedLine, renderTerminal } from '../helpers/screen.js';
import { DONE_STATE } from '../helpers/states.js';

const installed = inject('packed');

/**
 * Where a word or a link was cut at the terminal's edge, as "end of line|start of next line":
 * - a line filled to the last column, continued on the next line by a line break that the tool or
 *   its prompt library wrote (Inquirer cuts every line at the last column, in the middle of a word);
 * - a line of several words that the terminal itself had to continue in the middle of a word (a
 *   line padded with spaces to the edge, so that the next word starts the next row, cuts nothing).
 * A single word wider than the line (a link) may be continued by the terminal: copying or clicking
 * it still gets it whole. The tool's own lines never reach the last column.
 */
function edgeBreaks(lines: readonly RenderedLine[], cols: number): string[] {
  const breaks: string[] = [];
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (next === undefined || [...line.text].length < cols) return;
    const cutByNewline = !next.wrapped && /^\S/.test(next.text);
    const cutByTerminal = next.wrapped && line.text.trim().includes(' ') && /\S$/.test(line.text) && /^\S/.test(next.text);
    if (cutByNewline || cutByTerminal) breaks.push(`${line.text}|${next.text}`);
  });
  return breaks;
}

/** Waits until the program has written nothing for a moment (a redraw is complete). */
async function settle(session: PtySession): Promise<void> {
  let length = -1;
  for (let round = 0; round < 100 && length !== session.raw().length; round += 1) {
    length = session.raw().length;
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

/** The first line of the choice under the cursor ("❯ Do all of them (recommended)"), without the cursor. */
function highlighted(lines: readonly RenderedLine[]): string | undefined {
  const line = lines.find((candidate) => candidate.text.startsWith('❯'));
  return line?.text.replace(/^❯[◯◉]?\s*/, '').trim();
}

interface Findings {
  readonly breaks: string[];
  /** Choices that were not on the screen when their question appeared, with no sign of more. */
  readonly hidden: string[];
  questions: number;
}

/**
 * Runs the tool as a hurried person (Enter at every question), typing `typed` at the questions that
 * ask for text, and looks at the screen each time a question waits: what the prompts draw (the
 * open list of choices, the answers echoed, the typed text) is cleared or redrawn later, so the
 * end of the run alone would not show it. With `explore`, the cursor is moved to both ends of each
 * list and back, and every choice it passes must have been on screen from the start.
 */
async function hurried(session: PtySession, cols: number, rows: number, options: { explore: boolean; typed?: readonly string[]; more?: RegExp }) {
  const findings: Findings = { breaks: [], hidden: [], questions: 0 };
  const typed = [...(options.typed ?? [])];
  const terminal = liveTerminal(cols, rows);
  const screen = async () => (await terminal.lines(session.raw())).slice(-rows);
  /** Presses `key` and waits for the redraw; whether the choice under the cursor changed. */
  const move = async (key: string) => {
    const before = highlighted(await screen());
    session.process.write(key);
    await settle(session);
    return highlighted(await screen()) !== before;
  };
  let ended = false;
  void session.exit.then(() => {
    ended = true;
  });
  while (!ended) {
    // A question waits when its "?" is on screen (an answered one shows "›") and nothing more comes.
    await settle(session);
    if (ended) break;
    const lines = await terminal.lines(session.raw());
    if (!lines.some((line) => line.text.startsWith('? ') || line.text === '?')) continue;
    findings.breaks.push(...edgeBreaks(lines, cols));
    const first = lines.slice(-rows);
    const list = highlighted(first) !== undefined;
    if (list && options.explore) {
      const shown = first.map((line) => line.text).join('\n');
      const more = options.more?.test(shown) ?? false;
      const seen: string[] = [];
      for (const [away, back] of [
        [KEY.down, KEY.up],
        [KEY.up, KEY.down],
      ] as const) {
        let moves = 0;
        while (moves < 15 && (await move(away))) {
          moves += 1;
          seen.push(highlighted(await screen()) ?? '');
          findings.breaks.push(...edgeBreaks(await terminal.lines(session.raw()), cols));
        }
        for (let index = 0; index < moves; index += 1) await move(back);
      }
      if (!more) findings.hidden.push(...seen.filter((choice) => !shown.includes(choice)));
    }
    findings.questions += 1;
    // Answered once the question shows "›" instead of "?" (typed text arrives key by key).
    const answered = async () => (await terminal.lines(session.raw())).filter((line) => line.text.startsWith('›')).length;
    const before = await answered();
    session.process.write(list ? KEY.enter : `${typed.shift() ?? ''}\r`);
    for (let round = 0; round < 200 && !ended && (await answered()) <= before; round += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  findings.breaks.push(...edgeBreaks(await terminal.lines(session.raw()), cols));
  terminal.dispose();
  return findings;
}

const RUNS = [
  { name: 'German, website, EU', args: [], env: { LANG: 'de_DE.UTF-8' } },
  { name: 'English, app, UK', args: ['--platform', 'app', '--region', 'uk'], env: { LANG: 'en_GB.UTF-8' } },
  { name: 'English, app, EU (the form link in a question)', args: ['--platform', 'app', '--region', 'eu'], env: { LANG: 'en_IE.UTF-8' } },
  { name: 'French, website, Switzerland', args: ['--region', 'ch'], env: { LANG: 'fr_CH.UTF-8' } },
  { name: 'Italian, app, EU', args: ['--platform', 'app', '--region', 'eu'], env: { LANG: 'it_IT.UTF-8' } },
  { name: 'Dutch, website, EU', args: ['--region', 'eu'], env: { LANG: 'nl_NL.UTF-8' } },
  { name: 'German, resumed', args: ['--lang', 'de'], env: { LANG: 'de_DE.UTF-8' }, seeded: true },
] as const;

function start(run: (typeof RUNS)[number] | { args: readonly string[]; env: Record<string, string>; seeded?: boolean }, cols: number, rows: number) {
  const { dir, env, statePath } = home();
  if ('seeded' in run && run.seeded === true) {
    mkdirSync(dirname(statePath), { recursive: true, mode: 0o700 });
    writeFileSync(statePath, JSON.stringify(DONE_STATE), { mode: 0o600 });
  }
  return startPty(installed.bin, [...run.args], { ...env, ...run.env }, dir, { cols, rows });
}

describe('what the prompts draw: never a word or a link cut at the edge', { timeout: 90_000 }, () => {
  for (const cols of [40, 80, 100, 160]) {
    for (const run of RUNS) {
      it(`${run.name} at ${cols} columns: the lists, the echoed answers and the links`, async () => {
        const session = start(run, cols, 30);
        const findings = await hurried(session, cols, 30, { explore: false });
        expect(await session.exit).toMatchObject({ exitCode: 0 });
        expect(findings.questions).toBeGreaterThan(3);
        expect(findings.breaks).toEqual([]);
      });
    }

    it(`typed answers at ${cols} columns: a name, an e-mail address and reasons, echoed whole`, async () => {
      const session = start({ args: ['objection', '--lang', 'de'], env: {} }, cols, 30);
      const reasons =
        'Ich möchte nicht, dass meine Beiträge, mein Lebenslauf und meine Nachrichten in Gruppen zum Trainieren von Modellen verwendet werden, die Inhalte erzeugen.';
      const findings = await hurried(session, cols, 30, {
        explore: false,
        typed: ['Maximiliane Mustermann-Lüdenscheid', 'maximiliane.mustermann@example.de', reasons],
      });
      expect(await session.exit).toMatchObject({ exitCode: 0 });
      expect(findings.questions).toBe(3);
      const screen = (await renderTerminal(session.raw(), cols, 30)).map((line) => line.text).join(' ');
      expect(screen).toContain('maximiliane.mustermann@example.de');
      expect(findings.breaks).toEqual([]);
    });
  }
});

describe('no hidden choice at 40 columns and 24 rows', { timeout: 120_000 }, () => {
  for (const run of RUNS) {
    it(`${run.name}: every choice is on screen when its question appears, or the list says there is more`, async () => {
      const session = start(run, 40, 24);
      const findings = await hurried(session, 40, 24, { explore: true, more: /↓ .*\d/ });
      expect(await session.exit).toMatchObject({ exitCode: 0 });
      expect(findings.questions).toBeGreaterThan(3);
      expect(findings.hidden).toEqual([]);
    });
  }
});
