import { LINKS } from '../../core/catalogue.js';
import { fill } from '../../core/messages.js';
import { createContext, type CommonOptions } from '../../context.js';
import type { AppDeps } from '../../deps.js';
import { clipboardPrograms, copyToClipboard } from '../../terminal/clipboard.js';
import { isInteractive } from '../../terminal/prompts.js';
import { composeObjection } from './compose.js';

export interface ObjectionOptions extends CommonOptions {
  readonly copy?: boolean;
}

/** `objection`: the text on stdout (so it can be redirected), hints on stderr; `--copy` to the clipboard. */
export async function objection(options: ObjectionOptions, deps: AppDeps): Promise<void> {
  const context = createContext(options, deps);
  const { messages } = context;
  const note = (line: string) => context.warn(line);
  const text = await composeObjection(context, isInteractive(context), note);
  if (options.copy) {
    const program = await copyToClipboard(text, deps.platform, deps.env);
    if (program !== undefined) {
      note(fill(messages.objection.copied, { program }));
      note(fill(messages.objection.paste, { link: LINKS.objectionForm }));
      return;
    }
    const tried = clipboardPrograms(deps.platform).map(([name]) => name).join(', ');
    note(fill(messages.objection.noClipboard, { tried }));
  }
  context.print(text);
  note(fill(messages.objection.paste, { link: LINKS.objectionForm }));
}
