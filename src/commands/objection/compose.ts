import { formatDate } from '../../core/dates.js';
import { followUpText } from '../../core/follow-up.js';
import { fill, optionalText, type Messages } from '../../core/messages.js';
import { objectionText, type Person } from '../../core/objection.js';
import type { Region } from '../../core/catalogue.js';
import type { Context } from '../../context.js';
import type { ClipboardFailure } from '../../terminal/clipboard.js';
import { softWrap } from '../../core/wrap.js';
import { ask } from '../../terminal/prompts.js';

/** The form's name, quoted; a language without a sourced name describes the form instead (its texts have no {formName}). */
function formName(context: Context): string {
  const { meta, labels } = context.messages;
  const name = optionalText(labels, 'formName');
  return name === undefined ? '' : `${meta.quoteOpen}${name}${meta.quoteClose}`;
}

/**
 * Name and e-mail address (optional) for a text, asked for unless given as options; what is typed
 * lives only in that text, never on disk.
 */
async function askPerson(context: Context, given: Person, note: (line: string) => void): Promise<{ name: string; email: string }> {
  const { objection } = context.messages;
  if (given.name === undefined || given.email === undefined) note(context.style.dim(objection.notStored));
  const name = given.name ?? (await ask(context, objection.askName));
  const email = given.email ?? (await ask(context, objection.askEmail));
  return { name, email };
}

/**
 * The objection with what was given (`--name`, `--email`, `--reasons`); in a terminal, asks for what
 * was not (all optional). Without a terminal what is missing stays a placeholder to fill in.
 */
export async function composeObjection(
  context: Context,
  given: Person,
  interactive: boolean,
  note: (line: string) => void,
  region: Region | undefined,
): Promise<string> {
  const { objection } = context.messages;
  note(fill(objection.intro, { formName: formName(context) }));
  // Never a promise that it will be granted (FACTS §2), and the restriction, once, where it helps.
  note(objection.restrict);
  if (!interactive) return objectionText(context.messages, given, region);
  const person = await askPerson(context, given, note);
  const reasons = given.reasons ?? (await ask(context, objection.askReasons));
  return objectionText(context.messages, { ...person, reasons }, region);
}

/** The follow-up to an objection sent on `sentAt` (a placeholder when not recorded), asked for like the objection. */
export async function composeFollowUp(
  context: Context,
  reply: { readonly sentAt: string | null; readonly extended: boolean },
  given: Person,
  interactive: boolean,
  note: (line: string) => void,
): Promise<string> {
  const { followUp, meta } = context.messages;
  const { sentAt } = reply;
  const date = sentAt === null ? followUp.datePlaceholder : formatDate(sentAt, meta.dateFormat, context.language);
  note(fill(followUp.intro, { formName: formName(context), date }));
  if (sentAt === null) note(fill(followUp.noDate, { placeholder: `${meta.quoteOpen}${followUp.datePlaceholder}${meta.quoteClose}` }));
  const person = interactive ? await askPerson(context, given, note) : given;
  return followUpText(context.messages, sentAt, context.language, person, reply.extended);
}

/**
 * Shows a text to paste, each paragraph on one line: the terminal wraps it on screen, and what is
 * copied from there carries no line breaks of ours. `--copy` gives the same text.
 */
export function showText(context: Context, text: string): void {
  // One line per paragraph, so that what is copied from the screen has no line breaks of ours; in a
  // terminal, words are kept whole at its edge by padding, not by a line break.
  const { stdout } = context.deps;
  const columns = stdout.isTTY ? (stdout.columns ?? 0) : 0;
  for (const line of text.split('\n')) context.print(softWrap(line, columns));
}

/** Why the text is not on the clipboard: "none found" when no program was there, else what each did. */
export function clipboardFailure(failures: readonly ClipboardFailure[], messages: Messages): string {
  const { objection } = messages;
  if (failures.every((failure) => failure.kind === 'missing')) {
    return fill(objection.noClipboard, { tried: failures.map((failure) => failure.program).join(', ') });
  }
  const each = failures.map((failure) => failureText(failure, objection.clipboardReasons));
  return fill(objection.clipboardFailed, { failures: each.join('; ') });
}

function failureText(failure: ClipboardFailure, reasons: Messages['objection']['clipboardReasons']): string {
  switch (failure.kind) {
    case 'missing':
      return fill(reasons.missing, { program: failure.program });
    case 'exit':
      return fill(reasons.exit, { program: failure.program, code: failure.code });
    case 'signal':
      return fill(reasons.signal, { program: failure.program, signal: failure.signal });
    case 'timeout':
      return fill(reasons.timeout, { program: failure.program, seconds: failure.seconds });
    case 'not-tried':
      return fill(reasons.notTried, { program: failure.program });
  }
}
