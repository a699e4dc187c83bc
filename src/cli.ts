import { Command, CommanderError, Option, type OptionValues } from 'commander';
import { LANGUAGES, OUTCOMES, PLATFORMS, REGIONS } from './core/catalogue.js';
import { commandToRunAgain } from './core/invocation.js';
import { fill, type Messages } from './core/messages.js';
import { quoted } from './core/printable.js';
import type { AppDeps } from './deps.js';
import { UsageError } from './errors.js';
import { helpConfiguration } from './help.js';

const CHECKLIST_FORMATS = ['text', 'markdown', 'json'] as const;
const STATUS_FORMATS = ['text', 'json'] as const;
const COMMANDS = ['guide', 'checklist', 'status', 'objection', 'reminder', 'reset'] as const;

// index.ts loads this module only when it parses: it tells commander's errors by this class.
export { CommanderError };

/** The options that take one of a fixed set of values, by long flag: for "needs a value" messages. */
const OPTION_VALUES: Readonly<Record<string, readonly string[]>> = {
  '--lang': LANGUAGES,
  '--platform': PLATFORMS,
  '--region': REGIONS,
  '--outcome': OUTCOMES,
};

/** The values an option of a command takes; `--format` differs between `checklist` and `status`. */
function optionValues(flag: string, command: string | undefined): readonly string[] | undefined {
  if (flag === '--format') return command === 'status' ? STATUS_FORMATS : CHECKLIST_FORMATS;
  return OPTION_VALUES[flag];
}

/** An option given twice must not silently mean the last one: say so, unless both agree. */
function once<T extends string>(flag: string, messages: Messages, parse: (value: string) => T): (value: string, previous: T | undefined) => T {
  return (value, previous) => {
    const parsed = parse(value);
    if (previous !== undefined && previous !== parsed) {
      throw new UsageError(fill(messages.errors.repeatedOption, { option: flag, values: `${previous}, ${parsed}` }));
    }
    return parsed;
  };
}

function choice<T extends string>(flag: string, valid: readonly T[], messages: Messages): (value: string, previous: T | undefined) => T {
  return once(flag, messages, (value) => {
    if ((valid as readonly string[]).includes(value)) return value as T;
    throw new UsageError(fill(messages.errors.invalidValue, { option: flag, value: quoted(value, messages.meta), valid: valid.join(', ') }));
  });
}

/** Options that take the next word as their value (unless written with "="). */
const TAKES_VALUE: ReadonlySet<string> = new Set([
  '--lang',
  '--state-file',
  '--platform',
  '--region',
  '--format',
  '--output',
  '-o',
  '--recheck-after',
  '--outcome',
]);

/**
 * `--platform app status` read as `status --platform app`: commander takes a command's options only
 * after its name, and would take "status" for a stray word of the guide. The name is the first word
 * that is neither an option nor an option's value.
 */
export function commandFirst(argv: readonly string[]): string[] {
  for (let index = 0; index < argv.length; index += 1) {
    const word = argv[index] as string;
    if (word === '--') break;
    if (word.startsWith('-')) {
      if (TAKES_VALUE.has(word)) index += 1;
      continue;
    }
    if (index === 0 || !(COMMANDS as readonly string[]).includes(word)) break;
    return [word, ...argv.slice(0, index), ...argv.slice(index + 1)];
  }
  return [...argv];
}

/** Words after the command that none of the commands takes; `start` is the command as the person started it. */
function rejectArguments(command: Command, messages: Messages, isDefault: boolean, start: string): void {
  const [first] = command.args;
  if (first === undefined) return;
  const template = isDefault && !first.startsWith('-') ? messages.errors.unknownCommand : messages.errors.excessArguments;
  throw new UsageError(fill(template, { value: quoted(first, messages.meta), commands: COMMANDS.join(', '), command: start }));
}

function quotedPart(message: string): string {
  return /'([^']+)'/.exec(message)?.[1] ?? '';
}

/** Commander's own errors as sentences in the user's language, with exit code 2; `start` is the command as the person started it. */
export function commanderMessage(error: CommanderError, messages: Messages, argv: readonly string[], start: string): string {
  const { errors } = messages;
  const named = quotedPart(error.message);
  switch (error.code) {
    case 'commander.unknownOption':
      return fill(errors.unknownOption, { value: quoted(named, messages.meta), command: start });
    case 'commander.unknownCommand':
      return fill(errors.unknownCommand, { value: quoted(named, messages.meta), commands: COMMANDS.join(', '), command: start });
    case 'commander.help': {
      // `help bogus`: commander's help for a command it does not know ends with "(outputHelp)".
      const asked = argv[argv.indexOf('help') + 1] ?? '';
      return fill(errors.unknownCommand, { value: quoted(asked, messages.meta), commands: COMMANDS.join(', '), command: start });
    }
    case 'commander.optionMissingArgument': {
      const flag = /--[a-z-]+/.exec(named)?.[0] ?? named;
      const command = argv.find((word) => (COMMANDS as readonly string[]).includes(word));
      const valid = optionValues(flag, command);
      return valid ? fill(errors.missingValue, { option: flag, valid: valid.join(', ') }) : fill(errors.missingValueFree, { option: flag });
    }
    default:
      return error.message.replace(/^error: /, '');
  }
}

/**
 * Declares the commands and their options, in the user's language. Each action loads its command
 * module only when it runs, so `--help` and `--version` load nothing else. A command line that
 * starts with a command's name (`status --check`) is handled by that command alone, so only it is
 * declared (setting up all six takes about 2 ms, most of it commander's functions compiled on first
 * use, so this saves about 0.6 ms). Any other (`--help`, `--lang de status`,
 * `help status`, a typo) gets them all; a test checks that both give the same for every command.
 */
