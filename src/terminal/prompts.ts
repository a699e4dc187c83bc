import type { Environment } from '../core/language.js';
import type { Messages } from '../core/messages.js';
import type { AppDeps } from '../deps.js';
import type { Style } from './style.js';

/** What asking needs: the streams, how to show text, the words and the width. A command's context is one. */
export interface PromptContext {
  readonly deps: Pick<AppDeps, 'stdin' | 'stdout' | 'env'>;
  readonly messages: Messages;
  readonly style: Style;
  readonly width: number;
  /** Writes a line as it is (what a question needs above Inquirer's own drawing). */
  print(text?: string): void;
}

/**
 * The one way commands ask questions. Two implementations answer to it: Inquirer's prompts
 * (inquirer-prompts.ts), which redraw a list as the arrow keys move, and plain numbered questions
 * written once (accessible-prompts.ts). The context picks one; the commands never know which.
 */
export interface Prompts {
  /** One choice from a list; Enter alone takes `default` (else the first). */
  select<Value>(message: string, choices: readonly Choice<Value>[], options?: SelectOptions<Value>): Promise<Value>;
  /** Several choices from a list; the ones `checked` are preselected, the `fixed` ones always included. */
  choose<Value>(message: string, choices: readonly CheckboxChoice<Value>[]): Promise<Value[]>;
  /** A line of text, trimmed; empty when the person just presses Enter. */
  ask(message: string): Promise<string>;
  /** Yes or no; Enter alone takes `default`. */
  confirm(message: string, answers: ConfirmAnswers, defaultValue: boolean): Promise<boolean>;
}

export interface Choice<Value> {
  readonly value: Value;
  readonly name: string;
  /** What stays on screen after the answer; defaults to the name. */
  readonly short?: string;
}

export interface SelectOptions<Value> {
  readonly default?: Value;
  /** Which answers complete something (a step done): only those may be marked as done once answered. */
  readonly completes?: (value: Value) => boolean;
  /** Answers whose effect says at once what was taken ("Opened in your browser."): heard, no "Taken: …" line before it. */
  readonly announces?: (value: Value) => boolean;
}

export interface CheckboxChoice<Value> {
  readonly value: Value;
  readonly name: string;
  readonly checked: boolean;
  /** Shown instead of a box that can be changed, e.g. "(always)". */
  readonly fixed?: string;
}

/** The two answers in words, for the implementations that show them as a list. */
export interface ConfirmAnswers {
  readonly yes: string;
  readonly no: string;
}

/**
 * What every prompt rejects with when the person cancels (Ctrl+C in Inquirer, Ctrl+D in the plain
 * prompts): named as Inquirer names it, so one path turns both into exit code 130.
 */
export class PromptCancelledError extends Error {
  constructor() {
    super('The question was cancelled.');
    this.name = 'ExitPromptError';
  }
}

/** Whether questions can be asked at all: both ends a terminal, and not in CI. */
export function isInteractive(context: Pick<PromptContext, 'deps'>): boolean {
  const { stdin, stdout, env } = context.deps;
  return stdin.isTTY === true && stdout.isTTY === true && !isSet(env['CI']);
}

/**
 * Plain, numbered questions written once, and words instead of marks: asked for with `--accessible`
 * or `ACCESSIBLE` (any value but empty, `0` or `false`), never guessed. A terminal that says it
 * cannot move the cursor (`TERM=dumb`) gets them too.
 */
export function isAccessible(flag: boolean | undefined, env: Environment): boolean {
  return flag === true || isSet(env['ACCESSIBLE']) || env['TERM'] === 'dumb';
}

function isSet(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

export function select<Value>(
  context: { readonly prompts: Prompts },
  message: string,
  choices: readonly Choice<Value>[],
  defaultValue?: Value,
  options: Omit<SelectOptions<Value>, 'default'> = {},
): Promise<Value> {
  return context.prompts.select(message, choices, defaultValue === undefined ? options : { ...options, default: defaultValue });
}

export function choose<Value>(context: { readonly prompts: Prompts }, message: string, choices: readonly CheckboxChoice<Value>[]): Promise<Value[]> {
  return context.prompts.choose(message, choices);
}

export function ask(context: { readonly prompts: Prompts }, message: string): Promise<string> {
  return context.prompts.ask(message);
}

export function confirm(context: { readonly prompts: Prompts }, message: string, answers: ConfirmAnswers, defaultValue: boolean): Promise<boolean> {
  return context.prompts.confirm(message, answers, defaultValue);
}

/** A QR code of a link, in block characters, for a phone's camera (from the lazily loaded bundle). */
export async function qrCode(url: string): Promise<string> {
  const { renderUnicodeCompact } = await import('./qr.js');
  return renderUnicodeCompact(url, { border: 2 });
}
