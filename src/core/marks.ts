/**
 * Every mark the tool shows, by what it means. In accessible mode there are none: a screen reader
 * reads them as noise, and the words beside them say it all (README, "For screen readers").
 */
const MARKS = {
  // Where a guide stands, before its line in the checklist, `status` and at the end of the guide (see
  // GUIDE_MARK in render.ts); done also ticks a step of the checklist.
  done: '✓',
  // Sent, LinkedIn has not answered yet: not a failure.
  waiting: '◐',
  unresolved: '✗',
  'in-progress': '○',
  open: '○',
  // An answer that completed something (a step done, a switch confirmed, the form sent): the only green ✔.
  completed: '✔',
  // A step of the checklist jumped over.
  'step-skipped': '–',
  // A setting due for a re-check, in `status`.
  recheck: '↻',
  // Before an item of a list, and between the keys of a question's help.
  bullet: '•',
  // Between the facts of the checklist's header.
  separator: '·',
  // The choices of a list with several answers (Inquirer's checkbox).
  checked: '◉',
  unchecked: '◯',
} as const satisfies Readonly<Record<string, string>>;

export type MarkKind = keyof typeof MARKS;

/** What knows the mode: a style, whose `marks` is false in accessible mode (absent means on). */
export interface MarkMode {
  readonly marks?: boolean;
}

/** The mark for `kind`, or '' in accessible mode. */
export function mark(mode: MarkMode, kind: MarkKind): string {
  return mode.marks === false ? '' : MARKS[kind];
}

/** `mark text`, the mark painted by `paint`; the text alone in accessible mode. */
export function marked(mode: MarkMode, kind: MarkKind, text: string, paint: (mark: string) => string = (sign) => sign): string {
  const sign = mark(mode, kind);
  return sign === '' ? text : `${paint(sign)} ${text}`;
}

/** What starts an item of a list: a bullet (or another mark), or only the indent in accessible mode. */
export function bullet(mode: MarkMode, kind: MarkKind = 'bullet'): string {
  const sign = mark(mode, kind);
  return sign === '' ? '  ' : `  ${sign} `;
}
