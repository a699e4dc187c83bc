// The Markdown receipt line for line, for one guide with a sent objection; clock pinned.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { findGuide } from '../../src/core/catalogue.js';
import { parseMessages } from '../../src/core/messages.js';
import { emptyState, markStepDone, markStepsSkipped, recordVerification } from '../../src/core/progress.js';
import { renderChecklistMarkdown } from '../../src/core/render.js';
import { richText } from '../../src/core/text.js';
import { LOCALES_DIR } from '../helpers/app.js';
import { CHECKLIST_NOW, checklistOf } from '../helpers/checklist.js';
import { quoted } from '../helpers/labels.js';

const messages = (language: 'en' | 'it') => parseMessages(readFileSync(join(LOCALES_DIR, `${language}.json`), 'utf8'), `${language}.json`);

it('markdown: header facts, a heading with mark and status, blank lines between blocks, bold labels, autolinks, the record and the sources', () => {
  const en = messages('en');
  const form = findGuide('objection-form')!;
  const state = markStepDone(emptyState(), form, 'web', 'send', new Date('2026-11-10T08:00:00.000Z'));
  const checklist = checklistOf(state, { guides: [form] });
  expect(renderChecklistMarkdown(checklist, en)).toEqual([
    '# LinkedIn: no AI training on your data – checklist',
    '',
    '- linkedin-ki-optout 1.2.3',
    '- Language: English',
    '- On the website',
    '- Region: EU or EEA',
    '- Printed on 24 November 2026',
    '',
    "## ◐ Object with LinkedIn's form – waiting for LinkedIn's confirmation; sent on 10 November 2026",
    '',
    `In the EU, EEA, Switzerland and the UK you can object under Article 21 GDPR with LinkedIn's form **${quoted('en', 'formName')}**. It has an option of its own for AI that generates content; the text this tool offers adds the models the switch does not cover (personalisation, security, anti-abuse).`,
    '',
    'An objection works only from now on. Two sources report that LinkedIn confirms by e-mail.',
    '',
    "LinkedIn's exact words for the option for AI that generates content are not known.",
    '',
    'Direct link: <https://www.linkedin.com/help/linkedin/ask/TS-DPRO>',
    '',
    `- [ ] 1. Open LinkedIn's form **${quoted('en', 'formName')}**.`,
    '- [x] 2. In the form, choose the option for AI that generates content, paste the text if you like, tick the confirmation box and send.',
    '',
    "**Check:** Has LinkedIn's confirmation e-mail arrived?",
    '',
    '- Form sent on 10 November 2026.',
    '- LinkedIn has a month to answer; if no confirmation arrives, a follow-up is due on 10 December 2026.',
    '- Links: <https://www.linkedin.com/help/linkedin/ask/TS-DPRO>, <https://www.linkedin.com/help/linkedin/answer/a5538339>',
    '',
    "_Instructions as of November 2026, from LinkedIn's help pages, data-protection authorities and the press; not tested on a live account._",
    '',
  ]);
});

