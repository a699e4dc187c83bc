import { formatDate } from '../../core/dates.js';
import { followUpText } from '../../core/follow-up.js';
import { fill, optionalText } from '../../core/messages.js';
import { objectionText } from '../../core/objection.js';
import type { Region } from '../../core/catalogue.js';
import type { Context } from '../../context.js';
import { ask } from '../../terminal/prompts.js';

/** The form's name, quoted; a language without a sourced name describes the form instead (its texts have no {formName}). */
function formName(context: Context): string {
  const { meta, guides } = context.messages;
  const name = optionalText(guides['objection-form'].labels, 'formName');
  return name === undefined ? '' : `${meta.quoteOpen}${name}${meta.quoteClose}`;
}

/** Name and e-mail address (optional) for a text; what is typed lives only in that text, never on disk. */
async function askPerson(context: Context, note: (line: string) => void): Promise<{ name: string; email: string }> {
  const { objection } = context.messages;
  note(context.style.dim(objection.notStored));
  const name = await ask(context, objection.askName);
  const email = await ask(context, objection.askEmail);
  return { name, email };
}

/**
 * Asks (in a terminal) for a name, an e-mail address and the person's own reasons, all optional,
 * and returns the objection. Without a terminal the text has placeholders to fill in.
 */
export async function composeObjection(context: Context, interactive: boolean, note: (line: string) => void, region: Region | undefined): Promise<string> {
  const { objection } = context.messages;
  note(fill(objection.intro, { formName: formName(context) }));
  if (!interactive) return objectionText(context.messages, {}, region);
  const person = await askPerson(context, note);
  const reasons = await ask(context, objection.askReasons);
  return objectionText(context.messages, { ...person, reasons }, region);
}

/** The follow-up to an objection sent on `sentAt` (a placeholder when not recorded), asked for like the objection. */
export async function composeFollowUp(context: Context, sentAt: string | null, interactive: boolean, note: (line: string) => void): Promise<string> {
  const { followUp, meta } = context.messages;
  const date = sentAt === null ? followUp.datePlaceholder : formatDate(sentAt, meta.dateFormat, context.language);
  note(fill(followUp.intro, { formName: formName(context), date }));
  if (sentAt === null) note(fill(followUp.noDate, { placeholder: `${meta.quoteOpen}${followUp.datePlaceholder}${meta.quoteClose}` }));
  const person = interactive ? await askPerson(context, note) : {};
  return followUpText(context.messages, sentAt, context.language, person);
}

/**
 * Shows a text to paste: in a terminal word-wrapped line by line (so no word breaks at the edge),
 * otherwise exactly as it is; `--copy` gives the unwrapped text either way.
 */
export function showText(context: Context, text: string): void {
  for (const line of text.split('\n')) {
    if (line === '') context.print();
    else context.say(line);
  }
}
