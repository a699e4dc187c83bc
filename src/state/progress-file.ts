import { RUN_COMMAND } from '../core/catalogue.js';
import { fill, type Messages } from '../core/messages.js';
import { printable } from '../core/printable.js';
import { emptyState, type ProgressState } from '../core/progress.js';
import type { RecordReason, ShapeReason, StateProblem } from '../core/state-schema.js';
import { CliError, ExitCode } from '../errors.js';
import { reasonText } from './file-reason.js';
import { NoHomeFolderError, resolveStatePath, type PathContext } from './paths.js';
import { StateError, StateStore } from './store.js';

/** What reading the progress file needs: the words, and where to say what it found. A command's context is one. */
export interface ProgressReader {
  readonly messages: Messages;
  readonly command: string;
  readonly errorStyle: { warn(text: string): string };
  /** Writes a message to stderr. */
  note(line: string): void;
}

/**
 * The progress file of this run: `--state-file`, else the environment's, else the default place. One
 * store for the whole run, whatever the language: it remembers what this run saw on disk. Without a
 * home folder, a sentence saying how to choose a place.
 */
export function openStore(flag: string | undefined, deps: PathContext & { readonly now: () => Date }, messages: Messages): StateStore {
  try {
    return new StateStore(resolveStatePath(flag, deps), deps.now);
  } catch (error) {
    if (error instanceof NoHomeFolderError) throw new CliError(messages.errors.noHomeFolder, ExitCode.Error);
    throw error;
  }
}

/** A StateError as a sentence in the user's language. */
export function describeStateError(error: StateError, context: ProgressReader): CliError {
  const { errors } = context.messages;
  const values = { path: printable(error.path), reason: error.reason ? reasonText(error.reason, context) : '', command: context.command };
  switch (error.kind) {
    case 'unreadable':
      return new CliError(fill(errors.stateUnreadable, values), ExitCode.Error);
    case 'future-version':
      // "…@latest" fetches the newest version, however this one was started.
      return new CliError(fill(errors.stateFutureVersion, { ...values, command: RUN_COMMAND }), ExitCode.Error);
    case 'not-progress':
      return new CliError(fill(errors.stateNotProgress, values), ExitCode.Error);
    case 'write-failed':
      if (error.reason?.kind === 'reset') return new CliError(errors.stateResetMeanwhile, ExitCode.Error);
      return new CliError(fill(errors.stateWriteFailed, values), ExitCode.Error);
  }
}

/** What is wrong with a file's content, in the user's language; names read from the file shown harmless. */
function shapeText(reason: ShapeReason | RecordReason, context: ProgressReader): string {
  const { shape } = context.messages.errors;
  switch (reason.key) {
    case 'noMigration':
      return fill(shape.noMigration, { version: reason.version });
    case 'inGuide':
      return fill(shape.inGuide, { guide: printable(reason.guide), problem: shapeText(reason.problem, context) });
    case 'stepNoDate':
      return fill(shape.stepNoDate, { step: printable(reason.step) });
    default:
      return shape[reason.key];
  }
}

function problemSentence(problem: StateProblem, path: string, context: ProgressReader): string {
  const { errors } = context.messages;
  switch (problem.kind) {
    case 'not-json':
      return fill(errors.stateNotJson, { path: printable(path) });
    case 'wrong-shape':
      return fill(errors.stateWrongShape, { path: printable(path), reason: shapeText(problem.reason, context) });
    case 'future-version':
      return fill(errors.stateFutureVersion, { path: printable(path), command: RUN_COMMAND });
  }
}

/**
 * Loads the recorded progress. A broken file is never overwritten: with `setAside` it is moved away
 * (the user is told where) and a fresh record begins; without, it is reported and left alone.
 * A file from a newer version is never touched: that stops with exit code 1.
 */
export async function loadProgress(context: ProgressReader, store: StateStore, options: { readonly setAside: boolean }): Promise<ProgressState> {
  try {
    const outcome = await store.read();
    if (outcome.kind !== 'broken') return outcome.state;
    const sentence = problemSentence(outcome.problem, store.path, context);
    if (outcome.problem.kind === 'future-version') throw new CliError(sentence, ExitCode.Error);
    if (!options.setAside) {
      context.note(context.errorStyle.warn(`${sentence} ${context.messages.errors.stateIgnored}`));
      return emptyState();
    }
    let movedTo: string;
    try {
      movedTo = await store.setAside();
    } catch (error) {
      if (!(error instanceof StateError) || error.kind !== 'write-failed') throw error;
      // A read-only folder, say: the damaged file stays, and the guide goes on without saving over it.
      const reason = error.reason === undefined ? '' : reasonText(error.reason, context);
      context.note(context.errorStyle.warn(`${sentence} ${fill(context.messages.errors.stateNotSetAside, { reason })}`));
      return emptyState();
    }
    context.note(context.errorStyle.warn(`${sentence} ${fill(context.messages.errors.stateSetAside, { movedTo: printable(movedTo) })}`));
    return emptyState();
  } catch (error) {
    if (error instanceof StateError) throw describeStateError(error, context);
    throw error;
  }
}
