import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGuide, type Language, type Region } from '../../src/core/catalogue.js';
import { formatDate } from '../../src/core/dates.js';
import { parseMessages, type Messages } from '../../src/core/messages.js';
import { emptyState, markStepDone, markStepsSkipped, recordVerification } from '../../src/core/progress.js';
import { bullet, mark, marked } from '../../src/core/marks.js';
import { header, joinLines, renderChecklistJson, renderChecklistMarkdown, renderChecklistText, type RenderedLine } from '../../src/core/render.js';
import { renderText } from '../../src/core/text.js';
import { wrap, visibleLength } from '../../src/core/wrap.js';
import { colorLevel, createStyle } from '../../src/terminal/style.js';
import { LOCALES_DIR } from '../helpers/app.js';
import { CHECKLIST_NOW, checklistOf } from '../helpers/checklist.js';
import { quoted } from '../helpers/labels.js';

const messages = (language: Language): Messages => parseMessages(readFileSync(join(LOCALES_DIR, `${language}.json`), 'utf8'), `${language}.json`);
const plain = {
  heading: (t: string) => t,
  dim: (t: string) => t,
  ok: (t: string) => t,
  bad: (t: string) => t,
  label: (t: string) => t,
  value: (t: string) => t,
};
const now = CHECKLIST_NOW;
const ai = findGuide('generative-ai')!;
const form = findGuide('objection-form')!;

/** Each rendered line as it is printed into a pipe: its indent, then its text. */
const text = (lines: readonly RenderedLine[]) => joinLines(lines).split('\n');

function checklist(language: Language, region: Region | undefined, state = emptyState()) {
  return checklistOf(state, { language, region });
}

describe('formatDate (date-fns, localized)', () => {
  it.each([
    ['de', 'd. MMMM yyyy', '24. November 2026'],
    ['en', 'MMMM d, yyyy', 'November 24, 2026'],
    ['de', 'MMMM yyyy', 'November 2026'],
  ] as const)('%s %s', (language, pattern, expected) => {
    expect(formatDate('2026-11-24T10:30:00.000Z', pattern, language)).toBe(expected);
  });
  it('reads catalogue months as local dates', () => {
    expect(formatDate('2026-11', 'MMMM yyyy', 'en')).toBe('November 2026');
    expect(formatDate('2025-11-03', 'd. MMMM yyyy', 'de')).toBe('3. November 2025');
  });
});

