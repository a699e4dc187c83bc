// The process boundary: where the process's arguments, environment, streams, clock and signals come
// in (src/state/ asks the system about process ids and users itself), and the only module that exits.
import { closeSync, readFileSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { isatty } from 'node:tty';
import { fileURLToPath } from 'node:url';
import { detectLanguage, isSwissLocale } from './core/language.js';
import { fill, LocaleError, type Messages } from './core/messages.js';
import type { AppDeps, StopSignal } from './deps.js';
import { CliError, ExitCode } from './errors.js';
import { loadMessages } from './locales.js';
import { wrapFor } from './core/wrap.js';
import { readInvocation } from './invocation.js';
import { commandToRunAgain } from './core/invocation.js';
import { quickStart } from './quick-start.js';
import { codeOf, reasonOf, reasonText, type FileReason } from './state/file-reason.js';
import { homeFolder } from './state/paths.js';

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

function isPromptExit(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}

/** Messages for stderr, word-wrapped when it is a terminal. */
function complain(deps: AppDeps, text: string): void {
  deps.stderr.write(`${wrapFor(deps.stderr, text)}\n`);
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
  deps.onSignal?.((signal, notice) => {
    try {
      const { stdin, stdout } = deps;
      // Only a prompt in raw mode (Inquirer's) hides the cursor; the plain prompts never do, and a
      // dumb terminal would print the code as text.
      const inPrompt = stdin.isTTY === true && stdin.isRaw === true;
      if (inPrompt) stdin.setRawMode?.(false);
      if (stdout.isTTY) stdout.write(inPrompt ? '\u001B[?25h\n' : '\n');
      complain(deps, notice ?? messages.errors.cancelled);
    } catch {
      // The terminal may be gone (SIGHUP): the exit code still tells what happened.
    }
    return SIGNAL_EXIT_CODES[signal];
  });
}

/**
 * Watches stdout for a failed write (a full disk, `> /dev/full`, an I/O error): the command's
 * output did not arrive, so the run must not end with 0. A reader that went away (EPIPE, `| head`)
 * is not an error.
 */
function watchOutput(stdout: AppDeps['stdout']): () => Promise<FileReason | undefined> {
  let failure: FileReason | undefined;
  stdout.on('error', (error: unknown) => {
    if (codeOf(error) !== 'EPIPE') failure ??= reasonOf(error);
  });
  // An empty write goes through the stream after everything written before it; the stream reports
  // its error after its callbacks, so look once more a moment later, and at what it holds.
  return () =>
    new Promise((resolve) =>
      stdout.write('', () =>
        setImmediate(() => {
          const held = (stdout as { errored?: unknown }).errored;
          if (failure === undefined && held && codeOf(held) !== 'EPIPE') failure = reasonOf(held);
          resolve(failure);
        }),
      ),
    );
}

/** Runs the tool and returns the exit code; writes only to the streams in `deps`. */
export async function main(argv: readonly string[], deps: AppDeps): Promise<number> {
  const outputFailure = watchOutput(deps.stdout);
  let messages: Messages;
  try {
    const language = detectLanguage(deps.env, languageFlag(argv), deps.systemLocale);
    messages = loadMessages(deps.localesDir, language, language === 'de' && isSwissLocale(deps.env, deps.systemLocale));
  } catch (error) {
    deps.stderr.write(`${(error as Error).message}\n`);
    return ExitCode.Error;
  }
  stopOnSignal(deps, messages);
  const code = await runCommand(argv, deps, messages);
  const failure = await outputFailure();
  if (failure === undefined) return code;
  // The terminal went away (its window closed): nobody is there to read a sentence.
  if (failure.kind === 'system' && failure.code === 'EIO') return ExitCode.HungUp;
  complain(deps, fill(messages.errors.outputFailed, { reason: reasonText(failure, { messages }) }));
  return code === ExitCode.Ok ? ExitCode.Error : code;
}

async function runCommand(argv: readonly string[], deps: AppDeps, messages: Messages): Promise<number> {
  let cli: typeof import('./cli.js') | undefined;
  try {
    const quick = quickStart(argv);
    if (quick) {
      await (await import('./commands/guide/index.js')).guide(quick, deps);
      return ExitCode.Ok;
    }
    cli = await import('./cli.js');
    const words = cli.commandFirst(argv);
    await cli.createProgram(deps, messages, words).parseAsync(words, { from: 'user' });
    return ExitCode.Ok;
  } catch (error) {
    if (cli && error instanceof cli.CommanderError) {
      // --help and --version end this way too, with exit code 0.
      if (error.exitCode === 0) return ExitCode.Ok;
      complain(deps, cli.commanderMessage(error, messages, argv, commandToRunAgain(deps.env, deps.invocation)));
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
    // The terminal went away at a question (setRawMode or a write failed with EIO): a hang-up.
    if (codeOf(error) === 'EIO') return ExitCode.HungUp;
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
  let stopNotice: string | undefined;
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
    // The build's copy of locales/ (scripts/build.js), next to the bundle that reads it.
    localesDir: fileURLToPath(new URL('dist/locales/', packageRoot)),
    homedir: homeFolder({ homedir, userInfo }, process.platform),
    platform: process.platform,
    version: readVersion(),
    cwd: process.cwd(),
    systemLocale: () => Intl.DateTimeFormat().resolvedOptions().locale,
    invocation: readInvocation(process.argv[1], process.platform, process.env),
    setStopNotice: (notice) => {
      stopNotice = notice;
    },
    onSignal: (handler) => {
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => exit(handler(signal, stopNotice)));
      // A stream's error that nothing else handles: the terminal gone (EIO, its window closed) is a
      // hang-up; stderr into a closed pipe (`2>&1 | head -1`) is a reader gone, as for stdout.
      process.on('uncaughtException', (error) => {
        const code = codeOf(error);
        if (code === 'EPIPE') return;
        if (code === 'EIO') exit(handler('SIGHUP', stopNotice));
        process.stderr.write(`${error.stack ?? String(error)}\n`);
        process.exit(ExitCode.Error);
      });
      // Ctrl+D at a question closes the input and leaves the question unanswered for ever; Node would
      // then exit with 0 once nothing is left to do. It is a cancel, like Ctrl+C.
      process.once('beforeExit', () => exit(handler('SIGINT', stopNotice)));
      // After Ctrl+Z and `fg`, readline pauses the input (in its own SIGCONT handler, which runs after
      // this one): resume it afterwards, so the question answers again.
      process.on('SIGCONT', () =>
        setImmediate(() => {
          if (process.stdin.isTTY) process.stdin.resume();
        }),
      );
    },
  });
  // Let everything written reach the terminal or pipe before exiting.
  process.stdout.write('', () => exit(code));
}

/** The standard streams that were a terminal when the tool started. */
const terminals = [0, 1, 2].filter((descriptor) => isatty(descriptor));

/**
 * Exits with `code`, or with 129 when the terminal went away meanwhile (its window closed: it no
 * longer answers as a terminal), however the run noticed it: SIGHUP, EIO, or the end of its input.
 * Node 20 would then abort (SIGABRT) on its way out, failing to restore the gone terminal's
 * settings; it skips descriptors that are closed, so those are closed first.
 */
function exit(code: number): never {
  const gone = terminals.filter((descriptor) => !isatty(descriptor));
  if (gone.length === 0) return process.exit(code);
  for (const descriptor of gone) {
    try {
      closeSync(descriptor);
    } catch {
      // Closed already.
    }
  }
  return process.exit(ExitCode.HungUp);
}
