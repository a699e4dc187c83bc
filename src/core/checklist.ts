import {
  findGuide,
  formOffered,
  guidesFor,
  LINKS,
  TERMS_CHANGE_DATE,
  type GuideId,
  type Language,
  type Platform,
  type Region,
  type GuideDefinition,
} from './catalogue.js';
import { formatDate, isOutdated } from './dates.js';
import { fill, optionalText, type GuideText, type Messages } from './messages.js';
import { guideProgress, isStepDone, lastChecked, type ProgressState, type Verification, type VerificationResult } from './progress.js';
import { standingOf } from './follow-up.js';
import { publishedFields, type Standing } from './standing.js';
import { richText, type RichText } from './text.js';

// Version 2: `lastChecked` became `instructionsAsOf`; steps say whether they were skipped; status 'waiting'.
const CHECKLIST_SCHEMA_VERSION = 2;

export interface ChecklistStep {
  readonly id: string;
  readonly text: RichText;
  readonly done: boolean;
  readonly doneAt: string | null;
  /** Jumped over (the direct link, "I'm already at the setting"): not done. */
  readonly skipped: boolean;
}

export interface ChecklistGuide {
  readonly id: GuideId;
  readonly title: string;
  readonly summary: RichText;
  readonly notes: readonly RichText[];
  readonly appliesTo: readonly Region[];
  /** Where it stands now (see Standing): the one word every screen renders. */
  readonly standing: Standing;
  readonly completedAt: string | null;
  /** When the check was last answered: a re-check's date, else the answer's; null when never. */
  readonly lastCheckedAt: string | null;
  readonly verification: Verification | null;
  readonly recordedPlatform: Platform | null;
  /** Year and month of the sources the instructions follow; they were not tested on a live account. */
  readonly instructionsAsOf: string;
  readonly link: string;
  readonly help: string;
  readonly check: RichText;
  /** The recorded answer to the check, in words ("Yes, it reads “Off”"), or null. */
  readonly answer: RichText | null;
  /** When the form was sent (its send step), for guides that send one; null when that is not saved. */
  readonly sentAt: string | null;
  /** A month after sending (three after an extension), while LinkedIn's answer is awaited; null otherwise. */
  readonly followUpDueAt: string | null;
  readonly steps: readonly ChecklistStep[];
}

/** Everything a checklist shows, in one structure; `--format json` prints it as it is. */
export interface Checklist {
  readonly schemaVersion: typeof CHECKLIST_SCHEMA_VERSION;
  readonly tool: { readonly name: string; readonly version: string };
  readonly generatedAt: string;
  readonly language: Language;
  readonly platform: Platform;
  readonly region: Region | null;
  readonly guides: readonly ChecklistGuide[];
}

export interface ChecklistInput {
  /** Which guides to list; by default every one that applies to the region. */
  readonly guides?: readonly GuideDefinition[];
  readonly state: ProgressState;
  readonly language: Language;
  readonly platform: Platform;
  readonly region: Region | undefined;
  readonly messages: Messages;
  readonly now: Date;
  readonly tool: { readonly name: string; readonly version: string };
  readonly command: string;
}

export function guideText(messages: Messages, id: GuideId): GuideText {
  return messages.guides[id];
}

/** The values every guide text may use besides its labels. */
export function guideValues(guide: GuideDefinition, input: Pick<ChecklistInput, 'messages' | 'language' | 'command'>): Record<string, string> {
  return {
    link: LINKS[guide.directLink],
    help: LINKS[guide.helpLink],
    form: LINKS.objectionForm,
    changeDate: formatDate(TERMS_CHANGE_DATE, input.messages.meta.dateFormat, input.language),
    month: formatDate(guide.asOf, input.messages.meta.monthFormat, input.language),
    command: input.command,
  };
}

/** The words for a recorded answer: the guide's own, or for LinkedIn's answer to the objection, the follow-up's. */
function answerTemplate(answers: Readonly<Record<string, string>>, messages: Messages, result: VerificationResult): string {
  return optionalText(answers, result) ?? optionalText(messages.followUp.answers, result) ?? optionalText(messages.answers, result) ?? result;
}

