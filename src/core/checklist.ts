import { guidesFor, LINKS, TERMS_CHANGE_DATE, type GuideId, type Language, type Platform, type Region, type GuideDefinition } from './catalogue.js';
import { formatDate, isOutdated } from './dates.js';
import { objectionReply, type ReplyState } from './follow-up.js';
import { fill, optionalText, type GuideText, type Messages } from './messages.js';
import { guideProgress, isStepDone, lastChecked, type GuideStatus, type ProgressState, type Verification, type VerificationResult } from './progress.js';
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

/**
 * Where a guide stands, in one word, as every screen says it (checklist, receipt, status, the guide's
 * last line, the follow-up): computed once, here. A sent objection stands by LinkedIn's answer and
 * the clock: `waiting` within the month, `extended` within the three months after LinkedIn said it
 * needs longer, `follow-up-due` after either; `refused` and `no-answer` as recorded.
 */
export type Standing = 'done' | 'waiting' | 'extended' | 'follow-up-due' | 'refused' | 'no-answer' | 'unresolved' | 'in-progress' | 'open';

/** Nothing for the person to do now: done, or the objection within LinkedIn's deadline. */
export function isSettled(standing: Standing): boolean {
  return standing === 'done' || standing === 'waiting' || standing === 'extended';
}

function standingOf(status: GuideStatus, reply: ReplyState | null): Standing {
  if (reply === null) return status;
  return reply === 'confirmed' ? 'done' : reply;
}

export interface ChecklistGuide {
  readonly id: GuideId;
  readonly title: string;
  readonly summary: RichText;
  readonly notes: readonly RichText[];
  readonly appliesTo: readonly Region[];
  readonly status: GuideStatus;
  /** Where it stands now (see Standing). */
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
  /** When the form was sent, for guides that send one. */
  readonly sentAt: string | null;
  /** Where a sent objection stands (waiting, follow-up-due, confirmed, refused, no-answer), or null. */
  readonly reply: ReplyState | null;
  /** A month after sending, while LinkedIn's answer is not recorded; null otherwise. */
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
    const reply = objectionReply(guide, input.state.guides[guide.id], input.now);
    const stepTexts: Record<string, string> = text.steps[platform];
    const notes = [render(text.scope)];
    for (const key of ['hiring', 'narrowed'] as const) {
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
      status: progress.status,
      standing: standingOf(progress.status, reply?.state ?? null),
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
      // The send step counts on the path it was done on, as every step does.
      sentAt: record?.platform === platform ? (reply?.sentAt ?? null) : null,
      reply: reply?.state ?? null,
      followUpDueAt: reply?.followUpDueAt?.toISOString() ?? null,
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

/** "done on …", "started (2 of 6 steps)", … in the user's language. */
export function statusPhrase(guide: ChecklistGuide, messages: Messages, language: Language): string {
  const date = (iso: string | null | undefined) => (iso ? formatDate(iso, messages.meta.dateFormat, language) : '');
  const answeredAt = guide.verification?.at;
  switch (guide.status) {
    case 'done':
      return fill(messages.status.doneOn, { date: date(guide.completedAt) });
    case 'waiting':
      return fill(messages.status.waiting, { date: date(guide.sentAt ?? answeredAt) });
    case 'unresolved':
      return fill(messages.status.unresolvedOn, { date: date(answeredAt) });
    case 'in-progress':
      return fill(messages.status.inProgress, { done: guide.steps.filter((step) => step.done).length, total: guide.steps.length });
    case 'open':
      return messages.status.open;
  }
}
