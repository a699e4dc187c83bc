import { fill, optionalText } from '../core/messages.js';
import { mark, marked } from '../core/marks.js';
import { visibleLength, wrap } from '../core/wrap.js';
import type { CheckboxChoice, Choice, ConfirmAnswers, PromptContext, Prompts, SelectOptions } from './prompts.js';

/** Only the guide, `objection` (in a terminal) and `reset` ask questions; everything else never loads Inquirer. */
async function inquirer() {
  return import('./inquirer.js');
}

function theme(context: PromptContext) {
  const { style, messages } = context;
  const keys: Record<string, string> = messages.step.keys;
  // Inquirer passes keys and actions of its own; those without a translation are shown as they are.
  const word = (name: string) => optionalText(keys, name) ?? name;
  return {
    // Neutral once answered: only an answer that completes a step carries the green ✔ (see select).
    prefix: { idle: style.accent('?'), done: style.dim('›') },
    style: {
      answer: style.accent,
      message: (text: string) => style.bold(text),
      highlight: style.accent,
      help: style.dim,
      description: style.dim,
      disabled: style.dim,
      keysHelpTip: (help: [string, string][]) =>
        keyLines(
          help.map(([key, action]) => `${style.bold(word(key))} ${style.dim(word(action))}`),
          style.dim(` ${mark(style, 'bullet')} `),
          context.width,
        ),
    },
  };
}

/**
 * The key-help items ("↑↓ move", "space select", …) on as few lines as fit the width, broken only
 * between items: the terminal would otherwise cut one in the middle of a word.
 */
export function keyLines(items: readonly string[], separator: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const joined = line === '' ? item : `${line}${separator}${item}`;
    if (line !== '' && visibleLength(joined) > width) {
      lines.push(line);
      line = item;
    } else {
      line = joined;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

/**
 * The question word-wrapped for Inquirer (which would break long lines in the middle of a word):
 * the full width less its "? " in front, and room on the last line for the answer it appends.
 */
function wrapQuestion(context: PromptContext, message: string, answers: readonly string[]): string {
  const width = Math.max(20, context.width - 2);
  const longest = Math.min(Math.max(0, ...answers.map((answer) => visibleLength(answer))), width - 10);
  const lines = wrap(message, width);
  const last = lines.at(-1) ?? '';
  // No room for the answer on the last line: it goes on a line of its own, rather than squeezing the question.
  return visibleLength(last) + 1 + longest > width ? `${lines.join('\n')}\n` : lines.join('\n');
}

/**
 * A choice word-wrapped under itself: Inquirer would break a long one in the middle of a word (a
 * French or Italian answer is often longer than 40 columns). `prefix` is how wide Inquirer's marks
 * in front of it are ("❯ ", "❯◯ ").
 */
function wrapChoice(context: PromptContext, name: string, prefix: number): string {
  return wrap(name, Math.max(20, context.width - prefix)).join(`\n${' '.repeat(prefix)}`);
}

/**
 * Inquirer's prompts on the context's streams, in its language and colours: lists that redraw as
 * the arrow keys move. Questions are word-wrapped here: Inquirer would break long lines in the
 * middle of a word.
 */
export function createInquirerPrompts(context: PromptContext): Prompts {
  const streams = { input: context.deps.stdin, output: context.deps.stdout };
  const prompts: Prompts = {
    async select<Value>(message: string, choices: readonly Choice<Value>[], options: SelectOptions<Value> = {}) {
      const { select } = await inquirer();
      // With `completes`, the answer that stays on screen is neutral, and only a completing one
      // carries the green ✔.
      const { completes } = options;
      const short = (choice: Choice<Value>) =>
        completes?.(choice.value) ? marked(context.style, 'completed', choice.short ?? choice.name, context.style.ok) : (choice.short ?? choice.name);
      const base = theme(context);
      return select<Value>(
        {
          message: wrapQuestion(context, message, choices.map(short)),
          choices: choices.map((choice) => ({ value: choice.value, name: wrapChoice(context, choice.name, 2), short: short(choice) })),
          ...(options.default !== undefined ? { default: options.default } : {}),
          loop: false,
          theme: base,
        },
        streams,
      );
    },

    async choose<Value>(message: string, choices: readonly CheckboxChoice<Value>[]) {
      const { checkbox } = await inquirer();
      return checkbox<Value>(
        {
          message: wrapQuestion(context, message, [fill(context.messages.plan.chosen, { count: 10, total: 10 })]),
          choices: choices.map((choice) => ({
            value: choice.value,
            name: wrapChoice(context, choice.name, 3),
            checked: choice.checked,
            ...(choice.fixed ? { disabled: choice.fixed } : {}),
          })),
          loop: false,
          theme: {
            ...theme(context),
            icon: {
              checked: context.style.ok(mark(context.style, 'checked')),
              unchecked: mark(context.style, 'unchecked'),
              disabledChecked: context.style.ok(mark(context.style, 'checked')),
            },
            // Once answered, "2 of 3" rather than every title in one long line.
            style: {
              ...theme(context).style,
              renderSelectedChoices: (selected: readonly unknown[], all: readonly unknown[]) =>
                fill(context.messages.plan.chosen, { count: selected.length, total: all.length }),
            },
            i18n: { disabledError: context.messages.plan.fixedError },
          },
        },
        streams,
      );
    },

    async ask(message: string) {
      const { input } = await inquirer();
      // The typed answer can be any length; it wraps as the terminal wraps it.
      const answer = await input({ message: wrapQuestion(context, message, []), theme: theme(context) }, streams);
      return answer.trim();
    },

    // A list of the two answers in words, the default first and under the cursor.
    confirm(message: string, answers: ConfirmAnswers, defaultValue: boolean) {
      const yes = { value: true, name: answers.yes };
      const no = { value: false, name: answers.no };
      return prompts.select(message, defaultValue ? [yes, no] : [no, yes]);
    },
  };
  return prompts;
}