export function buildChecklist(input: ChecklistInput): Checklist {
  const { messages, platform, region } = input;
  const guides = (input.guides ?? guidesFor(region)).map((guide) => {
    const text = guideText(messages, guide.id);
    const values = guideValues(guide, input);
    const render = (template: string) => richText(template, messages.meta, messages.labels, values);
    const progress = guideProgress(input.state, guide, platform);
    const record = progress.record;
    const verification = record?.verification;
    const where = standingOf(guide, progress, input.now);
    const stepTexts: Record<string, string> = text.steps[platform];
    const notes = [render(text.scope)];
    // Where the form is not offered, the recruiter AI's note does not point to it.
    for (const key of [formOffered(region) ? 'hiring' : 'hiringNoForm', 'narrowed'] as const) {
      const note = optionalText(text, key);
      if (note !== undefined) notes.push(render(note));
    }
    const regionNote = region && optionalText(text.regionNotes, region);
    if (regionNote !== undefined) notes.push(render(regionNote));
    // How sure the sources are, and (the checklist always shows the link) how sure its link is.
    for (const key of ['sourceNote', 'linkNote'] as const) {
      const note = optionalText(text, key);
      if (note !== undefined) notes.push(render(note));
    }
    if (isOutdated(guide.asOf, input.now)) notes.push(render(messages.checklist.outdated));
    const answers: Readonly<Record<string, string>> = text.verify.answers;
    return {
      id: guide.id,
      title: text.title,
      summary: render(text.summary),
      notes,
      appliesTo: guide.regions,
      standing: where.standing,
      // Done is a check answered "yes".
      completedAt: verification?.result === 'yes' ? verification.at : null,
      lastCheckedAt: verification ? lastChecked(verification) : null,
      verification: verification ?? null,
      recordedPlatform: record?.platform ?? null,
      instructionsAsOf: guide.asOf,
      link: LINKS[guide.directLink],
      help: LINKS[guide.helpLink],
      check: render(text.verify.question),
      answer: verification ? render(answerTemplate(answers, messages, verification.result)) : null,
      // The day the form was sent is the same whichever path is shown now.
      sentAt: where.sentAt,
      followUpDueAt: where.followUpDueAt?.toISOString() ?? null,
      steps: guide.steps[platform].map((id) => {
        const step = record?.platform === platform ? record.steps[id] : undefined;
        const done = isStepDone(step);
        return { id, text: render(stepTexts[id] ?? id), done, doneAt: done ? step.doneAt : null, skipped: step !== undefined && !done };
      }),
    } satisfies ChecklistGuide;
  });
  return {
    schemaVersion: CHECKLIST_SCHEMA_VERSION,
    tool: input.tool,
    generatedAt: input.now.toISOString(),
    language: input.language,
    platform,
    region: region ?? null,
    guides,
  };
}

/** "done on …", "started (2 of 6 steps)", … in the user's language; a date only where one is saved. */
export function statusPhrase(guide: ChecklistGuide, messages: Messages, language: Language): string {
  const date = (iso: string | null | undefined) => (iso ? formatDate(iso, messages.meta.dateFormat, language) : '');
  const answeredAt = guide.verification?.at;
  switch (guide.standing) {
    case 'done':
      return fill(messages.status.doneOn, { date: date(guide.completedAt) });
    case 'waiting':
    case 'follow-up-due':
      // Only the send step dates a sending: without it, none is named.
      return guide.sentAt === null ? messages.status.waitingUndated : fill(messages.status.waiting, { date: date(guide.sentAt) });
    case 'extended':
      return fill(messages.status.extended, { date: date(answeredAt) });
    case 'refused':
    case 'no-answer':
    case 'unresolved':
      return fill(messages.status.unresolvedOn, { date: date(answeredAt) });
    case 'in-progress':
      return fill(messages.status.inProgress, { done: guide.steps.filter((step) => step.done).length, total: guide.steps.length });
    case 'open':
      return messages.status.open;
  }
}

/** Everything `checklist --format json` prints for a guide: the model, and schema 2's `status` and `reply` (see publishedFields). */
export function publishedGuide(guide: ChecklistGuide): Record<string, unknown> {
  const { status, reply } = publishedFields(guide.standing, findGuide(guide.id)?.sentStep !== undefined);
  const { id, title, summary, notes, appliesTo, followUpDueAt, steps, ...middle } = guide;
  // In schema 2's order: `status` before `standing`, `reply` between `sentAt` and `followUpDueAt`.
  return { id, title, summary, notes, appliesTo, status, ...middle, reply, followUpDueAt, steps };
}
