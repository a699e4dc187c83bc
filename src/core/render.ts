import { formatDate } from './dates.js';
import { visibleLength } from './wrap.js';
import { fill, previewNote, type Messages } from './messages.js';
import { publishedGuide, statusPhrase, type Checklist, type ChecklistGuide } from './checklist.js';
import { mark, marked, type MarkKind, type MarkMode } from './marks.js';
import type { Standing } from './standing.js';
import { LANGUAGE_FACTS, RUN_COMMAND, type Region } from './catalogue.js';
import { complaintAdvice } from './follow-up.js';
import type { Decoration } from './text.js';

/** Labels in bold and links as autolinks, for the Markdown receipt; other values (dates) as they are. */
const markdownDecoration: Decoration = {
  label: (text) => `**${text}**`,
  value: (text) => (/^https:\/\/\S+$/.test(text) ? `<${text}>` : text),
};

/** Colours for the text format, and how labels and links stand out; identity functions give plain text. */
export interface LineStyle extends Decoration, MarkMode {
  heading(text: string): string;
  dim(text: string): string;
  ok(text: string): string;
  bad(text: string): string;
}

/** A line of text with the indent it starts with and the one its continuation lines keep when wrapped. */
export interface RenderedLine {
  readonly indent: string;
  readonly text: string;
  readonly hanging: string;
}

function line(text: string, indent = '', hanging = ' '.repeat(visibleLength(indent))): RenderedLine {
  return { indent, text, hanging };
}

/** The lines as plain text, for a pipe or a file. */
export function joinLines(lines: readonly RenderedLine[]): string {
  return lines.map((entry) => `${entry.indent}${entry.text}`).join('\n');
}

/** The mark before a guide's line and its colour, by where it stands: LinkedIn's refusal or silence is not confirmed. */
const GUIDE_MARK: Readonly<Record<Standing, readonly [MarkKind, 'ok' | 'bad' | 'dim']>> = {
  done: ['done', 'ok'],
  waiting: ['waiting', 'dim'],
  extended: ['waiting', 'dim'],
  'follow-up-due': ['waiting', 'dim'],
  refused: ['unresolved', 'bad'],
  'no-answer': ['unresolved', 'bad'],
  unresolved: ['unresolved', 'bad'],
  'in-progress': ['in-progress', 'dim'],
  open: ['open', 'dim'],
};

function regionNames(regions: readonly Region[], messages: Messages): string {
  return regions.map((region) => messages.regions[region]).join(messages.meta.listSeparator);
}

export function header(checklist: Checklist, messages: Messages): { title: string; facts: string[]; preview: string | undefined } {
  const c = messages.checklist;
  return {
    title: c.title,
    preview: previewNote(messages, checklist.language),
    facts: [
      `${checklist.tool.name} ${checklist.tool.version}`,
      `${c.language}${messages.meta.colon}${LANGUAGE_FACTS[checklist.language].nameInText ?? LANGUAGE_FACTS[checklist.language].name}`,
      fill(c.via, { platform: messages.platforms[checklist.platform] }),
      `${c.region}${messages.meta.colon}${checklist.region ? messages.regions[checklist.region] : c.regionUnknown}`,
      fill(c.generated, { date: formatDate(new Date(checklist.generatedAt), messages.meta.dateFormat, checklist.language) }),
    ],
  };
}

/** One line per guide: mark, title, status. Used at the end of the guide and by `status`. */
export function guideLine(guide: ChecklistGuide, checklist: Checklist, messages: Messages, style: LineStyle): string {
  const line = `${guide.title} – ${statusPhrase(guide, messages, checklist.language)}`;
  const [kind, paint] = GUIDE_MARK[guide.standing];
  return marked(style, kind, line, style[paint]);
}

/** The checklist as terminal text, each line with its indent; with `steps: false` only the summary lines. */
export function renderChecklistText(checklist: Checklist, messages: Messages, style: LineStyle, options: { readonly steps: boolean }): RenderedLine[] {
  const lines: RenderedLine[] = [];
  const c = messages.checklist;
  if (options.steps) {
    const { title, facts, preview } = header(checklist, messages);
    // A screen reader reads "·" as a word: in accessible mode the facts are a plain list.
    const separator = mark(style, 'separator');
    lines.push(line(style.heading(title)), line(facts.join(separator === '' ? messages.meta.listSeparator : ` ${separator} `)), line(''));
    if (preview !== undefined) lines.push(line(preview), line(''));
  }
  for (const guide of checklist.guides) {
    lines.push(line(guideLine(guide, checklist, messages, style), '', '  '));
    if (!options.steps) continue;
    const note = (text: string) => lines.push(line(text, '  '));
    note(guide.summary.show(style));
    for (const text of guide.notes) note(text.show(style));
    if (checklist.region === null) note(fill(c.appliesTo, { regions: regionNames(guide.appliesTo, messages) }));
    note(fill(c.directLink, { link: guide.link }));
    guide.steps.forEach((step, index) => {
      const skipped = step.skipped ? ` ${style.dim(`(${c.skipped})`)}` : '';
      if (mark(style, 'done') === '') {
        lines.push(
          line(`(${step.done ? messages.status.done : step.skipped ? c.skipped : messages.status.open}) ${step.text.show(style)}`, `  ${index + 1}. `),
        );
      } else {
        lines.push(
          line(
            `${step.text.show(style)}${skipped}`,
            `  [${step.done ? style.ok(mark(style, 'done')) : step.skipped ? mark(style, 'step-skipped') : ' '}] ${index + 1}. `,
          ),
        );
      }
    });
    note(`${c.check}${messages.meta.colon}${guide.check.afterColon(checklist.language).show(style)}`);
    for (const text of recordLines(guide, checklist, messages, style)) note(text);
    note(style.dim(fill(c.asOf, { month: formatDate(guide.instructionsAsOf, messages.meta.monthFormat, checklist.language) })));
    lines.push(line(''));
  }
  if (options.steps) {
    lines.push(line(style.dim(checklist.platform === 'web' ? c.otherPlatform : c.otherPlatformApp)));
  }
  return lines;
}

