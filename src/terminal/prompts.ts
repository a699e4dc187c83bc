import type { Context } from '../context.js';
import { wrap } from '../core/wrap.js';

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
  const actions: Record<string, string> = { navigate: messages.step.keys.navigate, select: messages.step.keys.select };
  return {
    prefix: { idle: style.accent('?'), done: style.ok('✔') },
    style: {
      answer: style.accent,
      message: (text: string) => style.bold(text),
      highlight: style.accent,
      help: style.dim,
      description: style.dim,
      disabled: style.dim,
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, action]) => `${style.bold(key)} ${style.dim(actions[action] ?? action)}`).join(style.dim(' • ')),
    },
  };
}

/** Room for Inquirer's "? " in front and the short answer it appends once answered. */
const PROMPT_MARGIN = 14;

/**
 * One choice from a list, on the context's streams, in its language and colours. The question is
 * word-wrapped here: Inquirer would break long lines in the middle of a word.
 */
export async function select<Value>(
  context: Context,
  message: string,
  choices: readonly Choice<Value>[],
  defaultValue?: Value,
): Promise<Value> {
  const { select: inquirerSelect } = await inquirer();
  return inquirerSelect<Value>(
    {
      message: wrap(message, context.width - PROMPT_MARGIN).join('\n'),
      choices: choices.map((choice) => ({ value: choice.value, name: choice.name, short: choice.short ?? choice.name })),
      ...(defaultValue !== undefined ? { default: defaultValue } : {}),
      loop: false,
      theme: theme(context),
    },
    { input: context.deps.stdin, output: context.deps.stdout },
  );
}