describe('checklist', () => {
  it('the region decides the guides; without a region every guide says where it applies', () => {
    expect(checklist('en', 'us').guides.map((guide) => guide.id)).toEqual(['generative-ai', 'research-data', 'microsoft-ads']);
    expect(checklist('en', 'eu').guides.map((guide) => guide.id)).toEqual(['generative-ai', 'research-data', 'objection-form']);
    const all = text(renderChecklistText(checklist('en', undefined), messages('en'), plain, { steps: true }));
    expect(all).toContain('  Applies to: EU or EEA; Switzerland; United Kingdom');
    expect(all).toContain(
      'linkedin-ki-optout 1.2.3 · Language: English · On the website · Region: not chosen – every guide is listed · Printed on 24 November 2026',
    );
  });

  it('the header names the language as it is written inside a sentence: lower case where the language writes it so', () => {
    const languageFact = (language: Language) => {
      const m = messages(language);
      return header(checklist(language, 'eu'), m).facts[1]?.replace(m.meta.colon, ': ');
    };
    expect(languageFact('fr')).toBe('Langue: français');
    expect(languageFact('es')).toBe('Idioma: español');
    expect(languageFact('it')).toBe('Lingua: italiano');
    expect(languageFact('pl')).toBe('Język: polski');
    expect(languageFact('pt')).toBe('Idioma: português');
    expect(languageFact('de')).toBe('Sprache: Deutsch');
    expect(languageFact('nl')).toBe('Taal: Nederlands');
    expect(languageFact('en')).toBe('Language: English');
  });

  it('text: every step numbered, done ones ticked, skipped ones marked, the check question and what the instructions rest on', () => {
    let state = markStepDone(emptyState(), ai, 'web', 'settings', now);
    state = markStepsSkipped(state, ai, 'web', ['data-privacy'], now);
    state = recordVerification(state, form, 'web', 'no', now);
    const rendered = renderChecklistText(checklist('de', 'eu', state), messages('de'), plain, { steps: true });
    const lines = text(rendered);
    expect(lines).toContain('○ KI-Training abschalten – begonnen (1 von 4 Schritten erledigt)');
    expect(lines).toContain(`  [✓] 1. Klicken Sie oben rechts auf Ihr Profilbild und dann auf ${quoted('de', 'settingsAndPrivacy')}.`);
    expect(lines).toContain(`  [–] 2. Klicken Sie in der linken Spalte auf ${quoted('de', 'dataPrivacy')}. (übersprungen)`);
    expect(lines).toContain(`  [ ] 4. Stellen Sie den Schalter ${quoted('de', 'aiToggle')} auf ${quoted('de', 'off')}.`);
    expect(lines).toContain(`  Prüfen: Steht der Schalter ${quoted('de', 'aiToggle')} jetzt auf ${quoted('de', 'off')}?`);
    expect(lines).toContain(
      '  Stand der Anleitung: November 2026; Quellen: LinkedIns Hilfeseiten, Datenschutzbehörden und Presse; nicht mit einem echten Konto getestet.',
    );
    expect(lines).toContain('✗ Mit LinkedIns Formular widersprechen – am 24. November 2026 nicht bestätigt');
    // Each line carries its indent: a step's continuation lines hang under its text, not its box.
    expect(rendered.find((line) => line.text.startsWith('Klicken Sie in der linken'))).toMatchObject({ indent: '  [–] 2. ', hanging: ' '.repeat(9) });
    // The facts of §4: used data narrowed, recruiter AI not covered; never "since 2003".
    expect(lines.join('\n')).toContain('irische Datenschutzbehörde');
    expect(lines.join('\n')).toContain('Hiring Assistant');
  });

  it('a sent form waiting for LinkedIn is shown neutrally, with the day it was sent', () => {
    let state = markStepDone(emptyState(), form, 'web', 'send', now);
    state = recordVerification(state, form, 'web', 'waiting', now);
    const lines = text(renderChecklistText(checklist('en', 'eu', state), messages('en'), plain, { steps: false }));
    expect(lines).toContain("◐ Object with LinkedIn's form – waiting for LinkedIn's confirmation; sent on 24 November 2026");
    const json = JSON.parse(renderChecklistJson(checklist('en', 'eu', state))).guides.find((guide: { id: string }) => guide.id === 'objection-form');
    expect(json).toMatchObject({
      standing: 'waiting',
      status: 'waiting',
      reply: 'waiting',
      sentAt: now.toISOString(),
      answer: 'Not yet',
      instructionsAsOf: '2026-11',
    });
  });

  it('summary lines only, for the end of the guide', () => {
    const state = recordVerification(emptyState(), ai, 'web', 'yes', now);
    expect(text(renderChecklistText(checklist('en', 'us', state), messages('en'), plain, { steps: false }))).toEqual([
      '✓ Switch off AI training – done on 24 November 2026',
      '○ Switch off research use – open',
      '○ Stop sharing ad data with Microsoft – open',
    ]);
  });

  it('markdown has a heading per guide and a task per step', () => {
    const lines = renderChecklistMarkdown(checklist('en', 'uk'), messages('en'));
    expect(lines[0]).toBe('# LinkedIn: no AI training on your data – checklist');
    expect(lines).toContain('- Region: United Kingdom');
    expect(lines.filter((line) => line.startsWith('## '))).toHaveLength(4);
    expect(lines.filter((line) => line.startsWith('- [ ] '))).toHaveLength(4 + 4 + 4 + 2);
    // Said where the sources do not settle whether a control applies.
    expect(lines.join('\n')).toContain('For the UK, the sources do not say whether this sharing applies.');
    // The UK note on Microsoft's AI training appears for UK profiles only.
    expect(lines.join('\n')).toContain("for training Microsoft's AI");
    expect(renderChecklistMarkdown(checklist('en', 'eu'), messages('en')).join('\n')).not.toContain('Microsoft');
    // Single-source facts carry their caveat.
    const german = renderChecklistMarkdown(checklist('de', 'eu'), messages('de')).join('\n');
    expect(german).toContain('Die Bezeichnungen stützen sich nur auf eine oder zwei Quellen.');
    expect(german).toContain('Der Direktlink stützt sich nur auf eine Quelle.');
  });

  it('markdown makes links autolinks and leaves dates as they are', () => {
    const text = renderChecklistMarkdown(checklist('en', 'us'), messages('en')).join('\n');
    expect(text).toContain('Since 3 November 2025, outside the EU');
    expect(text).not.toMatch(/<(?!https:\/\/)[^>]*>/);
    expect(text).toContain('<https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners>');
  });

  it('lists are joined as each language writes them: French with a space before the semicolon', () => {
    const french = renderChecklistMarkdown(checklist('fr', undefined), messages('fr')).join('\n');
    expect(french).toContain('\u00a0; ');
    expect(french).not.toMatch(/[^\u00a0]; /);
    expect(renderChecklistMarkdown(checklist('en', undefined), messages('en')).join('\n')).toMatch(/[a-z]; [A-Z]/);
  });

  it('json round-trips and holds no account data', () => {
    const json = renderChecklistJson(checklist('en', 'eu'));
    // The model as it is, with schema 2's `status` and `reply` (derived from `standing`) in their places.
    const model = JSON.parse(JSON.stringify(checklist('en', 'eu')));
    const published = { ...model, guides: model.guides.map((guide: object) => ({ ...guide, status: 'open', reply: null })) };
    expect(JSON.parse(json)).toEqual(published);
    expect(Object.keys(JSON.parse(json).guides[0]).slice(4, 7)).toEqual(['appliesTo', 'status', 'standing']);
    // Texts are plain strings in JSON: the model carries which parts are labels, not how they look.
    expect(JSON.parse(json).guides[0].steps[0].text).toBe(
      `At the top right, click your profile photo (${quoted('en', 'me')}), then ${quoted('en', 'settingsAndPrivacy')}.`,
    );
    expect(json).not.toMatch(/password|e-mail address of|@[a-z]+\.[a-z]/i);
  });
});