/** What the record says beyond the steps: when the form was sent, and what the person answered, when. */
export function recordLines(guide: ChecklistGuide, checklist: Checklist, messages: Messages, decoration: Decoration): string[] {
  const date = (iso: string) => formatDate(iso, messages.meta.dateFormat, checklist.language);
  const lines: string[] = [];
  if (guide.sentAt) lines.push(fill(messages.checklist.sent, { date: date(guide.sentAt) }));
  if (guide.answer && guide.verification) {
    lines.push(fill(messages.checklist.answered, { answer: guide.answer.afterColon(checklist.language).show(decoration), date: date(guide.verification.at) }));
    // A re-check that found the same: when, besides the day it first read so.
    if (guide.verification.checkedAt) lines.push(fill(messages.checklist.checkedAgain, { date: date(guide.verification.checkedAt) }));
  }
  lines.push(...replyLines(guide, checklist, messages));
  return lines;
}

/** What to do about a sent objection: when to follow up, or where to complain. */
export function replyLines(
  guide: ChecklistGuide,
  checklist: Pick<Checklist, 'language' | 'region'>,
  messages: Messages,
  command: string = RUN_COMMAND,
): string[] {
  const { followUp } = messages;
  switch (guide.standing) {
    case 'waiting':
    case 'extended': {
      // Without the day of sending there is no day to count from: never a follow-up day made up.
      if (guide.followUpDueAt === null) return guide.standing === 'extended' ? [followUp.extendedUndated] : [];
      const due = formatDate(guide.followUpDueAt, messages.meta.dateFormat, checklist.language);
      return [fill(guide.standing === 'extended' ? followUp.extendedWaiting : followUp.waiting, { due })];
    }
    case 'follow-up-due':
      return [fill(followUp.due, { command })];
    case 'refused':
    case 'no-answer':
      return [complaintAdvice(messages, checklist.region ?? undefined)];
    default:
      return [];
  }
}

export function renderChecklistMarkdown(checklist: Checklist, messages: Messages, options: MarkMode = {}): string[] {
  const { title, facts, preview } = header(checklist, messages);
  const lines = [`# ${title}`, '', ...facts.map((fact) => `- ${fact}`), '', ...(preview === undefined ? [] : [`> ${preview}`, ''])];
  for (const guide of checklist.guides) {
    const heading = `${guide.title} – ${statusPhrase(guide, messages, checklist.language)}`;
    lines.push(`## ${marked(options, GUIDE_MARK[guide.standing][0], heading)}`, '');
    lines.push(guide.summary.show(markdownDecoration), '');
    for (const note of guide.notes) lines.push(note.show(markdownDecoration), '');
    if (checklist.region === null) lines.push(fill(messages.checklist.appliesTo, { regions: regionNames(guide.appliesTo, messages) }), '');
    lines.push(fill(messages.checklist.directLink, { link: `<${guide.link}>` }), '');
    guide.steps.forEach((step, index) => {
      lines.push(`- [${step.done ? 'x' : ' '}] ${index + 1}. ${step.text.show(markdownDecoration)}${step.skipped ? ` _(${messages.checklist.skipped})_` : ''}`);
    });
    const check = guide.check.afterColon(checklist.language).show(markdownDecoration);
    lines.push('', `**${messages.checklist.check}${messages.meta.colon.trimEnd()}** ${check}`, '');
    for (const line of recordLines(guide, checklist, messages, markdownDecoration)) lines.push(`- ${line}`);
    lines.push(`- ${fill(messages.checklist.links, { links: [guide.link, guide.help].map((link) => `<${link}>`).join(', ') })}`, '');
    lines.push(`_${fill(messages.checklist.asOf, { month: formatDate(guide.instructionsAsOf, messages.meta.monthFormat, checklist.language) })}_`, '');
  }
  return lines;
}

export function renderChecklistJson(checklist: Checklist): string {
  return JSON.stringify({ ...checklist, guides: checklist.guides.map(publishedGuide) }, null, 2);
}
