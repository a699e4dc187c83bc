import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/catalogue.js';
import { withoutBrackets } from '../../src/core/asides.js';
import { heardLine } from '../../src/core/heard.js';
import { renderChecklistHeard } from '../../src/core/render-heard.js';
import { loadMessages } from '../../src/locales.js';
import { createStyle } from '../../src/terminal/style.js';
import { LOCALES_DIR } from '../helpers/app.js';
import { checklistOf } from '../helpers/checklist.js';
import { DONE_STATE } from '../helpers/states.js';
import type { ProgressState } from '../../src/core/progress.js';

const STATE = DONE_STATE as ProgressState;

describe('asides for the ear: brackets are not heard', () => {
  it.each([
    ['Open it directly (after signing in).', 'Open it directly. After signing in.'],
    ['Does it read “Off”? (Look at the word, not the colour.)', 'Does it read “Off”? Look at the word, not the colour.'],
    ['Do all that apply (recommended)', 'Do all that apply, recommended'],
    ["LinkedIn's recruiter AI (Hiring Assistant) still uses", "LinkedIn's recruiter AI, Hiring Assistant, still uses"],
    ['that generates content (exact wording not known), tick the box', 'that generates content, exact wording not known, tick the box'],
    ['Art. 21(1) GDPR stays', 'Art. 21(1) GDPR stays'],
  ])('%j → %j', (text, heard) => {
    expect(withoutBrackets(text)).toBe(heard);
  });
});

describe('a line the terminal wraps itself', () => {
  it('is never broken by the tool; where a word would be cut at the edge, spaces fill the row', () => {
    const line = heardLine('Open the setting in the browser and switch it off now', 20);
    expect(line).not.toContain('\n');
    // Rows of 20: each starts with a whole word.
    const rows = line.match(/.{1,20}/g) ?? [];
    expect(rows).toEqual(['Open the setting in ', 'the browser and     ', 'switch it off now']);
  });

  it('no row starts with a space: a word that would end exactly at the edge starts the next row', () => {
    expect(heardLine('abcd efgh ijkl', 9)).toBe('abcd     efgh     ijkl');
  });

  it('without a width (a pipe) it is the text, asides without brackets', () => {
    expect(heardLine('Done (for now).', 0)).toBe('Done. For now.');
  });
});

describe('the checklist for the ear', () => {
  const style = createStyle(0, { marks: false });

  it('starts with a summary (done, still to do), has a section per guide with each step as one line, no address, and says the summary again last', () => {
    const lines = renderChecklistHeard(checklistOf(STATE), loadMessages(LOCALES_DIR, 'en'), style, 'npx linkedin-ki-optout');
    expect(lines.slice(0, 2)).toEqual(['LinkedIn: no AI training on your data – checklist', 'Done: 1 of 3.']);
    expect(lines[2]).toMatch(/^Still to do: Switch off research use; Object with LinkedIn's form\.$/);
    expect(lines).toContain('Guide 1 of 3: Switch off AI training – done on 20 November 2026');
    expect(lines).toContain('Guide 2 of 3: Switch off research use – open');
    expect(lines.some((line) => /^1\) done: At the top right, click your profile photo, “Me”, then/.test(line))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/https?:|\(/);
    expect(lines.slice(-2)).toEqual(lines.slice(1, 3));
  });

  it.each(LANGUAGES)('%s: every line is whole (no line break inside), and no mark', (language) => {
    const lines = renderChecklistHeard(checklistOf(STATE, { language }), loadMessages(LOCALES_DIR, language), style, 'npx linkedin-ki-optout');
    for (const line of lines) expect(line).not.toMatch(/\n|[✓✗○◉◐•]/u);
  });
});
