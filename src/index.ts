// The process boundary: the only module that knows about `process`, and the only one that exits.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { CommanderError } from 'commander';
import { RUN_COMMAND } from './core/catalogue.js';
import { detectLanguage, isSwissLocale } from './core/language.js';
import { fill, LocaleError, type Messages } from './core/messages.js';
import { COMMANDS, createProgram, OPTION_VALUES } from './cli.js';
import type { AppDeps, StopSignal } from './deps.js';
import { CliError, ExitCode } from './errors.js';
import { loadMessages } from './locales.js';
import { wrap } from './core/wrap.js';

/** `--lang de` / `--lang=de` before commander has parsed anything, so even its errors are in that language. */
function languageFlag(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const word = argv[index] as string;
    if (word === '--') break;
    if (word === '--lang') return argv[index + 1];
    if (word.startsWith('--lang=')) return word.slice('--lang='.length);
  }
  return undefined;
}

function quotedPart(message: string): string {
  return /'([^']+)'/.exec(message)?.[1] ?? '';
}

/** Commander's own errors as sentences in the user's language, with exit code 2. */
function commanderMessage(error: CommanderError, messages: Messages): string {
  const { errors } = messages;
  const quoted = quotedPart(error.message);
  switch (error.code) {
    case 'commander.unknownOption':
      return fill(errors.unknownOption, { value: JSON.stringify(quoted), command: RUN_COMMAND });
    case 'commander.unknownCommand':
      return fill(errors.unknownCommand, { value: JSON.stringify(quoted), commands: COMMANDS.join(', '), command: RUN_COMMAND });
    case 'commander.optionMissingArgument': {
      const flag = /--[a-z-]+/.exec(quoted)?.[0] ?? quoted;
      const valid = OPTION_VALUES[flag];
      return valid ? fill(errors.missingValue, { option: flag, valid: valid.join(', ') }) : fill(errors.missingValueFree, { option: flag });
    }
    default:
      return error.message.replace(/^error: /, '');
  }
}

function isPromptExit(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}

/** Messages for stderr, word-wrapped when it is a terminal. */
function complain(deps: AppDeps, text: string): void {
  const width = Math.min(deps.stderr.columns ?? 80, 100) - 1;
  const lines = deps.stderr.isTTY ? text.split('\n').flatMap((line) => wrap(line, width)) : [text];
  deps.stderr.write(`${lines.join('\n')}\n`);
}

const SIGNAL_EXIT_CODES: Readonly<Record<StopSignal, number>> = {
  SIGINT: ExitCode.Cancelled,
  SIGTERM: ExitCode.Terminated,
  SIGHUP: ExitCode.HungUp,
};

/**
 * Told to stop while waiting for an answer: give the terminal back as it was (cursor shown, line
 * editing on), say so in one line (that progress is kept only when this run saved some), and exit
 * with 128 + the signal number. Progress needs no saving here: it is written after every step.
 */
function stopOnSignal(deps: AppDeps, messages: Messages): void {
  deps.onSignal?.((signal) => {
    try {
      const { stdin, stdout } = deps;
      if (stdin.isTTY && stdin.isRaw) stdin.setRawMode?.(false);
      if (stdout.isTTY) stdout.write('\u001B[?25h\n');
      complain(deps, deps.stopNotice?.text ?? messages.errors.cancelled);
    } catch {
      // The terminal may be gone (SIGHUP): the exit code still tells what happened.
    }
    return SIGNAL_EXIT_CODES[signal];
  });
}

/** Runs the tool and returns the exit code; writes only to the streams in `deps`. */
export async function main(argv: readonly string[], deps: AppDeps): Promise<number> {
  let messages: Messages;
  try {
    const language = detectLanguage(deps.env, languageFlag(argv), deps.systemLocale);
    messages = loadMessages(deps.localesDir, language, language === 'de' && isSwissLocale(deps.env, deps.systemLocale));
  } catch (error) {
    deps.stderr.write(`${(error as Error).message}\n`);
    return ExitCode.Error;
  }
  stopOnSignal(deps, messages);
  try {
    await createProgram(deps, messages).parseAsync([...argv], { from: 'user' });
    return ExitCode.Ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end this way too, with exit code 0.
      if (error.exitCode === 0) return ExitCode.Ok;
      complain(deps, commanderMessage(error, messages));
      return ExitCode.Usage;
    }
    if (error instanceof CliError) {
      // An empty message: the output already said it (status --check).
      if (error.message) complain(deps, error.message);
      return error.exitCode;
    }
    if (error instanceof LocaleError) {
      deps.stderr.write(`${error.message}\n`);
      return ExitCode.Error;
    }
    if (isPromptExit(error)) {
      complain(deps, messages.errors.cancelled);
      return ExitCode.Cancelled;
    }
    deps.stderr.write(`${messages.errors.unexpected}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return ExitCode.Error;
  }
}

const packageRoot = new URL('../', import.meta.url);

function readVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as { version: string };
  return manifest.version;
}

/** Entry point for bin/: real streams, real clock, real environment. */
export async function run(): Promise<void> {
  // Output piped into `head` closes early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(ExitCode.Ok);
    throw error;
  });
  const code = await main(process.argv.slice(2), {
    // Getters: setting up a stream costs milliseconds, and most commands never read stdin.
    get stdin() {
      return process.stdin;
    },
    get stdout() {
      return process.stdout;
    },
    get stderr() {
      return process.stderr;
    },
    env: process.env,
    now: () => new Date(),
    localesDir: fileURLToPath(new URL('locales/', packageRoot)),
    homedir: homedir(),
    platform: process.platform,
    version: readVersion(),
    cwd: process.cwd(),
    systemLocale: () => Intl.DateTimeFormat().resolvedOptions().locale,
    stopNotice: {},
    onSignal: (handler) => {
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => process.exit(handler(signal)));
    },
  });
  // Let everything written reach the terminal or pipe before exiting.
  process.stdout.write('', () => process.exit(code));
}
