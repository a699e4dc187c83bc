import { fill } from '../../core/messages.js';
import { objectionText } from '../../core/objection.js';
import type { Context } from '../../context.js';
import { ask } from '../../terminal/prompts.js';

/**
 * Asks (in a terminal) for a name and e-mail address to put in, both optional, and returns the
 * text. What is typed lives only in this text: it is never written to the progress file or anywhere.
 */
export async function composeObjection(context: Context, interactive: boolean, note: (line: string) => void): Promise<string> {
  const { objection } = context.messages;
  const formName = `${context.messages.meta.quoteOpen}${context.messages.guides['objection-form'].labels.formName}${context.messages.meta.quoteClose}`;
  note(fill(objection.intro, { formName }));
  if (!interactive) return objectionText(context.messages, {});
  note(context.style.dim(objection.notStored));
  const name = await ask(context, objection.askName);
  const email = await ask(context, objection.askEmail);
  return objectionText(context.messages, { name, email });
}
