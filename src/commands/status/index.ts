import { ago, formatDate, recheckDueAt } from '../../core/dates.js';
import { fill } from '../../core/messages.js';
import { chosenGuides, isEmpty } from '../../core/progress.js';
import { bullet, guideLine } from '../../core/render.js';
import { plainDecoration } from '../../core/text.js';
import type { CommonOptions } from '../../context.js';
import type { AppDeps } from '../../deps.js';
import { CliError, ExitCode } from '../../errors.js';
import { checklistOf, openRecord } from '../shared.js';

export interface StatusOptions extends CommonOptions {
  readonly format?: 'text' | 'json';
  /** Exit with 3 unless everything that applies is done and not due. */
  readonly check?: boolean;
  readonly recheckAfter?: string;
}

export const STATUS_SCHEMA_VERSION = 1;
export const DEFAULT_RECHECK_MONTHS = 6;

/** What is recorded: which guides are done, when, on which path, what is unresolved or due again. */
export async function status(options: StatusOptions, deps: AppDeps): Promise<void> {
  const { context, state, platform, region } = await openRecord(options, deps, false);
  const months = options.recheckAfter === undefined ? DEFAULT_RECHECK_MONTHS : Number(options.recheckAfter);
  const now = deps.now();
  const model = checklistOf(context, state, platform ?? 'web', region, plainDecoration, chosenGuides(state, region));
  const guides = model.guides.map((guide) => {
    const dueAt = guide.completedAt === null ? null : recheckDueAt(guide.completedAt, months);
    return { guide, dueAt, due: dueAt !== null && dueAt <= now };
  });
  const open = guides.filter(({ guide }) => guide.status !== 'done').length;
  const due = guides.filter((entry) => entry.due).length;
  const ok = open === 0 && due === 0;
  const { messages, style, language } = context;

  if (options.format === 'json') {
    const report = {
      schemaVersion: STATUS_SCHEMA_VERSION,
      stateFile: context.store.path,
      settings: { language: state.settings.language ?? null, platform: state.settings.platform ?? null, region: state.settings.region ?? null },
      recheckAfterMonths: months,
      ok,
      guides: guides.map(({ guide, dueAt, due: isDue }) => ({
        id: guide.id,
        title: guide.title,
        status: guide.status,
        platform: guide.recordedPlatform,
        stepsDone: guide.steps.filter((step) => step.done).length,
        totalSteps: guide.steps.length,
        completedAt: guide.completedAt,
        verification: guide.verification,
        recheckDueAt: dueAt?.toISOString() ?? null,
        recheckDue: isDue,
      })),
    };
    context.print(JSON.stringify(report, null, 2));
  } else if (isEmpty(state)) {
    context.print(fill(messages.status.nothing, { command: context.command }));
    context.print(style.dim(fill(messages.status.stateFile, { path: context.store.path })));
  } else {
    for (const { guide, dueAt, due: isDue } of guides) {
      const when = guide.verification ? ` ${fill(messages.status.ago, { ago: ago(guide.verification.at, now, language) })}` : '';
      const via = guide.recordedPlatform ? `, ${fill(messages.status.via, { platform: messages.platforms[guide.recordedPlatform] })}` : '';
      context.say(`${guideLine(guide, model, messages, style)}${when}${via}`, '', '  ');
      if (isDue && dueAt) {
        const date = formatDate(dueAt, messages.meta.dateFormat, language);
        context.say(style.bad(fill(messages.status.due, { date, months, command: context.command })), bullet(style, '↻'), '    ');
      }
    }
    const next = guides.map((entry) => entry.dueAt).filter((date): date is Date => date !== null).sort((a, b) => a.getTime() - b.getTime())[0];
    context.print();
    if (ok && next) context.say(fill(messages.status.summaryOk, { date: formatDate(next, messages.meta.dateFormat, language) }));
    else context.say(fill(messages.status.summaryOpen, { open, due }));
    context.print(style.dim(fill(messages.status.stateFile, { path: context.store.path })));
  }
  // The output above is the answer; the exit code says it to scripts (cron, shell profiles).
  if (options.check && !ok) throw new CliError('', ExitCode.CheckFailed);
}
