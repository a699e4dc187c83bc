import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { LANGUAGES } from '../../src/core/catalogue.js';
import { home } from '../helpers/home.js';
import { KEY, startPty, type PtySession } from '../helpers/pty.js';
import { renderTerminal } from '../helpers/screen.js';
import { DONE_STATE } from '../helpers/states.js';

const installed = inject('packed');

/** Presses Enter at every question until the guide ends, as a hurried person would. */
async function enterEverywhere(session: PtySession): Promise<void> {
  let ended = false;
  void session.exit.then(() => {
    ended = true;
  });
  while (!ended) {
    await Promise.race([session.answer(/⏎/, KEY.enter).catch(() => undefined), session.exit]);
  }
}

/**
 * The words the tool wrote, in the order and form it wrote them (its own line breaks are between
 * words), and the words a person sees in a terminal of that width. A word the terminal had to break
 * shows up as two pieces that are not words of the text.
 */
function brokenWords(raw: string, lines: readonly { text: string; wrapped: boolean }[]): string[] {
  // Cursor movements separate what they move between; colours do not.
  const text = stripVTControlCharacters(raw.replace(/\u001B\[[\d;?]*[A-La-ln-z]/g, ' '));
  const written = new Set(text.split(/\s+/).filter(Boolean));
  const broken: string[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    // A single word longer than a whole line (a link, a path) cannot fit anywhere: the terminal
    // continues it on the next line, which is the one break allowed.
    if (line.wrapped && previous !== undefined && !previous.text.trim().includes(' ')) return;
    const next = lines[index + 1];
    const words = line.text.split(/\s+/).filter(Boolean);
    words.forEach((word, position) => {
      const continued = position === words.length - 1 && next?.wrapped === true && !next.text.trim().includes(' ');
      if (!continued && !written.has(word)) broken.push(word);
    });
  });
  return broken;
}

const RUNS = [
  { name: 'German, website, EU', args: [], env: { LANG: 'de_DE.UTF-8' } },
  { name: 'English, app, UK', args: ['--platform', 'app', '--region', 'uk'], env: { LANG: 'en_GB.UTF-8' } },
  // French has longer words and answers, and « » with no-break spaces that hold a label to its marks.
  { name: 'French, website, Switzerland', args: ['--region', 'ch'], env: { LANG: 'fr_CH.UTF-8' } },
  { name: 'French, app, EU', args: ['--platform', 'app', '--region', 'eu'], env: { LANG: 'fr_FR.UTF-8' } },
] as const;

describe('never a broken word', { timeout: 60_000 }, () => {
  for (const cols of [40, 80, 100, 160]) {
    for (const run of RUNS) {
      it(`${run.name} at ${cols} columns: every word on screen is a word of the text`, async () => {
        const { dir, env } = home();
        const session = startPty(installed.bin, [...run.args], { ...env, ...run.env }, dir, { cols, rows: 30 });
        await enterEverywhere(session);
        expect(await session.exit).toMatchObject({ exitCode: 0 });
        const lines = await renderTerminal(session.raw(), cols, 30);
        expect(lines.length).toBeGreaterThan(20);
        expect(brokenWords(session.raw(), lines)).toEqual([]);
        // The check can fail: the same output in a terminal of half the width breaks words.
        if (cols === 80) expect(brokenWords(session.raw(), await renderTerminal(session.raw(), 33, 30)).length).toBeGreaterThan(0);
      });
    }
  }

  it('resized while a question waits: the question is on screen once, and the answer is taken', async () => {
    const { dir, env } = home();
    const session = startPty(installed.bin, ['--lang', 'en', '--platform', 'app', '--region', 'us'], env, dir, { cols: 100, rows: 30 });
    await session.answer('How would you like to go on?');
    await session.waitFor('Step 1 of 4');
    await session.waitFor('⏎');
    // The terminal is resized as a person would drag it: narrower, then wider again. The replay
    // below resizes its terminal at the same points, so it reflows as the real one did.
    const cuts: [number, number][] = [];
    for (const cols of [40, 100]) {
      cuts.push([session.raw().length, cols]);
      session.process.resize(cols, 30);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await session.answer('Step 1 of 4', KEY.ctrlC);
    expect(await session.exit).toMatchObject({ exitCode: 130 });
    const lines = await renderTerminal(session.raw(), 100, 30, cuts);
    const screen = lines.map((line) => line.text).join('\n');
    expect(screen.split('Tap your profile photo at the top left').length - 1).toBe(1);
  });
});

describe('status and checklist in a terminal: never a broken word', { timeout: 60_000 }, () => {
  for (const cols of [40, 120]) {
    for (const language of LANGUAGES) {
      for (const command of ['status', 'checklist']) {
        it(`${command} in ${language} at ${cols} columns`, async () => {
          const { dir, env, statePath } = home();
          mkdirSync(dirname(statePath), { recursive: true, mode: 0o700 });
          writeFileSync(statePath, JSON.stringify(DONE_STATE), { mode: 0o600 });
          const session = startPty(installed.bin, [command, '--lang', language], env, dir, { cols, rows: 200 });
          expect((await session.exit).exitCode).toBe(0);
          const lines = await renderTerminal(session.raw(), cols, 200);
          expect(lines.length).toBeGreaterThan(5);
          expect(brokenWords(session.raw(), lines)).toEqual([]);
        });
      }
    }
  }
});
