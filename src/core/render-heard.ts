import { withoutBrackets } from './asides.js';
import { formatDate } from './dates.js';
import { fill, type Messages } from './messages.js';
import { statusPhrase, type Checklist } from './checklist.js';
import { header, recordLines, replyLines, type LineStyle } from './render.js';
import { isWithLinkedIn } from './standing.js';

/**
 * The checklist for the ear (accessible mode in a terminal): a summary first (what is done, what is
 * still to do, what LinkedIn's answer waits for); then one section per guide, "Guide 1 of 3: …",
 * each step one line with its state in words; then the summary again, last, where it stays on
 * screen. No addresses (read aloud they are noise): a line says how to get them. No blank lines:
 * a screen reader says "blank", and every row counts for what fits on one screen. One line per
 * sentence; the terminal wraps.
 */
export function renderChecklistHeard(checklist: Checklist, messages: Messages, style: LineStyle, command: string): string[] {
  const { accessible: a, checklist: c, meta } = messages;
  const { guides, language } = checklist;
  const done = guides.filter((guide) => guide.standing === 'done').length;
  const open = guides.filter((guide) => guide.standing !== 'done' && !isWithLinkedIn(guide.standing));
  const summary = [
    fill(a.summaryDone, { done, total: guides.length }),
    ...(open.length > 0 ? [fill(a.summaryOpen, { titles: open.map((guide) => guide.title).join(meta.listSeparator) })] : []),
    ...guides.filter((guide) => isWithLinkedIn(guide.standing)).flatMap((guide) => replyLines(guide, checklist, messages, command)),
  ];
  const { facts, preview } = header(checklist, messages);
  const lines = [style.heading(messages.checklist.title), ...summary, facts.slice(1, 4).join(meta.listSeparator), ...(preview === undefined ? [] : [preview])];
  guides.forEach((guide, index) => {
    lines.push(
      style.heading(fill(a.guideHeading, { current: index + 1, total: guides.length, title: `${guide.title} – ${statusPhrase(guide, messages, language)}` })),
    );
    guide.steps.forEach((step, number) => {
      const state = step.done ? messages.status.done : step.skipped ? c.skipped : messages.status.open;
      lines.push(fill(a.stepLine, { number: number + 1, state, text: step.text.show(style) }));
    });
    lines.push(`${c.check}${meta.colon}${guide.check.afterColon(language).show(style)}`);
    // The follow-up was said in the summary already.
    const said = new Set(summary);
    lines.push(...recordLines(guide, checklist, messages, style).filter((line) => !said.has(line)));
  });
  const months = [...new Set(guides.map((guide) => guide.instructionsAsOf))];
  lines.push(...months.map((month) => style.dim(fill(c.asOf, { month: formatDate(month, meta.monthFormat, language) }))));
  lines.push(checklist.platform === 'web' ? c.otherPlatform : c.otherPlatformApp, a.fullText);
  // Said again last, where it stays on screen: a long checklist scrolls its first lines away before
  // a screen reader has read them.
  lines.push(...summary);
  return lines.map(withoutBrackets);
}
