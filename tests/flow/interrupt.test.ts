import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';

// Every question of a complete German run on the website for the EU, in order: what it shows, and
// how many steps are recorded once it has been answered.
const PROMPTS: [string, number][] = [
  ['Sprache / Language', 0],
  ['Wo möchten Sie die Einstellung ändern?', 0],
  ['Wo befindet sich Ihr LinkedIn-Profil?', 0],
  ['Was möchten Sie jetzt erledigen?', 0],
  ['Schritt 1 von 6', 1],
  ['Schritt 2 von 6', 2],
  ['Schritt 3 von 6', 3],
  ['Schritt 4 von 6', 4],
  ['Schritt 5 von 6', 5],
  ['Schritt 6 von 6', 6],
  ['Steht der Schalter', 6],
  ['Schritt 1 von 3', 7],
  ['Schritt 2 von 3', 8],
  ['Schritt 3 von 3', 9],
  ['Ist LinkedIns Bestätigungs-E-Mail angekommen?', 9],
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
      const line = index < 3 ? 'Abgebrochen.' : 'Abgebrochen. Ihr Fortschritt ist gespeichert. Weiter: npx linkedin-ki-optout';
      expect(app.stderr()).toBe(`${line}\n`);
      expect(line.length).toBeLessThan(80);
      const expected = index === 0 ? 0 : PROMPTS[index - 1]![1];
      expect(stepsRecorded(app.state())).toBe(expected);
      if (index > 2) expect(app.state()).toMatchObject({ settings: { language: 'de', platform: 'web', region: 'eu' } });
      if (index > 3) expect(app.state()).toMatchObject({ settings: { selected: ['generative-ai', 'objection-form', 'research-data'] } });
      if (index > 10) expect(app.state()).toMatchObject({ guides: { 'generative-ai': { verification: { result: 'yes' } } } });
      // Nothing half-written is left behind: no temporary file, no lock.
      if (app.state() !== undefined) expect(readdirSync(dirname(app.statePath))).toEqual(['progress.json']);
      // The record holds no account data: no e-mail address, no password, no name.
      if (app.state() !== undefined) expect(readFileSync(app.statePath, 'utf8')).not.toMatch(/@|password|passwort/i);
    },
  );
});
