import type { Platform, Region } from '../../core/catalogue.js';
import { fill } from '../../core/messages.js';
import { printable } from '../../core/printable.js';
import { renderChecklistHeard } from '../../core/render-heard.js';
import { joinLines, renderChecklistJson, renderChecklistMarkdown, renderChecklistText } from '../../core/render.js';
import type { CommonOptions } from '../../context.js';
import type { AppDeps } from '../../deps.js';
import { CliError, ExitCode } from '../../errors.js';
import { reasonOf, reasonText } from '../../state/file-reason.js';
import { writeOutputFile } from '../../state/output-file.js';
import { createStyle } from '../../terminal/style.js';
import { checklistOf, openRecord } from '../shared.js';

export interface ChecklistOptions extends CommonOptions {
  readonly platform?: Platform;
  readonly region?: Region;
  readonly format?: 'text' | 'markdown' | 'json';
  /** Write the checklist (a receipt, in Markdown) to this file instead of stdout. */
  readonly output?: string;
}

/**
 * Prints every step for the chosen language, platform and region, marking what is recorded, with
 * the dates and answers of the record: a receipt to keep. Never asks.
 */
export async function checklist(options: ChecklistOptions, deps: AppDeps): Promise<void> {
  const { context, store, state, platform, region } = await openRecord(options, deps);
  const format = options.format ?? 'text';
  // A file gets no colour codes.
  const style = options.output === undefined ? context.style : createStyle(0, { marks: context.style.marks });
  // The model is the same for every format; each renderer shows labels and links its own way.
  const model = checklistOf(context, state, platform, region);
  // Heard in a terminal: the summary first, sections after (a pipe or a file gets the whole text).
  if (context.accessible && format === 'text' && options.output === undefined && deps.stdout.isTTY) {
    for (const line of renderChecklistHeard(model, context.messages, style, context.command)) context.say(line);
    return;
  }
  let content: string;
  if (format === 'json') content = renderChecklistJson(model);
  else if (format === 'markdown') content = renderChecklistMarkdown(model, context.messages, { marks: style.marks }).join('\n');
  else {
    const lines = renderChecklistText(model, context.messages, style, { steps: true });
    if (options.output === undefined && deps.stdout.isTTY) {
      // In a terminal, each line word-wrapped under itself (a step's text under its text, not its box).
      for (const line of lines) context.say(line.text, line.indent, line.hanging);
      return;
    }
    content = joinLines(lines);
  }
  if (options.output === undefined) {
    context.print(content);
    return;
  }
  try {
    writeOutputFile(options.output, `${content}\n`, { protect: [store.path] });
  } catch (error) {
    const reason = reasonText(reasonOf(error), context);
    throw new CliError(fill(context.messages.checklist.writeFailed, { path: printable(options.output), reason }), ExitCode.Error);
  }
  context.note(fill(context.messages.checklist.written, { path: printable(options.output) }));
}
