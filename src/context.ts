import type { Language, Region } from './core/catalogue.js';
import { commandToRunAgain } from './core/invocation.js';
import { detectLanguage, isSwissLocale } from './core/language.js';
import type { Messages } from './core/messages.js';
import { terminalWidth, wrap, wrapFor } from './core/wrap.js';
import { heardLine } from './core/heard.js';
import type { AppDeps } from './deps.js';
import { loadMessages } from './locales.js';
import { createAccessiblePrompts, TypedLines } from './terminal/accessible-prompts.js';
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
  readonly command: string;
  /** Plain questions written once, and words instead of marks (see isAccessible). */
  readonly accessible: boolean;
  /** How questions are asked: the one place that decides between Inquirer and the plain prompts. */
  readonly prompts: Prompts;
  /** Writes a line to stdout as it is (results, JSON); without one, a blank line between blocks (none in accessible mode). */
  print(line?: string): void;
  /** Writes a paragraph to stdout, word-wrapped to the terminal (not when piped, nor in accessible mode). */
  say(text: string, indent?: string, hangingIndent?: string): void;
  /** The width prompts and paragraphs are wrapped to. */
  readonly width: number;
  /** Writes a message to stderr (a hint, a notice, an error of the file), word-wrapped to its width. */
  note(line: string): void;
  /** The same context in another language (the user picked one in the guide). */
  inLanguage(language: Language): Context;
  /** The same context for a profile in this region: Swiss German for Switzerland (known once read or asked). */
  inRegion(region: Region | undefined): Context;
}

/**
 * The context of a command. German is written the Swiss way (no "ß") for a Swiss locale or a
 * profile in Switzerland (`region`, else the `--region` option).
 */
export function createContext(options: CommonOptions & { readonly region?: Region }, deps: AppDeps): Context {
  return contextIn(options, deps, detectLanguage(deps.env, options.lang, deps.systemLocale), options.region, new TypedLines(deps.stdin));
}

/**
 * The context in one language and region. What is typed is read once for the whole run (`lines`):
 * the contexts in other languages the run moves to read on from there, so nothing typed ahead is lost.
 */
function contextIn(options: CommonOptions, deps: AppDeps, chosen: Language, region: Region | undefined, lines: TypedLines): Context {
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
    command: commandToRunAgain(deps.env, deps.invocation),
    accessible,
    get prompts() {
      prompts ??= accessible
        ? createAccessiblePrompts({ lines, output: deps.stdout, texts: messages.accessible, width: columns })
        : createInquirerPrompts(context);
      return prompts;
    },
    // A blank line between blocks is heard as the word "blank" and nothing else: in accessible mode
    // it is left out (an empty line asked for, as between the paragraphs of a letter, is kept).
    print: (line) => {
      if (line === undefined && accessible) return;
      deps.stdout.write(`${line ?? ''}\n`);
    },
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
    note: (line) => void deps.stderr.write(`${wrapFor(deps.stderr, line)}\n`),
    inLanguage: (other) => (other === chosen ? context : contextIn(options, deps, other, region, lines)),
    inRegion: (other) => (other === region ? context : contextIn(options, deps, chosen, other, lines)),
  };
  return context;
}
