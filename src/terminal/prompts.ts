import type { Context } from '../context.js';
import { fill, optionalText } from '../core/messages.js';
import { visibleLength, wrap } from '../core/wrap.js';

export interface Choice<Value> {
  readonly value: Value;
  readonly name: string;
  /** What stays on screen after the answer; defaults to the name. */
  readonly short?: string;
}

/** Only the guide and `reset` ask questions; everything else never loads Inquirer. */
async function inquirer() {
  return import('./inquirer.js');
}

/** Whether questions can be asked at all: both ends a terminal, and not in CI. */
export function isInteractive(context: Pick<Context, 'deps'>): boolean {
  const { stdin, stdout, env } = context.deps;
  const ci = env['CI'];
  return stdin.isTTY === true && stdout.isTTY === true && !(ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false');
}

function theme(context: Context) {
  const { style, messages } = context;
  const keys: Record<string, string> = messages.step.keys;
  // Inquirer passes keys and actions of its own; those without a translation are shown as they are.
  const word = (name: string) => optionalText(keys, name) ?? name;
  return {
    // Neutral once answered: only an answer that completes a step gets the green ✔ (see select).
    prefix: { idle: style.accent('?'), done: style.dim('›') },
    style: {
      answer: style.accent,
      message: (text: string) => style.bold(text),
      highlight: style.accent,
      help: style.dim,
      description: style.dim,
      disabled: style.dim,
      keysHelpTip: (help: [string, string][]) =>
        help.map(([key, action]) => `${style.bold(word(key))} ${style.dim(word(action))}`).join(style.dim(' • ')),
    },
  };
}

/**
 * The question word-wrapped for Inquirer (which would break long lines in the middle of a word):
 * the full width less its "? " in front, and room on the last line for the answer it appends.
 */
function wrapQuestion(context: Context, message: string, answers: readonly string[]): string {
  const width = Math.max(20, context.width - 2);
  const longest = Math.min(Math.max(0, ...answers.map((answer) => visibleLength(answer))), width - 10);
  const lines = wrap(message, width);
  const last = lines.pop() ?? '';
  if (visibleLength(last) + 1 + longest > width) lines.push(...wrap(last, Math.max(10, width - 1 - longest)));
  else lines.push(last);
  return lines.join('\n');
}

/**
 * One choice from a list, on the context's streams, in its language and colours. The question is
 * word-wrapped here: Inquirer would break long lines in the middle of a word.
 */
export async function select<Value>(
  context: Context,
  message: string,
  choices: readonly Choice<Value>[],
  defaultValue?: Value,
  options: { readonly completes?: (value: Value) => boolean } = {},
): Promise<Value> {
  const { select: inquirerSelect } = await inquirer();
  // The answer that stays on screen; a completed step's carries the green ✔.
  const short = (choice: Choice<Value>) =>
    options.completes?.(choice.value) ? `${context.style.ok('✔')} ${choice.short ?? choice.name}` : (choice.short ?? choice.name);
  return inquirerSelect<Value>(
    {
      message: wrapQuestion(context, message, choices.map(short)),
      choices: choices.map((choice) => ({ value: choice.value, name: choice.name, short: short(choice) })),
      ...(defaultValue !== undefined ? { default: defaultValue } : {}),
      loop: false,
      theme: theme(context),
    },
    { input: context.deps.stdin, output: context.deps.stdout },
  );
}

export interface CheckboxChoice<Value> {
  readonly value: Value;
  readonly name: string;
  readonly checked: boolean;
  /** Shown instead of a box that can be changed, e.g. "(always)". */
  readonly fixed?: string;
}

/** Several choices from a list (space to change one, Enter to go on). */
export async function choose<Value>(context: Context, message: string, choices: readonly CheckboxChoice<Value>[]): Promise<Value[]> {
  const { checkbox } = await inquirer();
  return checkbox<Value>(
    {
      message: wrapQuestion(context, message, [fill(context.messages.plan.chosen, { count: 10, total: 10 })]),
      choices: choices.map((choice) => ({
        value: choice.value,
        name: choice.name,
        checked: choice.checked,
        ...(choice.fixed ? { disabled: choice.fixed } : {}),
      })),
      loop: false,
      theme: {
        ...theme(context),
        icon: { checked: context.style.ok('◉'), unchecked: '◯', disabledChecked: context.style.ok('◉') },
        // Once answered, "2 of 3" rather than every title in one long line.
        style: {
          ...theme(context).style,
          renderSelectedChoices: (selected: readonly unknown[], all: readonly unknown[]) =>
            fill(context.messages.plan.chosen, { count: selected.length, total: all.length }),
        },
        i18n: { disabledError: context.messages.plan.fixedError },
      },
    },
    { input: context.deps.stdin, output: context.deps.stdout },
  );
}

/** A line of text; empty when the person just presses Enter. */
export async function ask(context: Context, message: string): Promise<string> {
  const { input } = await inquirer();
  const answer = await input(
    // The typed answer can be any length; it wraps as the terminal wraps it.
    { message: wrapQuestion(context, message, []), theme: theme(context) },
    { input: context.deps.stdin, output: context.deps.stdout },
  );
  return answer.trim();
}

/** A QR code of a link, in block characters, for a phone's camera. */
export async function qrCode(url: string): Promise<string> {
  const { renderUnicodeCompact } = await inquirer();
  return renderUnicodeCompact(url, { border: 2 });
}
