import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';

// Every question of a complete German run on the website for the EU (Enter at every default), in
// order: what it shows, and how many steps are recorded (done or skipped) once it has been answered.
const PROMPTS: [string, number][] = [
  ['Sprache / Language', 0],
  ['Wo möchten Sie die Einstellungen ändern?', 0],
  ['Wo befindet sich Ihr LinkedIn-Profil?', 0],
  ['Wie möchten Sie vorgehen?', 0],
  ['Öffnen Sie „Daten zur Verbesserung generativer KI“ direkt', 3],
  ['Steht er jetzt auf „Aus“?', 4],
  ['Öffnen Sie „Sozial-, Wirtschafts- und Arbeitsplatzforschung“ direkt', 7],
  ['Stellen Sie den Schalter auf „Aus“.', 8],
  ['Öffnen Sie LinkedIns Formular', 9],
  ['Wählen Sie im Formular', 10],
];

function stepsRecorded(state: unknown): number {
  const guides = (state as { guides?: Record<string, { steps: object }> } | undefined)?.guides ?? {};
  return Object.values(guides).reduce((total, guide) => total + Object.keys(guide.steps).length, 0);
}

describe('Ctrl+C at every question of the guide', () => {
  it.each(PROMPTS.map((prompt, index) => [index, prompt[0]] as const))(
    'question %i (%s): exit 130, one line, everything answered before it kept',
    async (index) => {
      const app = createHarness({ env: { LANG: 'de_DE.UTF-8' } });
      const exit = app.run([]);
      for (const [text] of PROMPTS.slice(0, index)) await app.terminal.answer(text);
      await app.terminal.cancelAt(PROMPTS[index]![0]);
      expect(await exit).toBe(130);
      expect(app.stderr().trim().split('\n')).toHaveLength(1);
      // Saved progress is mentioned only once this run has saved some (after the first three answers),
      // in one line that fits 80 columns.
      const line = index < 3 ? 'Abgebrochen.' : 'Abgebrochen. Fortschritt gespeichert. Weiter mit: npx linkedin-ki-optout';
      expect(app.stderr()).toBe(`${line}\n`);
      expect(line.length).toBeLessThan(80);
      const expected = index === 0 ? 0 : PROMPTS[index - 1]![1];
      expect(stepsRecorded(app.state())).toBe(expected);
      if (index > 2) expect(app.state()).toMatchObject({ settings: { language: 'de', platform: 'web', region: 'eu' } });
      if (index > 3) expect(app.state()).toMatchObject({ settings: { selected: ['generative-ai', 'research-data', 'objection-form'] } });
      if (index > 5) expect(app.state()).toMatchObject({ guides: { 'generative-ai': { verification: { result: 'yes' } } } });
      // Nothing half-written is left behind: no temporary file, no lock.
      if (app.state() !== undefined) expect(readdirSync(dirname(app.statePath))).toEqual(['progress.json']);
      // The record holds no account data: no e-mail address, no password, no name.
      if (app.state() !== undefined) expect(readFileSync(app.statePath, 'utf8')).not.toMatch(/@|password|passwort/i);
    },
  );
});

describe('the terminal gone at a question (EIO)', () => {
  const eio = (syscall: string) => Object.assign(new Error(`${syscall} EIO`), { code: 'EIO', errno: -5, syscall });

  it('setRawMode failing with EIO: exit 129, no stack trace', async () => {
    const app = createHarness();
    app.terminal.stdin.setRawMode = () => {
      throw eio('setRawMode');
    };
    expect(await app.run(['--lang', 'en', '--platform', 'web', '--region', 'us'])).toBe(129);
    expect(app.stderr()).not.toMatch(/at .*\.ts|Unexpected|EIO/);
  });
});
