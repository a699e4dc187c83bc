import { LINKS, type Outcome } from '../../core/catalogue.js';
import { fill } from '../../core/messages.js';
import type { CommonOptions } from '../../context.js';
import type { AppDeps } from '../../deps.js';
import { UsageError } from '../../errors.js';
import { copyToClipboard, type ClipboardFailure } from '../../terminal/clipboard.js';
import type { Messages } from '../../core/messages.js';
import { isInteractive } from '../../terminal/prompts.js';
import { openRecord } from '../shared.js';
import { composeFollowUp, composeObjection, showText } from './compose.js';
import { followUpNotes, recordedReply } from './follow-up.js';
import { recordOutcome } from './outcome.js';

export interface ObjectionOptions extends CommonOptions {
  readonly copy?: boolean;
  /** The follow-up to an objection sent a month ago without an answer, instead of the objection. */
  readonly followUp?: boolean;
  /** Records LinkedIn's answer instead of writing a text. */
  readonly outcome?: Outcome;
}

/**
 * `objection`: the objection (or with `--follow-up` the follow-up) on stdout, so it can be
 * redirected, and hints on stderr; `--copy` to the clipboard; `--outcome` records LinkedIn's answer.
 */
export async function objection(options: ObjectionOptions, deps: AppDeps): Promise<void> {
  const { context, state, region } = await openRecord(options, deps, false);
  const { messages } = context;
  if (options.outcome !== undefined) {
    if (options.copy || options.followUp) throw new UsageError(fill(messages.followUp.outcomeAlone, { command: context.command }));
    await recordOutcome(context, state, region, options.outcome);
    return;
  }
  // Hints go to stderr, word-wrapped to its width in a terminal.
  const note = (line: string) => context.warn(line);
  const interactive = isInteractive(context);
  const text = options.followUp
    ? await composeFollowUp(context, recordedReply(state, deps.now())?.sentAt ?? null, interactive, note)
    : await composeObjection(context, interactive, note);
  const after = () => {
    const notes = options.followUp ? followUpNotes(context, region) : [fill(messages.objection.paste, { link: LINKS.objectionForm })];
    for (const line of notes) note(line);
  };
  if (options.copy) {
    const copied = await copyToClipboard(text, deps.platform, deps.env);
    if ('program' in copied) {
      note(fill(messages.objection.copied, { program: copied.program }));
      after();
      return;
    }
    note(clipboardFailure(copied.failures, messages));
  }
  showText(context, text);
  after();
}

/** Why the text is not on the clipboard: "none found" when no program was there, else what each did. */
function clipboardFailure(failures: readonly ClipboardFailure[], messages: Messages): string {
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