describe('text receipt, line for line', () => {
  const aiLines = (check: string) => [
    `  The setting ${quoted('en', 'aiSetting')} decides whether LinkedIn and its affiliates may train AI models that generate content (such as suggested posts and messages) on your data. It is on unless you switch it off.`,
    '  Switching it off works from now on: what was already used stays in the models.',
    "  LinkedIn's recruiter AI (Hiring Assistant) still uses what your profile shows; showing fewer details and the objection form may limit that.",
    '  After the Irish data-protection authority stepped in (November 2025), LinkedIn agreed to use less data from a shorter time span; the new span was not published.',
    check,
  ];
  const asOf = "  Instructions as of November 2026, from LinkedIn's help pages, data-protection authorities and the press; not tested on a live account.";

  it('website, EU, marks on: header, a blank line after each guide, no "Applies to", the record, the other platform last', () => {
    const state = markStepDone(emptyState(), form, 'web', 'send', new Date('2026-11-10T08:00:00.000Z'));
    const rendered = renderChecklistText(checklistOf(state, { guides: [ai, form] }), messages('en'), plain, { steps: true });
    expect(text(rendered)).toEqual([
      'LinkedIn: no AI training on your data – checklist',
      'linkedin-ki-optout 1.2.3 · Language: English · On the website · Region: EU or EEA · Printed on 24 November 2026',
      '',
      '○ Switch off AI training – open',
      ...aiLines('  Direct link: https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement'),
      `  [ ] 1. At the top right, click your profile photo (${quoted('en', 'me')}), then ${quoted('en', 'settingsAndPrivacy')}.`,
      `  [ ] 2. In the left column, click ${quoted('en', 'dataPrivacy')}.`,
      `  [ ] 3. In the first group, ${quoted('en', 'howLinkedInUsesData')}, click its last item, ${quoted('en', 'aiSetting')}.`,
      `  [ ] 4. Set ${quoted('en', 'aiToggle')} to ${quoted('en', 'off')}.`,
      `  Check: Does ${quoted('en', 'aiToggle')} read ${quoted('en', 'off')} now?`,
      asOf,
      '',
      "◐ Object with LinkedIn's form – waiting for LinkedIn's confirmation; sent on 10 November 2026",
      `  In the EU, EEA, Switzerland and the UK you can object under Article 21 GDPR with LinkedIn's form ${quoted('en', 'formName')}. It has an option of its own for AI that generates content; the text this tool offers adds the models the switch does not cover (personalisation, security, anti-abuse).`,
      '  An objection works only from now on. Two sources report that LinkedIn confirms by e-mail.',
      "  LinkedIn's exact words for the option for AI that generates content are not known.",
      '  Direct link: https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
      `  [ ] 1. Open LinkedIn's form ${quoted('en', 'formName')}.`,
      '  [✓] 2. In the form, choose the option for AI that generates content, paste the text if you like, tick the confirmation box and send.',
      "  Check: Has LinkedIn's confirmation e-mail arrived?",
      '  Form sent on 10 November 2026.',
      '  LinkedIn has a month to answer; if no confirmation arrives, a follow-up is due on 10 December 2026.',
      asOf,
      '',
      'For the app instead, add --platform app.',
    ]);
    // A guide's line is not indented, but its continuation lines hang under its title, past the mark.
    expect(rendered[3]).toEqual({ indent: '', text: '○ Switch off AI training – open', hanging: '  ' });
  });

  it('app, no region, marks off (accessible): facts as a list, words instead of marks, where each guide applies, the website last', () => {
    let state = recordVerification(emptyState(), ai, 'app', 'no', now);
    state = markStepsSkipped(state, ai, 'app', ['data-privacy'], now);
    const model = checklistOf(state, { guides: [ai], platform: 'app', region: undefined });
    expect(text(renderChecklistText(model, messages('en'), { ...plain, marks: false }, { steps: true }))).toEqual([
      'LinkedIn: no AI training on your data – checklist',
      'linkedin-ki-optout 1.2.3; Language: English; On the app; Region: not chosen – every guide is listed; Printed on 24 November 2026',
      '',
      'Switch off AI training – not confirmed on 24 November 2026',
      ...aiLines('  Applies to: EU or EEA; Switzerland; United Kingdom; United States; Elsewhere'),
      '  Direct link: https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
      `  1. (open) Tap your profile photo at the top left, then ${quoted('en', 'settings')} at the bottom of the side menu.`,
      `  2. (skipped) Tap ${quoted('en', 'dataPrivacy')}.`,
      `  3. (open) In the group ${quoted('en', 'howLinkedInUsesData')}, tap ${quoted('en', 'aiSetting')}.`,
      `  4. (open) Set ${quoted('en', 'aiToggle')} to ${quoted('en', 'off')}.`,
      `  Check: Does ${quoted('en', 'aiToggle')} read ${quoted('en', 'off')} now?`,
      '  Saved on 24 November 2026: No',
      asOf,
      '',
      'For the website instead, add --platform web.',
    ]);
  });

  it('a preview language says so under the facts, followed by a blank line', () => {
    const lines = text(renderChecklistText(checklistOf(emptyState(), { guides: [ai], language: 'it' }), messages('it'), plain, { steps: true }));
    expect(lines.slice(2, 6)).toEqual([
      '',
      "Versione in anteprima: sul Suo schermo alcune voci potrebbero avere un altro nome. La via più sicura è il link diretto all'impostazione, proposto per primo.",
      '',
      "○ Disattivare l'uso per l'IA – da fare",
    ]);
  });

  it('after a colon, French lowers a one-word answer ("Non") as well as the first word of a longer one', () => {
    const answered = (guide: typeof ai, result: 'no' | 'yes') =>
      text(
        renderChecklistText(
          checklistOf(recordVerification(emptyState(), guide, 'web', result, now), { guides: [guide], language: 'fr' }),
          messages('fr'),
          plain,
          {
            steps: true,
          },
        ),
      );
    expect(answered(ai, 'no')).toContain('  Enregistré le 24 novembre 2026\u00a0: non');
    expect(answered(ai, 'yes')).toContain('  Enregistré le 24 novembre 2026\u00a0: oui');
    expect(answered(form, 'yes')).toContain('  Enregistré le 24 novembre 2026\u00a0: oui, il est arrivé');
  });

  it('after a colon, Spanish lowers the first word after its opening ¿ ("Comprobación: ¿el interruptor …?")', () => {
    const lines = text(renderChecklistText(checklistOf(emptyState(), { guides: [ai], language: 'es' }), messages('es'), plain, { steps: true }));
    expect(lines).toContain('  Comprobación: ¿el interruptor de la IA generativa aparece ahora desactivado?');
  });
});

