// The Markdown receipt line for line, for one guide with a sent objection; clock pinned.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { findGuide } from '../../src/core/catalogue.js';
import { parseMessages } from '../../src/core/messages.js';
import { emptyState, markStepDone } from '../../src/core/progress.js';
import { renderChecklistMarkdown } from '../../src/core/render.js';
import { LOCALES_DIR } from '../helpers/app.js';
import { checklistOf } from '../helpers/checklist.js';

it('markdown: header facts, a heading with mark and status, blank lines between blocks, bold labels, autolinks, the record and the sources', () => {
  const en = parseMessages(readFileSync(join(LOCALES_DIR, 'en.json'), 'utf8'), 'en.json');
  const form = findGuide('objection-form')!;
  const state = markStepDone(emptyState(), form, 'web', 'send', new Date('2026-11-10T08:00:00.000Z'));
  const checklist = checklistOf(state, { guides: [form] });
  expect(renderChecklistMarkdown(checklist, en)).toEqual([
    '# LinkedIn AI opt-out – checklist',
    '',
    '- linkedin-ki-optout 1.2.3',
    '- Language: English',
    '- On the website',
    '- Region: EU or EEA',
    '- Printed on 24 November 2026',
    '',
    "## ○ Object with LinkedIn's form – started (1 of 2 steps)",
    '',
    "In the EU, EEA, Switzerland and the UK you can object under Article 21 GDPR with LinkedIn's form **“Data Processing Objection”**: it has its own option for the training of AI models that generate content, and your objection can also name the models the switch does not cover (personalisation, security, anti-abuse).",
    '',
    'An objection works only from now on. Two sources report that LinkedIn confirms by e-mail.',
    '',
    'Direct link: <https://www.linkedin.com/help/linkedin/ask/TS-DPRO>',
    '',
    "- [ ] 1. Open LinkedIn's form **“Data Processing Objection”**.",
    "- [x] 2. In the form, choose the option to object to training AI that generates content (exact wording not known), tick the box that confirms it, and send. Keep LinkedIn's e-mail.",
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
