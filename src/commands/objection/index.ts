import { LINKS, type Outcome } from '../../core/catalogue.js';
import { formatDate } from '../../core/dates.js';
import { fill } from '../../core/messages.js';
import type { CommonOptions } from '../../context.js';
import type { AppDeps } from '../../deps.js';
import { UsageError } from '../../errors.js';
import { copyToClipboard } from '../../terminal/clipboard.js';
import { isInteractive } from '../../terminal/prompts.js';
import { openRecord } from '../shared.js';
import { clipboardFailure, composeFollowUp, composeObjection, showText } from './compose.js';
import { followUpNotes, objectionStanding, wasExtended } from './follow-up.js';
import { recordOutcome } from './outcome.js';

export interface ObjectionOptions extends CommonOptions {
  readonly copy?: boolean;
  /** The follow-up to an objection sent a month ago without an answer, instead of the objection. */
  readonly followUp?: boolean;
  /** Records LinkedIn's answer instead of writing a text. */
  readonly outcome?: Outcome;
  /** Put into the text as given; never stored. */
  readonly name?: string;
  readonly email?: string;
  readonly reasons?: string;
}

/**
 * `objection`: the objection (or with `--follow-up` the follow-up) on stdout, so it can be
 * redirected, and hints on stderr; `--copy` to the clipboard; `--outcome` records LinkedIn's answer.
 */
export async function objection(options: ObjectionOptions, deps: AppDeps): Promise<void> {
  const { context, store, state, region } = await openRecord(options, deps);
  const { messages } = context;
  if (options.outcome !== undefined) {
    if (options.copy || options.followUp) throw new UsageError(messages.followUp.outcomeAlone);
    await recordOutcome(context, store, state, region, options.outcome);
    return;
  }
  // Hints go to stderr, word-wrapped to its width in a terminal.
  const note = (line: string) => context.note(line);
  const interactive = isInteractive(context);
  const given = { name: options.name, email: options.email, reasons: options.reasons };
  let text: string;
  if (options.followUp) {
    const where = objectionStanding(state, deps.now());
    if (where.followUpDueAt !== null && where.standing !== 'follow-up-due') {
      // Before the day, a follow-up would claim a deadline that has not passed: say when it is due instead.
      const date = (value: Date | string) => formatDate(value, messages.meta.dateFormat, context.language);
      note(fill(messages.followUp.notYet, { due: date(where.followUpDueAt), date: date(where.sentAt), command: context.command }));
      return;
    }
    text = await composeFollowUp(context, { sentAt: where.sentAt, extended: wasExtended(state) }, given, interactive, note);
  } else {
    text = await composeObjection(context, given, interactive, note, region);
  }
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