describe('marks and bullets', () => {
  it('with marks on, a mark before the text and a bullet before an item; with marks off (accessible mode) the text and the indent alone', () => {
    expect(marked({}, 'completed', 'Saved.')).toBe('✔ Saved.');
    expect(marked({ ...plain, marks: true }, 'completed', 'Saved.')).toBe('✔ Saved.');
    expect(marked({ ...plain, marks: true }, 'completed', 'Saved.', (sign) => `<${sign}>`)).toBe('<✔> Saved.');
    expect(marked({ ...plain, marks: false }, 'completed', 'Saved.')).toBe('Saved.');
    expect(bullet({})).toBe('  • ');
    expect(bullet({}, 'recheck')).toBe('  ↻ ');
    expect(bullet({ ...plain, marks: false })).toBe('  ');
    expect(bullet({ ...plain, marks: false }, 'recheck')).toBe('  ');
  });

  it('one mark for each state of a guide, and none at all in accessible mode', () => {
    const states = ['done', 'waiting', 'unresolved', 'in-progress', 'open'] as const;
    expect(states.map((state) => mark({}, state))).toEqual(['✓', '◐', '✗', '○', '○']);
    for (const kind of [...states, 'completed', 'step-skipped', 'recheck', 'bullet', 'separator', 'checked', 'unchecked'] as const) {
      expect(mark({ marks: false }, kind), kind).toBe('');
    }
  });
});

