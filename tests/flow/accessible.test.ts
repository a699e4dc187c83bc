import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../helpers/app.js';
import { DONE_STATE as STATE } from '../helpers/states.js';

const MARKS = /[✓✗○◉◐❯✔•↻·]/u;

describe('accessible mode: states in words, no marks', () => {
  it.each([
    ['--accessible', [], {}],
    ['ACCESSIBLE=1', [], { ACCESSIBLE: '1' }],
    ['ACCESSIBLE=yes', [], { ACCESSIBLE: 'yes' }],
    ['TERM=dumb', [], { TERM: 'dumb' }],
  ] as const)('status with %s', async (name, _args, env) => {
    const app = createHarness({ env: { ...env } });
    app.seed(STATE);
    expect(await app.run(['status', ...(name === '--accessible' ? ['--accessible'] : [])])).toBe(0);
    const text = app.terminal.flatText();
    expect(text).toContain('Switch off AI training – done on 20 November 2026 (4 days ago), on the website');
    expect(text).toContain("Object with LinkedIn's form – not confirmed on 21 November 2026");
    expect(text).toContain('Switch off research use – open');
    expect(text).not.toMatch(MARKS);
  });

  it.each([['0'], ['false'], ['']])('ACCESSIBLE=%j leaves it off: the marks are back', async (value) => {
    const app = createHarness({ env: { ACCESSIBLE: value } });
    app.seed(STATE);
    expect(await app.run(['status'])).toBe(0);
    expect(app.terminal.flatText()).toContain('✓ Switch off AI training – done on');
  });

  it('checklist: every step says "done" or "open" in words, in a terminal, in a pipe and in a Markdown file', async () => {
    const app = createHarness({ env: { ACCESSIBLE: '1' }, columns: 60 });
    app.seed(STATE);
    expect(await app.run(['checklist'])).toBe(0);
    const text = app.terminal.text();
    expect(text).toMatch(/ {2}1\. \(done\) At the top right, click your profile photo/);
    expect(text).toMatch(/ {2}3\. \(open\) /);
    expect(text).not.toMatch(MARKS);
    // Continuation lines stay under the step's text.
    for (const line of text.split('\n').filter((candidate) => /^ {2}\d\. /.test(candidate))) expect(line.length).toBeLessThanOrEqual(59);

    const piped = createHarness({ tty: false, env: { ACCESSIBLE: '1', LANG: 'de_DE.UTF-8' } });
    piped.seed(STATE);
    expect(await piped.run(['checklist', '--lang', 'de'])).toBe(0);
    expect(piped.terminal.text()).toContain('  1. (erledigt) Klicken Sie oben rechts auf Ihr Profilbild');
    expect(piped.terminal.text()).not.toMatch(MARKS);
    expect(piped.terminal.text()).toContain('Sprache: Deutsch; Über die Website; Region: EU oder EWR');

    const markdown = createHarness({ tty: false, env: { ACCESSIBLE: '1' } });
    markdown.seed(STATE);
    expect(await markdown.run(['checklist', '--format', 'markdown'])).toBe(0);
    expect(markdown.terminal.text()).toContain('## Switch off AI training – done on 20 November 2026');
  });

  it('reset asks yes or no as j/n in German; "n" keeps, "j" deletes', async () => {
    const app = createHarness({ env: { LANG: 'de_DE.UTF-8', ACCESSIBLE: '1' } });
    app.seed(STATE);
    const keep = app.run(['reset']);
    await app.terminal.waitFor('(Eingabetaste allein: n):');
    app.terminal.type('n\n');
    expect(await keep).toBe(0);
    expect(app.terminal.text()).toContain('Es wurde nichts verändert.');
    const remove = app.run(['reset']);
    app.terminal.mark();
    await app.terminal.waitFor('(Eingabetaste allein: n):');
    app.terminal.type('j\n');
    expect(await remove).toBe(0);
    expect(existsSync(app.statePath)).toBe(false);
  });

  it('the objection text asks for name and e-mail as plain lines', async () => {
    const app = createHarness({ env: { LANG: 'en_GB.UTF-8' } });
    const run = app.run(['objection', '--accessible']);
    await app.terminal.waitFor(/name[^\n]*: $/i);
    app.terminal.type('Ada Lovelace\n');
    await app.terminal.waitFor(/e-mail[^\n]*: $/i);
    app.terminal.type('\n');
    await app.terminal.waitFor(/reasons[^\n]*: $/i);
    app.terminal.type('\n');
    expect(await run).toBe(0);
    expect(app.terminal.text()).toContain('Ada Lovelace');
    expect(app.terminal.raw()).not.toContain('\u001B[?25l');
  });
});

describe('the link for the phone in accessible mode', () => {
  it('is given as text, never as a QR code of block characters', async () => {
    const app = createHarness({ env: { ACCESSIBLE: '1' } });
    const run = app.run(['--lang', 'it', '--platform', 'app', '--region', 'eu']);
    // The plan: Enter takes "all"; then the first step of the AI switch offers the link first.
    await app.terminal.waitFor(/\(solo Invio: 1\): $/);
    app.terminal.type('\n');
    await app.terminal.waitFor(/Mostrare il link da aprire sul telefono[\s\S]*\(solo Invio: 1\): $/);
    app.terminal.mark();
    app.terminal.type('\n');
    await app.terminal.waitFor('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
    expect(app.terminal.sinceMark()).toContain('Apra questo link sul telefono');
    expect(app.terminal.sinceMark()).not.toMatch(/[█▀▄]/);
    // Then the check at the setting; 5 stops for now.
    await app.terminal.waitFor(/5\. Interrompere per ora[\s\S]*\(solo Invio: 1\): $/);
    app.terminal.type('5\n');
    expect(await run).toBe(0);
  });
});

/** Waits for a numbered question and answers it with the number of the answer that starts with `answer`. */
async function pick(app: ReturnType<typeof createHarness>, question: string, answer: string): Promise<void> {
  await app.terminal.waitFor(new RegExp(`${question}[\\s\\S]*\\(Enter alone: \\d\\): $`));
  const number = new RegExp(`^(\\d+)\\. ${answer}`, 'm').exec(app.terminal.sinceMark())?.[1];
  if (number === undefined) throw new Error(`No answer “${answer}” at ${question}:\n${app.terminal.sinceMark()}`);
  app.terminal.mark();
  app.terminal.type(`${number}\n`);
}

describe('the guide in accessible mode, walked to a confirmation', () => {
  it('What was saved, in words, with no mark anywhere on the way', async () => {
    const app = createHarness({ env: { ACCESSIBLE: '1' } });
    const run = app.run(['--lang', 'en', '--platform', 'web', '--region', 'eu']);
    await pick(app, 'How would you like to go on\\?', 'Do all that apply');
    await pick(app, 'Open “Data for Generative AI Improvement” directly', 'Open it in the browser');
    await pick(app, 'Does it read “Off” now\\?', 'Yes, it reads');
    await pick(app, 'Open “Social, economic, and workplace research” directly', 'Stop for now');
    expect(await run).toBe(0);
    const text = app.terminal.text();
    // Right after the question's line (the typed answer is not echoed here), with nothing before it.
    expect(text).toMatch(/(?:^|\(Enter alone: 1\): )Saved for “Switch off AI training”: it read “Off” on 24 November 2026, 10:30\.$/m);
    expect(text).not.toMatch(MARKS);
    expect((app.state() as { guides: Record<string, { verification?: { result: string } }> }).guides['generative-ai']?.verification?.result).toBe('yes');
  });
});
