import type { Platform, Region } from '../../core/catalogue.js';
import { renderChecklistJson, renderChecklistMarkdown, renderChecklistText } from '../../core/render.js';
import { plainDecoration, type Decoration } from '../../core/text.js';
import type { CommonOptions } from '../../context.js';
import type { AppDeps } from '../../deps.js';
import { checklistOf, openRecord } from '../shared.js';

export interface ChecklistOptions extends CommonOptions {
  readonly platform?: Platform;
  readonly region?: Region;
  readonly format?: 'text' | 'markdown' | 'json';
}

const markdownDecoration: Decoration = { label: (text) => `**${text}**`, value: (text) => `<${text}>` };

/** Prints every step for the chosen language, platform and region, marking what is recorded. Never asks. */
export async function checklist(options: ChecklistOptions, deps: AppDeps): Promise<void> {
  const { context, state, platform, region } = await openRecord(options, deps, false);
  const format = options.format ?? 'text';
  const decoration = format === 'markdown' ? markdownDecoration : format === 'json' ? plainDecoration : context.style;
  const model = checklistOf(context, state, platform ?? 'web', region, decoration);
  if (format === 'json') context.print(renderChecklistJson(model));
  else if (format === 'markdown') context.print(renderChecklistMarkdown(model, context.messages).join('\n'));
  else context.print(renderChecklistText(model, context.messages, context.style, { steps: true }).join('\n'));
}