it('markdown without a region, in a preview language, on the app: the preview quoted, where the guide applies, a skipped step marked, the answer lowered after the colon', () => {
  const ai = findGuide('generative-ai')!;
  let state = recordVerification(emptyState(), ai, 'app', 'no', CHECKLIST_NOW);
  state = markStepsSkipped(state, ai, 'app', ['data-privacy'], CHECKLIST_NOW);
  const checklist = checklistOf(state, { guides: [ai], language: 'it', platform: 'app', region: undefined });
  expect(renderChecklistMarkdown(checklist, messages('it'))).toEqual([
    "# LinkedIn: niente addestramento dell'IA con i Suoi dati – checklist",
    '',
    '- linkedin-ki-optout 1.2.3',
    '- Lingua: italiano',
    '- Piattaforma: app',
    '- Area: non scelta – sono elencate tutte le guide',
    '- Data di stampa: 24 novembre 2026',
    '',
    "> Versione in anteprima: sul Suo schermo alcune voci potrebbero avere un altro nome. La via più sicura è il link diretto all'impostazione, proposto per primo.",
    '',
    "## ✗ Disattivare l'uso per l'IA – non confermato il 24 novembre 2026",
    '',
    `L'impostazione **${quoted('it', 'aiSetting')}** stabilisce se LinkedIn e le sue società affiliate possono usare i Suoi dati per addestrare modelli di IA che generano contenuti (ad esempio suggerimenti per post e messaggi). Resta attiva finché Lei non la disattiva.`,
    '',
    'La disattivazione vale da ora in poi: ciò che è già stato usato resta nei modelli.',
    '',
    "L'IA di LinkedIn per la selezione del personale (Hiring Assistant) usa comunque ciò che il Suo profilo mostra; un profilo meno dettagliato e il modulo di opposizione possono limitarne l'uso.",
    '',
    "Dopo l'intervento dell'autorità irlandese per la protezione dei dati (novembre 2025), LinkedIn ha accettato di usare meno dati, relativi a un periodo più breve, che non è stato reso noto.",
    '',
    'Vale per: UE o SEE; Svizzera; Regno Unito; Stati Uniti; Altrove',
    '',
    'Link diretto: <https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement>',
    '',
    "- [ ] 1. Tocchi la Sua foto del profilo in alto a sinistra, poi le impostazioni (l'icona a forma di ingranaggio) in fondo al menu laterale.",
    `- [ ] 2. Tocchi **${quoted('it', 'dataPrivacy')}**. _(saltato)_`,
    `- [ ] 3. Nel gruppo su come LinkedIn utilizza i Suoi dati, tocchi **${quoted('it', 'aiSetting')}**.`,
    `- [ ] 4. Imposti l'interruttore **${quoted('it', 'aiToggle')}** su **${quoted('it', 'off')}**.`,
    '',
    `**Verifica:** l'interruttore **${quoted('it', 'aiToggle')}** ora indica **${quoted('it', 'off')}**?`,
    '',
    `- Risposta (24 novembre 2026): no, non indica **${quoted('it', 'off')}**`,
    '- Link: <https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement>, <https://www.linkedin.com/help/linkedin/answer/a6278444>',
    '',
    '_Istruzioni aggiornate a novembre 2026; fonti: pagine di assistenza di LinkedIn, autorità per la protezione dei dati, stampa. Non verificate su un account reale._',
    '',
  ]);
});

it("markdown: LinkedIn's answer to the objection as recorded, with where to complain for the profile's region", () => {
  const form = findGuide('objection-form')!;
  /** The lines between the check question and the sources: what the record says. */
  const record = (lines: string[]) => lines.slice(lines.indexOf("**Check:** Has LinkedIn's confirmation e-mail arrived?") + 2, -4);
  const sent = markStepDone(emptyState(), form, 'web', 'send', new Date('2026-09-10T08:00:00.000Z'));
  const refused = checklistOf(recordVerification(sent, form, 'web', 'refused', CHECKLIST_NOW), { guides: [form] });
  expect(record(renderChecklistMarkdown(refused, messages('en')))).toEqual([
    '- Form sent on 10 September 2026.',
    '- Saved on 24 November 2026: LinkedIn refused the objection',
    "- You can complain to a data-protection authority: the one in the country where you live or work, or the Irish Data Protection Commission (DPC), LinkedIn's lead authority in the EU. The EDPB lists the authorities of the EU and EEA: https://www.edpb.europa.eu/about-edpb/about-edpb/members_en",
  ]);
  const unanswered = checklistOf(recordVerification(emptyState(), form, 'web', 'no-answer', CHECKLIST_NOW), { guides: [form], region: 'uk' });
  expect(record(renderChecklistMarkdown(unanswered, messages('en')))).toEqual([
    '- Saved on 24 November 2026: No answer, even after a follow-up',
    "- You can complain to the Information Commissioner's Office (ICO).",
  ]);
});

it('markdown makes a value an autolink only when it is a whole bare https link', () => {
  const form = findGuide('objection-form')!;
  const app = renderChecklistMarkdown(checklistOf(emptyState(), { guides: [form], platform: 'app' }), messages('en'));
  expect(app).toContain(
    `- [ ] 1. Open LinkedIn's form **${quoted('en', 'formName')}** in your phone's browser or on a computer: <https://www.linkedin.com/help/linkedin/ask/TS-DPRO>`,
  );
  const model = checklistOf(emptyState(), { guides: [form] });
  const values = { bare: 'https://example.org/a', inText: 'see https://example.org/b', spaced: 'https://example.org/c d', http: 'http://example.org/e' };
  const summary = richText('{bare} | {inText} | {spaced} | {http}', messages('en').meta, {}, values);
  const lines = renderChecklistMarkdown({ ...model, guides: [{ ...model.guides[0]!, summary }] }, messages('en'));
  expect(lines[10]).toBe('<https://example.org/a> | see https://example.org/b | https://example.org/c d | http://example.org/e');
});
