import { ago, formatDate, recheckDueAt } from '../../core/dates.js';
import { publishedGuide, type ChecklistGuide } from '../../core/checklist.js';
import type { Language } from '../../core/catalogue.js';
import { fill, fillCounted, type Messages } from '../../core/messages.js';
import { printable } from '../../core/printable.js';
import { chosenGuides, isEmpty } from '../../core/progress.js';
import { bullet } from '../../core/marks.js';
import { guideLine, replyLines } from '../../core/render.js';
import { isSettled, type Standing } from '../../core/standing.js';
import type { CommonOptions } from '../../context.js';
import type { AppDeps } from '../../deps.js';
import { CliError, ExitCode } from '../../errors.js';
import { checklistOf, openRecord, recheckMonths } from '../shared.js';

export interface StatusOptions extends CommonOptions {
  readonly format?: 'text' | 'json';
  /** Exit with 3 unless everything that applies is done (or waiting for LinkedIn's answer) and not due. */
  readonly check?: boolean;
  readonly recheckAfter?: string;
}

const STATUS_SCHEMA_VERSION = 1;

/** What is recorded: which guides are done, when, on which path, what is unresolved or due again. */
export async function status(options: StatusOptions, deps: AppDeps): Promise<void> {
  const { context, store, state, platform, region } = await openRecord(options, deps);
  const months = recheckMonths(options);
  const now = deps.now();
  const model = checklistOf(context, state, platform, region, chosenGuides(state, region));
  const guides = model.guides.map((guide) => {
    // A re-check is due some months after the switch was last seen "Off".
    const dueAt = guide.completedAt === null ? null : recheckDueAt(guide.lastCheckedAt ?? guide.completedAt, months);
    return { guide, dueAt, due: dueAt !== null && dueAt <= now };
  });
  // An objection within LinkedIn's deadline: nothing for the person to do yet.
  const waiting = guides.filter(({ guide }) => guide.standing === 'waiting' || guide.standing === 'extended');
  const ok = guides.every(({ guide, due }) => !due && isSettled(guide.standing));
  const { messages, style, language } = context;
  const date = (value: Date | string) => formatDate(value, messages.meta.dateFormat, language);

  if (options.format === 'json') {
    const report = {
      schemaVersion: STATUS_SCHEMA_VERSION,
      stateFile: store.path,
      settings: { language: state.settings.language ?? null, platform: state.settings.platform ?? null, region: state.settings.region ?? null },
      recheckAfterMonths: months,
      ok,
      guides: guides.map(({ guide, dueAt, due: isDue }) => {
        const published = publishedGuide(guide);
        return {
          id: guide.id,
          title: guide.title,
          // Schema 1's `status` and `reply`, as `checklist --format json` gives them.
          status: published['status'],
          standing: guide.standing,
          platform: guide.recordedPlatform,
          stepsDone: guide.steps.filter((step) => step.done).length,
          totalSteps: guide.steps.length,
          completedAt: guide.completedAt,
          lastCheckedAt: guide.lastCheckedAt,
          verification: guide.verification,
          recheckDueAt: dueAt?.toISOString() ?? null,
          recheckDue: isDue,
          sentAt: guide.sentAt,
          reply: published['reply'],
          followUpDueAt: guide.followUpDueAt,
          followUpDue: guide.standing === 'follow-up-due',
        };
      }),
    };
    context.print(JSON.stringify(report, null, 2));
  } else if (isEmpty(state)) {
    context.say(fill(messages.status.nothing, { command: context.command }));
    // Read aloud, a path is noise: in accessible mode it is given on request (--format json).
    if (!context.accessible) context.say(style.dim(fill(messages.status.stateFile, { path: printable(store.path) })));
  } else {
    const next = guides
      .map((entry) => entry.dueAt)
      .filter((value): value is Date => value !== null)
      .sort((a, b) => a.getTime() - b.getTime())[0];
    // Only the objection form waits for LinkedIn: its follow-up day, when its sending day is saved.
    const waitingUntil = waiting[0]?.guide.followUpDueAt;
    const summary = () => {
      if (ok && waitingUntil) context.say(fill(messages.followUp.summaryWaiting, { due: date(waitingUntil) }));
      // An objection waits without a follow-up day (its sending day is not saved): not "everything is done".
      else if (ok && waiting.length > 0) context.say(messages.followUp.summaryWaitingUndated);
      else if (ok && next) context.say(fill(messages.status.summaryOk, { date: date(next) }));
      else if (!ok) context.say(summaryOpen(guides, messages, language));
    };
    // Heard, the summary comes first, where it is heard before anything scrolls.
    if (context.accessible) {
      const done = guides.filter(({ guide }) => guide.standing === 'done').length;
      context.say(fill(messages.accessible.summaryDone, { done, total: guides.length }));
      summary();
      context.print();
    }
    for (const { guide, dueAt, due: isDue } of guides) {
      // How long ago the date the line names: for an objection awaiting LinkedIn's answer the day it was sent
      // (none when that is not saved), never the last "not yet".
      const dated = guide.standing === 'waiting' || guide.standing === 'follow-up-due' ? guide.sentAt : guide.verification?.at;
      // In accessible mode without brackets: a screen reader does not say them, and the aside runs into the line.
      const when = dated ? (context.accessible ? `, ${ago(dated, now, language)}` : ` ${fill(messages.status.ago, { ago: ago(dated, now, language) })}`) : '';
      const via = guide.recordedPlatform ? `, ${fill(messages.status.via, { platform: messages.platforms[guide.recordedPlatform] })}` : '';
      context.say(`${guideLine(guide, model, messages, style)}${when}${via}`, '', '  ');
      if (isDue && dueAt) {
        context.say(
          style.bad(fillCounted(messages.status.due, months, language, { date: date(dueAt), months, command: context.command })),
          bullet(style, 'recheck'),
          '    ',
        );
      }
      // A waiting form's line names the day it was sent already; others, when that day is saved.
      if (guide.sentAt !== null && guide.standing !== 'waiting' && guide.standing !== 'follow-up-due') {
        context.say(fill(messages.checklist.sent, { date: date(guide.sentAt) }), '    ', '    ');
      }
      // LinkedIn's answer, when it refused or stayed silent: said in words before where to complain.
      if ((guide.standing === 'refused' || guide.standing === 'no-answer') && guide.answer !== null) context.say(`${guide.answer}.`, '    ', '    ');
      const emphasis = isSettled(guide.standing) ? style.dim : style.bad;
      for (const line of replyLines(guide, model, messages, context.command)) context.say(emphasis(line), '    ', '    ');
    }
    if (!context.accessible) {
      context.print();
      summary();
      context.say(style.dim(fill(messages.status.stateFile, { path: printable(store.path) })));
    }
  }
  // The output above is the answer; the exit code says it to scripts (cron, shell profiles).
  if (options.check && !ok) throw new CliError('', ExitCode.CheckFailed);
}

