import { RUN_COMMAND, type Language, type Region } from './core/catalogue.js';
import { runCommand } from './core/invocation.js';
import { detectLanguage, isSwissLocale } from './core/language.js';
import { fill, optionalText, type Messages } from './core/messages.js';
import { emptyState, type ProgressState } from './core/progress.js';
import { terminalWidth, wrap, wrapFor } from './core/wrap.js';
import type { RecordReason, ShapeReason, StateProblem } from './core/state-schema.js';
import { printable } from './core/printable.js';
import { heardLine } from './core/heard.js';
import type { AppDeps } from './deps.js';
import { CliError, ExitCode } from './errors.js';
import { loadMessages } from './locales.js';
import type { FileReason } from './state/file-reason.js';
import { resolveStatePath } from './state/paths.js';
import { StateError, StateStore } from './state/store.js';
import { createAccessiblePrompts } from './terminal/accessible-prompts.js';
import { createInquirerPrompts } from './terminal/inquirer-prompts.js';
import { isAccessible, type Prompts } from './terminal/prompts.js';
import { colorLevel, createStyle, type Style } from './terminal/style.js';

/** Options every command accepts. */
export interface CommonOptions {
  readonly lang?: Language;
  readonly stateFile?: string;
  readonly color: boolean;
  /** `--accessible`: plain numbered questions and words instead of marks. */
  readonly accessible?: boolean;
}

/** What a command works with, made once from its options and dependencies. */
export interface Context {
  readonly deps: AppDeps;
  readonly language: Language;
  readonly messages: Messages;
  readonly style: Style;
  readonly errorStyle: Style;
  readonly store: StateStore;
  readonly command: string;
  /** Plain questions written once, and words instead of marks (see isAccessible). */
  readonly accessible: boolean;
  /** How questions are asked: the one place that decides between Inquirer and the plain prompts. */
  readonly prompts: Prompts;
  /** Writes a line to stdout as it is (results, JSON). */
  print(line?: string): void;
  /** Writes a paragraph to stdout, word-wrapped to the terminal (not when piped, nor in accessible mode). */
  say(text: string, indent?: string, hangingIndent?: string): void;
  /** The width prompts and paragraphs are wrapped to. */
  readonly width: number;
  warn(line: string): void;
  /** The same context in another language (the user picked one in the guide). */
  inLanguage(language: Language): Context;
  /** The same context for a profile in this region: Swiss German for Switzerland (known once read or asked). */
  inRegion(region: Region | undefined): Context;
}

/**
 * The context of a command. German is written the Swiss way (no "ß") for a Swiss locale or a
 * profile in Switzerland (`region`, else the `--region` option).
 */
export function createContext(
  options: CommonOptions & { readonly region?: Region },
  deps: AppDeps,
  language?: Language,
  store?: StateStore,
  region: Region | undefined = options.region,
): Context {
  const chosen = language ?? detectLanguage(deps.env, options.lang, deps.systemLocale);
  const swiss = chosen === 'de' && (region === 'ch' || isSwissLocale(deps.env, deps.systemLocale));
  const messages = loadMessages(deps.localesDir, chosen, swiss);
  const width = terminalWidth(deps.stdout);
  const accessible = isAccessible(options.accessible, deps.env);
  // Accessible mode leaves the wrapping to the terminal and needs its real width to keep words whole.
  const columns = deps.stdout.isTTY ? (deps.stdout.columns ?? 0) : 0;
  const marks = !accessible;
  let prompts: Prompts | undefined;
  const context: Context = {
    deps,
    language: chosen,
    messages,
    style: createStyle(colorLevel({ color: options.color, env: deps.env, isTTY: deps.stdout.isTTY === true }), { marks }),
    errorStyle: createStyle(colorLevel({ color: options.color, env: deps.env, isTTY: deps.stderr.isTTY === true }), { marks }),
    // One store for the whole run, whatever the language: it remembers what this run saw on disk.
    store: store ?? new StateStore(resolveStatePath(options.stateFile, deps), deps.now),
    command: runCommand(deps.env, deps.invocation),
    accessible,
    get prompts() {
      prompts ??= accessible
        ? createAccessiblePrompts({ input: deps.stdin, output: deps.stdout, texts: messages.accessible, width: columns })
        : createInquirerPrompts(context);
      return prompts;
    },
    print: (line = '') => void deps.stdout.write(`${line}\n`),
    say: (text, indent = '', hangingIndent) => {
      // In accessible mode the terminal wraps, and the screen reader with it: a line break of the
      // tool's own would cut a sentence (or a command to copy) in two.
      // (heard.ts: no word cut at the edge, asides without brackets).
      if (accessible) return void deps.stdout.write(`${heardLine(indent + text, columns)}\n`);
      const lines = deps.stdout.isTTY ? wrap(text, width, indent, hangingIndent) : [indent + text];
      deps.stdout.write(`${lines.join('\n')}\n`);
    },
    width,
    // Messages on stderr are word-wrapped to its own width, which may differ from stdout's (a pipe).
    warn: (line) => void deps.stderr.write(`${wrapFor(deps.stderr, line)}\n`),
    inLanguage: (other) => (other === chosen ? context : createContext(options, deps, other, context.store, region)),
    inRegion: (other) => (other === region ? context : createContext(options, deps, chosen, context.store, other)),
  };
  return context;
}

/** Why a file operation failed, in the user's language (the system's own words where the code is unknown). */
export function reasonText(reason: FileReason, context: Pick<Context, 'messages'>): string {
  const { errors } = context.messages;
  switch (reason.kind) {
    case 'system':
      return (reason.code === undefined ? undefined : optionalText(errors.reasons, reason.code)) ?? reason.code ?? reason.message;
    case 'not-regular':
      return errors.fileReasons.notRegular;
    case 'changed':
      return errors.fileReasons.changed;
    case 'locked':
      return errors.fileReasons.locked;
    case 'lock-in-the-way':
      return fill(errors.fileReasons.lockInTheWay, { path: printable(reason.path) });
    case 'unsafe-link':
      return errors.fileReasons.unsafeLink;
    case 'not-ours':
      return errors.fileReasons.notOurs;
    case 'progress-file':
      return errors.fileReasons.progressFile;
    case 'exists':
      return errors.fileReasons.exists;
    case 'reset':
      return errors.fileReasons.reset;
  }
}

/** A StateError as a sentence in the user's language. */
export function describeStateError(error: StateError, context: Context): CliError {
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
function shapeText(reason: ShapeReason | RecordReason, context: Context): string {
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

function problemSentence(problem: StateProblem, path: string, context: Context): string {
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
export async function loadProgress(context: Context, options: { readonly setAside: boolean }): Promise<ProgressState> {
  try {
    const outcome = await context.store.read();
    if (outcome.kind !== 'broken') return outcome.state;
    const sentence = problemSentence(outcome.problem, context.store.path, context);
    if (outcome.problem.kind === 'future-version') throw new CliError(sentence, ExitCode.Error);
    if (!options.setAside) {
      context.warn(context.errorStyle.warn(`${sentence} ${context.messages.errors.stateIgnored}`));
      return emptyState();
    }
    const movedTo = await context.store.setAside();
    context.warn(context.errorStyle.warn(`${sentence} ${fill(context.messages.errors.stateSetAside, { movedTo })}`));
    return emptyState();
  } catch (error) {
    if (error instanceof StateError) throw describeStateError(error, context);
    throw error;
  }
}