export function createProgram(deps: AppDeps, messages: Messages, argv: readonly string[] = []): Command {
  const { cli } = messages;
  const only = COMMANDS.find((name) => name === argv[0]);
  const program = new Command('linkedin-ki-optout');
  const configure = (command: Command) =>
    command
      .exitOverride()
      .allowExcessArguments()
      .helpOption('-h, --help', cli.options.help)
      .configureHelp(helpConfiguration(cli, deps.stdout.isTTY ? Math.min(deps.stdout.columns ?? 80, 100) - 1 : 80))
      .configureOutput({
        writeOut: (text) => void deps.stdout.write(text),
        // Commander writes help to stderr only before an error (`help bogus`), which the caller says in a sentence.
        writeErr: () => undefined,
        // Errors are turned into sentences in the user's language by the caller (index.ts).
        outputError: () => undefined,
      });

  configure(program)
    .description(cli.description)
    .version(deps.version, '-V, --version', cli.options.version)
    .helpCommand('help [command]', cli.helpCommand)
    .addOption(new Option('--lang <language>', fill(cli.options.lang, { languages: LANGUAGES.join(', ') })).argParser(choice('--lang', LANGUAGES, messages)))
    .addOption(
      new Option('--state-file <path>', cli.options.stateFile).argParser(
        once('--state-file', messages, (value) => {
          if (value === '') throw new UsageError(fill(messages.errors.missingValueFree, { option: '--state-file' }));
          return value;
        }),
      ),
    )
    .addOption(new Option('--no-color', cli.options.noColor))
    .addOption(new Option('--accessible', cli.options.accessible));

  // Each action loads its command module when it runs, refuses stray words, and passes the
  // parsed options (with the global ones) and the dependencies.
  const run =
    <Options>(load: () => Promise<(options: Options, deps: AppDeps) => Promise<void>>, isDefault = false) =>
    async (_options: unknown, command: Command) => {
      // "guide extra" named the guide: "extra" is a stray word, not an unknown command.
      rejectArguments(command, messages, isDefault && argv[0] !== 'guide', commandToRunAgain(deps.env, deps.invocation));
      const action = await load();
      await action(command.optsWithGlobals<Options & OptionValues>(), deps);
    };

  const platform = () => new Option('--platform <platform>', cli.options.platform).argParser(choice('--platform', PLATFORMS, messages));
  const region = () => new Option('--region <region>', cli.options.region).argParser(choice('--region', REGIONS, messages));
  const output = (description: string) =>
    new Option('-o, --output <file>', description).argParser(
      once('--output', messages, (value) => {
        if (value === '') throw new UsageError(fill(messages.errors.missingValueFree, { option: '--output' }));
        return value;
      }),
    );
  const recheckAfter = () =>
    new Option('--recheck-after <months>', cli.options.recheckAfter).argParser(
      once('--recheck-after', messages, (value) => {
        if (!/^\d{1,3}$/.test(value) || Number(value) < 1 || Number(value) > 120) {
          throw new UsageError(fill(messages.errors.invalidMonths, { value: quoted(value, messages.meta) }));
        }
        return value;
      }),
    );

  // Each command's description, options and action, in the order help lists them.
  const declarations: Readonly<Record<(typeof COMMANDS)[number], (command: Command) => void>> = {
    guide: (command) =>
      command
        .description(cli.commands.guide)
        .addOption(platform())
        .addOption(region())
        .action(run(async () => (await import('./commands/guide/index.js')).guide, true)),
    checklist: (command) =>
      command
        .description(cli.commands.checklist)
        .addOption(platform())
        .addOption(region())
        .addOption(new Option('--format <format>', cli.options.format).argParser(choice('--format', CHECKLIST_FORMATS, messages)))
        .addOption(output(cli.options.output))
        .action(run(async () => (await import('./commands/checklist/index.js')).checklist)),
    status: (command) =>
      command
        .description(cli.commands.status)
        .addOption(new Option('--format <format>', cli.options.statusFormat).argParser(choice('--format', STATUS_FORMATS, messages)))
        .option('--check', cli.options.check)
        .addOption(recheckAfter())
        .action(run(async () => (await import('./commands/status/index.js')).status)),
    objection: (command) =>
      command
        .description(cli.commands.objection)
        .option('--copy', cli.options.copy)
        .option('--follow-up', messages.followUp.optionFollowUp)
        .addOption(new Option('--outcome <answer>', messages.followUp.optionOutcome).argParser(choice('--outcome', OUTCOMES, messages)))
        .addOption(new Option('--name <name>', cli.options.name))
        .addOption(new Option('--email <address>', cli.options.email))
        .addOption(new Option('--reasons <text>', cli.options.reasons))
        .action(run(async () => (await import('./commands/objection/index.js')).objection)),
    reminder: (command) =>
      command
        .description(messages.reminder.command)
        .addOption(output(messages.reminder.optionOutput))
        .option('--force', messages.reminder.optionForce)
        .addOption(recheckAfter())
        .action(run(async () => (await import('./commands/reminder/index.js')).reminder)),
    reset: (command) =>
      command
        .description(cli.commands.reset)
        .option('-y, --yes', cli.options.yes)
        .action(run(async () => (await import('./commands/reset/index.js')).reset)),
  };
  for (const name of only === undefined ? COMMANDS : [only]) {
    declarations[name](configure(program.command(name, { isDefault: name === 'guide' })));
  }

  return program;
}