/** Which count of the summary a guide's standing falls under: LinkedIn's refusal or silence is not confirmed. */
const COUNTED_AS: Readonly<Record<Standing, keyof Messages['status']['counts'] | null>> = {
  done: null,
  waiting: 'waiting',
  extended: 'waiting',
  'follow-up-due': 'follow-up',
  refused: 'unresolved',
  'no-answer': 'unresolved',
  unresolved: 'unresolved',
  'in-progress': 'in-progress',
  open: 'open',
};

/** "Not done yet: 2 not confirmed, 1 open.": counts exactly what the lines above show. */
function summaryOpen(guides: readonly { readonly guide: ChecklistGuide; readonly due: boolean }[], messages: Messages, language: Language): string {
  const { counts } = messages.status;
  const kinds = ['unresolved', 'in-progress', 'open', 'waiting', 'follow-up'] as const;
  const parts = kinds
    .map((kind) => ({ kind, count: guides.filter(({ guide }) => COUNTED_AS[guide.standing] === kind).length }))
    .filter(({ count }) => count > 0)
    .map(({ kind, count }) => fillCounted(counts[kind], count, language, { count }));
  const due = guides.filter((entry) => entry.due).length;
  if (due > 0) parts.push(fillCounted(counts.due, due, language, { count: due }));
  return fill(messages.status.summaryOpen, { parts: parts.join(', ') });
}