describe('the model carries no presentation', () => {
  it('each renderer decorates labels and links its own way', () => {
    const model = checklist('en', 'eu');
    const colour = { ...plain, label: (t: string) => `[${t}]` };
    expect(text(renderChecklistText(model, messages('en'), colour, { steps: true }))).toContain(
      `  [ ] 2. In the left column, click [${quoted('en', 'dataPrivacy')}].`,
    );
    expect(renderChecklistMarkdown(model, messages('en'))).toContain(`- [ ] 2. In the left column, click **${quoted('en', 'dataPrivacy')}**.`);
    expect(String(model.guides[0]!.steps[1]!.text)).toBe(`In the left column, click ${quoted('en', 'dataPrivacy')}.`);
  });
});

describe('hanging indents with colour on', () => {
  it('a ticked step keeps its continuation lines under its text, not pushed right by the colour codes', () => {
    const state = markStepDone(emptyState(), ai, 'web', 'settings', now);
    const style = { ...createStyle(colorLevel({ color: true, env: { TERM: 'xterm-256color' }, isTTY: true })), marks: true };
    const lines = renderChecklistText(checklist('de', 'eu', state), messages('de'), style, { steps: true });
    const ticked = lines.find((entry) => entry.indent.includes('✓'));
    expect(ticked).toBeDefined();
    expect(ticked!.indent).toContain('\u001b[');
    expect(ticked!.hanging).toBe(' '.repeat(visibleLength(ticked!.indent)));
    expect(ticked!.hanging).toBe(' '.repeat('  [✓] 1. '.length));
  });
});

describe('renderText', () => {
  it('quotes and highlights labels, puts in values, leaves unknown placeholders visible', () => {
    const decoration = { label: (t: string) => `<${t}>`, value: (t: string) => `[${t}]` };
    expect(renderText('Click {a} at {link} {missing}', messages('de').meta, decoration, { a: 'Datenschutz' }, { link: 'https://x' })).toBe(
      'Click <„Datenschutz“> at [https://x] {missing}',
    );
  });
});

