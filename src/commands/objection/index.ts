import { LINKS, type Outcome } from '../../core/catalogue.js';
import { fill } from '../../core/messages.js';
import type { CommonOptions } from '../../context.js';
import type { AppDeps } from '../../deps.js';
import { UsageError } from '../../errors.js';
import { clipboardPrograms, copyToClipboard } from '../../terminal/clipboard.js';
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
    : await composeObjection(context, interactive, note, region);
  const after = () => {
    const notes = options.followUp ? followUpNotes(context, region) : [fill(messages.objection.paste, { link: LINKS.objectionForm })];
    for (const line of notes) note(line);
  };
  if (options.copy) {
    const program = await copyToClipboard(text, deps.platform, deps.env);
    if (program !== undefined) {
      note(fill(messages.objection.copied, { program }));
      after();
      return;
    }
    const tried = clipboardPrograms(deps.platform)
      .map(([name]) => name)
      .join(', ');
    note(fill(messages.objection.noClipboard, { tried }));
  }
  showText(context, text);
  after();
}
