import { fill } from '../../core/messages.js';
import { chosenGuides, isEmpty } from '../../core/progress.js';
import { guideLine } from '../../core/render.js';
import { plainDecoration } from '../../core/text.js';
import type { CommonOptions } from '../../context.js';
import type { AppDeps } from '../../deps.js';
import { checklistOf, openRecord } from '../shared.js';

export interface StatusOptions extends CommonOptions {
  readonly format?: 'text' | 'json';
}

export const STATUS_SCHEMA_VERSION = 1;

/** What is recorded: which guides are done, when, on which path, and what is unresolved. */
export async function status(options: StatusOptions, deps: AppDeps): Promise<void> {
  const { context, state, platform, region } = await openRecord(options, deps, false);
  const model = checklistOf(context, state, platform ?? 'web', region, plainDecoration, chosenGuides(state, region));
  const { messages, style } = context;
  if (options.format === 'json') {
    const report = {
      schemaVersion: STATUS_SCHEMA_VERSION,
      stateFile: context.store.path,
      settings: { language: state.settings.language ?? null, platform: state.settings.platform ?? null, region: state.settings.region ?? null },
      guides: model.guides.map((guide) => ({
        id: guide.id,
        title: guide.title,
        status: guide.status,
        platform: guide.recordedPlatform,
        stepsDone: guide.steps.filter((step) => step.done).length,
        totalSteps: guide.steps.length,
        completedAt: guide.completedAt,
        verification: guide.verification,
      })),
    };
    context.print(JSON.stringify(report, null, 2));
    return;
  }
  if (isEmpty(state)) {
    context.print(fill(messages.status.nothing, { command: context.command }));
  } else {
    for (const guide of model.guides) {
      const via = guide.recordedPlatform ? ` (${fill(messages.status.via, { platform: messages.platforms[guide.recordedPlatform] })})` : '';
      context.print(`${guideLine(guide, model, messages, style)}${via}`);
    }
  }
  context.print(style.dim(fill(messages.status.stateFile, { path: context.store.path })));
}