describe('wrap', () => {
  it('wraps at word boundaries, keeps long links whole, indents continuation lines', () => {
    const link = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';
    expect(wrap(`Open the setting directly: ${link} now`, 30, '  • ', '    ')).toEqual(['  • Open the setting directly:', `    ${link}`, '    now']);
  });
  it('keeps dates, counts and short commands together', () => {
    expect(wrap('Gespeichert: abgeschaltet am 3. November 2025, 15:42 Uhr.', 34)).toEqual(['Gespeichert: abgeschaltet am', '3. November 2025, 15:42 Uhr.']);
    // Seen at 40 columns: a date right after a word starts its own unit.
    expect(wrap('✔ Gespeichert: 25. November 2026, 16:08 Uhr.', 39)).toEqual(['✔ Gespeichert:', '25. November 2026, 16:08 Uhr.']);
    expect(wrap('Saved on November 3, 2025, 3:42 PM.', 28)).toEqual(['Saved on', 'November 3, 2025, 3:42 PM.']);
    expect(wrap('To continue later: npx linkedin-ki-optout', 30)).toEqual(['To continue later:', 'npx linkedin-ki-optout']);
    expect(wrap('Weitermachen mit: npm start --', 20)).toEqual(['Weitermachen mit:', 'npm start --']);
    // A unit wider than a line is broken at its spaces after all.
    expect(wrap('am 3. November 2025', 8)).toEqual(['am 3.', 'November', '2025']);
  });
  it('keeps a whole command on one line when it fits, up to the word that ends its clause', () => {
    const command = 'npx file:/tmp/tool.tgz checklist --format markdown --output linkedin-ki-optout.md';
    // Seen in French at 120 columns: the file name alone on the next line, so a copied command lost it.
    expect(wrap(`Pour en garder une trace : ${command}`, 99)).toEqual(['Pour en garder une trace :', command]);
    expect(wrap(`Run ${command}. Then close the window.`, 99)).toEqual([`Run ${command}. Then close`, 'the window.']);
    expect(wrap(`Run ${command}. Then close the window.`, 84)).toEqual(['Run', `${command}.`, 'Then close the window.']);
    expect(wrap('Run npx linkedin-ki-optout status, then come back to this later today', 40)).toEqual([
      'Run npx linkedin-ki-optout status, then',
      'come back to this later today',
    ]);
    expect(wrap('Führen Sie npm start -- checklist aus, wenn Sie mögen', 36)).toEqual(['Führen Sie', 'npm start -- checklist aus, wenn Sie', 'mögen']);
    expect(wrap('Or: node bin/linkedin-ki-optout.cjs reminder', 42)).toEqual(['Or:', 'node bin/linkedin-ki-optout.cjs reminder']);
    // Wider than a line, a command is broken at its spaces after all.
    expect(wrap('Or: node bin/linkedin-ki-optout.cjs reminder', 30)).toEqual(['Or: node', 'bin/linkedin-ki-optout.cjs', 'reminder']);
    // The tool by its path, as it is named when installed into a project.
    const installed = '/home/anna/projects/linkedin/node_modules/.bin/linkedin-ki-optout';
    expect(wrap(`Nachweis zum Aufbewahren: ${installed} checklist --format markdown`, 99)).toEqual([
      'Nachweis zum Aufbewahren:',
      `${installed} checklist --format markdown`,
    ]);
    // Words that only look like one are not commands.
    expect(wrap('npxs and npm-like words wrap as any other', 12)).toEqual(['npxs and', 'npm-like', 'words wrap', 'as any other']);
    expect(wrap('Please use npxs and more', 16)).toEqual(['Please use npxs', 'and more']);
    expect(wrap('Please use xnode and more', 17)).toEqual(['Please use xnode', 'and more']);
    expect(wrap('Please use npx and more', 16)).toEqual(['Please use', 'npx and more']);
  });
  it('a unit exactly as wide as the line stays whole; one wider than the line after the indent is broken', () => {
    expect(wrap('Go npx ab cd', 9)).toEqual(['Go', 'npx ab cd']);
    expect(wrap('Go npx ab cd ef', 14, '', '    ')).toEqual(['Go npx ab cd', '    ef']);
  });
  it('only whole numbers and German days join the next word; a number joins the word before it', () => {
    expect(wrap('Das war vor 123 Tagen', 12)).toEqual(['Das war vor', '123 Tagen']);
    expect(wrap('Gilt nach PSD2 und DSGVO', 14)).toEqual(['Gilt nach PSD2', 'und DSGVO']);
    expect(wrap('Es gilt 2025x bald', 12)).toEqual(['Es', 'gilt 2025x', 'bald']);
    expect(wrap('Es dauert etwa 3.5 Stunden', 15)).toEqual(['Es dauert', 'etwa 3.5', 'Stunden']);
    expect(wrap('Die Datei file2 ist da', 12)).toEqual(['Die Datei', 'file2 ist da']);
  });
  it('measures visible width, not escape codes', () => {
    const red = createStyle(1).bad('word');
    expect(visibleLength(red)).toBe(4);
    expect(wrap(`${red} ${red} ${red}`, 10)).toEqual([`${red} ${red}`, red]);
  });
});

