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
    // The summary first, where it is heard before anything scrolls; asides without brackets; no path.
    expect(text).toMatch(/^Done: 1 of 3\. Not done yet: 1 not confirmed, 1 open\. Switch off AI training/);
    expect(text).toContain('Switch off AI training – done on 20 November 2026, 4 days ago, on the website');
    expect(text).toContain("Object with LinkedIn's form – not confirmed on 21 November 2026");
    expect(text).toContain('Switch off research use – open');
    expect(text).not.toMatch(MARKS);
    expect(text).not.toContain(app.statePath);
    expect(text).not.toMatch(/[()]/);
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
    const text = app.terminal.flatText();
    // In a terminal: the summary first, then a section per guide, each step one line with its state.
    expect(text).toMatch(
      /^LinkedIn: no AI training on your data – checklist Done: 1 of 3\. Still to do: Switch off research use; Object with LinkedIn's form\./,
    );
    expect(text).toContain('Guide 1 of 3: Switch off AI training – done on 20 November 2026');
    expect(text).toMatch(/1\) done: At the top right, click your profile photo/);
    expect(text).toMatch(/Guide 2 of 3: Switch off research use – open 1\) open: /);
    expect(text).not.toMatch(MARKS);
    // No address (read aloud, noise): the last lines say how to get them, and the summary again.
    expect(text).not.toContain('https://');
    expect(text).toMatch(/the same command with --format markdown\. Done: 1 of 3\. Still to do: .*\.\s*$/);

    const piped = createHarness({ tty: false, env: { ACCESSIBLE: '1', LANG: 'de_DE.UTF-8' } });
    piped.seed(STATE);
    expect(await piped.run(['checklist', '--lang', 'de'])).toBe(0);
    expect(piped.terminal.text()).toContain('  1. (erledigt) Klicken Sie oben rechts auf Ihr Profilbild');
    expect(piped.terminal.text()).not.toMatch(MARKS);
    expect(piped.terminal.text()).toContain('Sprache: Deutsch; Plattform: Website; Region: EU oder EWR');

    const markdown = createHarness({ tty: false, env: { ACCESSIBLE: '1' } });
    markdown.seed(STATE);
    expect(await markdown.run(['checklist', '--format', 'markdown'])).toBe(0);
    expect(markdown.terminal.text()).toContain('## Switch off AI training – done on 20 November 2026');
  });

  it('reset asks yes or no as j/n in German; "n" keeps, "j" deletes', async () => {
    const app = createHarness({ env: { LANG: 'de_DE.UTF-8', ACCESSIBLE: '1' } });
    app.seed(STATE);
    const keep = app.run(['reset']);
    await app.terminal.waitFor('Eingabetaste allein wählt n:');
    app.terminal.type('n\n');
    expect(await keep).toBe(0);
    expect(app.terminal.text()).toContain('Es wurde nichts verändert.');
    const remove = app.run(['reset']);
    app.terminal.mark();
    await app.terminal.waitFor('Eingabetaste allein wählt n:');
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

describe('answers typed ahead in accessible mode', () => {
  it('are kept when the guide switches to the language chosen at the first question', async () => {
    const app = createHarness({ env: { ACCESSIBLE: '1', LANG: 'en_US.UTF-8' } });
    const run = app.run([]);
    await app.terminal.waitFor(/: $/);
    // One paste: the language, then Enter for the platform and the region, asked in German.
    app.terminal.type('deutsch\n\n\n');
    await app.terminal.waitFor('Wie möchten Sie vorgehen?');
    const text = app.terminal.flatText();
    expect(text).toContain('Gewählt: Website, im Browser');
    expect(text).toContain('Gewählt: USA');
    app.terminal.stdin.end();
    expect(await run).toBe(130);
  });
});

describe('the link for the phone in accessible mode', () => {
  it('is given as text, never as a QR code of block characters', async () => {
    const app = createHarness({ env: { ACCESSIBLE: '1' } });
    const run = app.run(['--lang', 'it', '--platform', 'app', '--region', 'eu']);
    // The plan: Enter takes "all"; then the first step of the AI switch offers the link first.
    await app.terminal.waitFor(/Invio = 1: $/);
    app.terminal.type('\n');
    await app.terminal.waitFor(/Mostrare il link da aprire sul telefono[\s\S]*Invio = 1: $/);
    app.terminal.mark();
    app.terminal.type('\n');
    await app.terminal.waitFor('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
    expect(app.terminal.sinceMark()).toContain('Apra questo link sul telefono');
    expect(app.terminal.sinceMark()).not.toMatch(/[█▀▄]/);
    // Then the check at the setting; 5 stops for now.
    await app.terminal.waitFor(/5\) Interrompere per ora[\s\S]*Invio = 1: $/);
    app.terminal.type('5\n');
    expect(await run).toBe(0);
  });
});

describe('the hurried guide for the ear (issue 24): Enter at every question', { timeout: 30_000 }, () => {
  async function hurried(lang: string, columns: number) {
    const app = createHarness({ env: { ACCESSIBLE: '1', LANG: lang }, columns });
    const run = app.run([]);
    let done = false;
    void run.then(() => {
      done = true;
    });
    for (let answers = 0; !done && answers < 20; answers += 1) {
      app.terminal.mark();
      await Promise.race([app.terminal.waitFor(/: $/, 8000), run]);
      if (!done) app.terminal.type('\n');
    }
    expect(await run).toBe(0);
    return app;
  }

  it('German at 40 columns: no line broken by the tool, the address never printed after opening, the plan not numbered, where the person is, what was taken, no blank line', async () => {
    const app = await hurried('de_DE.UTF-8', 40);
    // Runs of spaces are the padding that keeps words whole at the terminal's edge: read as one.
    const text = app.terminal.text().replace(/ {2,}/g, ' ');
    // The browser got the links; the screen did not.
    expect(app.opened()).toHaveLength(3);
    expect(text).not.toContain('https://');
    // Opening says itself what was taken: "Geöffnet." instead of "Gewählt: Im Browser öffnen".
    expect(text.match(/: Geöffnet\.$/gm)).toHaveLength(3);
    expect(text).not.toContain('Gewählt: Im Browser öffnen');
    expect(text).toContain('Sprache, Language, Idioma, Langue, Lingua, Taal, Język');
    expect(text).not.toMatch(/ \/ |LinkedIn-KI-Opt-out|\(/);
    expect(text).toMatch(
      /^Für Sie gelten diese Anleitungen:\nKI-Training abschalten\nNutzung für Forschung abschalten\nMit LinkedIns Formular widersprechen\nWie möchten Sie vorgehen\?$/m,
    );
    expect(text).toMatch(/^Anleitung 1 von 3: KI-Training abschalten$/m);
    expect(text).toMatch(/^Anleitung 3 von 3: Mit LinkedIns Formular widersprechen$/m);
    expect(text.match(/ Gewählt: /g)).toHaveLength(7);
    // A blank line is heard as "blank": none between the blocks.
    expect(app.terminal.text()).not.toMatch(/\n\s*\n/);
    // One line per sentence: the tool never breaks one; at 40 columns the terminal wraps and spaces keep words whole.
    const lines = text.split('\n');
    // What was saved, in words: the day it read "Aus" (the heading above named the setting).
    expect(text).toMatch(/^Gespeichert: Am \d{1,2}\. \p{L}+ \d{4} stand er auf „Aus“\.\nAnleitung 2 von 3: Nutzung für Forschung abschalten$/mu);
    expect(
      app.terminal
        .text()
        .split('\n')
        .some((line) => line.length > 40),
    ).toBe(true);
    expect(text).toMatch(/^LinkedIn trainiert KI, die Inhalte erzeugt, mit Profilen, .*\. Wer das nicht möchte, muss das Training abschalten\.$/mu);
    expect(text).toMatch(/^Offline und ohne Passwort: .*\.\nWo möchten Sie die Einstellungen ändern\?$/mu);
    // Enter at the form is "not sent yet": the run stops there, and the command to go on is said once, last.
    expect(lines.filter((line) => line.includes('linkedin-ki-optout'))).toHaveLength(1);
    expect(text).toMatch(/Fortschritt gespeichert\. Später weitermachen mit: npx linkedin-ki-optout\s*$/);
  });
});
