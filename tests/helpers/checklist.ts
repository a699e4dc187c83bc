import { buildChecklist, type ChecklistInput } from '../../src/core/checklist.js';
import type { ProgressState } from '../../src/core/progress.js';
import { loadMessages } from '../../src/locales.js';
import { LOCALES_DIR } from './app.js';

/** The clock of the checklist tests. */
export const CHECKLIST_NOW = new Date('2026-11-24T10:30:00.000Z');

/** The checklist model of `state`: English, website, EU, at CHECKLIST_NOW, unless `input` says otherwise. */
export function checklistOf(state: ProgressState, input: Partial<Omit<ChecklistInput, 'state' | 'messages'>> = {}) {
  const language = input.language ?? 'en';
  return buildChecklist({
    language,
    platform: 'web',
    region: 'eu',
    now: CHECKLIST_NOW,
    tool: { name: 'linkedin-ki-optout', version: '1.2.3' },
    command: 'npx linkedin-ki-optout',
    ...input,
    state,
    messages: loadMessages(LOCALES_DIR, language),
  });
}