describe('colorLevel', () => {
  it.each([
    [{ color: true, env: {}, isTTY: true }, 1],
    [{ color: true, env: { TERM: 'xterm-256color' }, isTTY: true }, 2],
    [{ color: true, env: { TERM: 'xterm' }, isTTY: true }, 1],
    [{ color: true, env: {}, isTTY: false }, 0],
    [{ color: true, env: { NO_COLOR: '1' }, isTTY: true }, 0],
    [{ color: true, env: { NO_COLOR: '' }, isTTY: true }, 1],
    // Any non-empty value (no-color.org), not only "1": "0" and "false" too.
    [{ color: true, env: { NO_COLOR: 'true' }, isTTY: true }, 0],
    [{ color: true, env: { NO_COLOR: '0' }, isTTY: true }, 0],
    [{ color: true, env: { NO_COLOR: 'false' }, isTTY: true }, 0],
    [{ color: true, env: { NO_COLOR: '1', COLORTERM: 'truecolor' }, isTTY: true }, 0],
    [{ color: true, env: { COLORTERM: 'truecolor' }, isTTY: true }, 3],
    [{ color: true, env: { COLORTERM: '24bit' }, isTTY: true }, 3],
    [{ color: true, env: { FORCE_COLOR: 'false' }, isTTY: true }, 0],
    [{ color: true, env: { FORCE_COLOR: '2' }, isTTY: false }, 2],
    [{ color: true, env: { FORCE_COLOR: '' }, isTTY: false }, 1],
    [{ color: true, env: { TERM: 'dumb' }, isTTY: true }, 0],
    [{ color: false, env: { FORCE_COLOR: '1' }, isTTY: true }, 0],
    [{ color: true, env: { FORCE_COLOR: '1', NO_COLOR: '1' }, isTTY: false }, 1],
    [{ color: true, env: { FORCE_COLOR: '3' }, isTTY: false }, 3],
    [{ color: true, env: { FORCE_COLOR: '0' }, isTTY: true }, 0],
  ] as const)('%j → %i', (options, level) => {
    expect(colorLevel(options)).toBe(level);
  });
  it('level 0 produces no escape codes at all', () => {
    const style = createStyle(0);
    expect([style.label('a'), style.heading('b'), style.ok('c'), style.dim('d')].join('')).toBe('abcd');
    const names = ['label', 'value', 'heading', 'dim', 'bold', 'ok', 'bad', 'warn', 'accent'] as const;
    expect(names.map((name) => style[name](name))).toEqual(names);
  });
  it('with colour, each style is its own', () => {
    const style = createStyle(1);
    const esc = (open: number, close: number, text: string) => `\u001B[${open}m${text}\u001B[${close}m`;
    expect(style.label('a')).toBe(esc(1, 22, esc(36, 39, 'a')));
    expect(style.value('a')).toBe(esc(4, 24, 'a'));
    expect(style.heading('a')).toBe(esc(1, 22, 'a'));
    expect(style.bold('a')).toBe(esc(1, 22, 'a'));
    expect(style.dim('a')).toBe(esc(2, 22, 'a'));
    expect(style.ok('a')).toBe(esc(32, 39, 'a'));
    expect(style.bad('a')).toBe(esc(31, 39, 'a'));
    expect(style.warn('a')).toBe(esc(33, 39, 'a'));
    expect(style.accent('a')).toBe(esc(36, 39, 'a'));
  });
});
