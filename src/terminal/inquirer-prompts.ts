import { fill, optionalText } from '../core/messages.js';
import { mark, marked } from '../core/marks.js';
import { visibleLength } from '../core/wrap.js';
import { layoutAnswer, layoutChoice, layoutQuestion, lineCount, pageSize, type QuestionLayout } from './inquirer-layout.js';
import type { CheckboxChoice, Choice, ConfirmAnswers, PromptContext, Prompts, SelectOptions } from './prompts.js';

/** Only the guide, `objection` (in a terminal) and `reset` ask questions; everything else never loads Inquirer. */
async function inquirer() {
  return import('./inquirer.js');
}

/** Inquirer's theme in the context's language and colours; `count` when not every choice fits on screen (the help says how many there are). */
function theme(context: PromptContext, count?: number) {
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
          [
            ...(count === undefined ? [] : [style.bold(fill(messages.listMore, { count }))]),
            ...help.map(([key, action]) => `${style.bold(word(key))} ${style.dim(word(action))}`),
          ],
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
/**
 * Inquirer's prompts on the context's streams, in its language and colours: lists that redraw as
 * the arrow keys move. Questions are word-wrapped here: Inquirer would break long lines in the
 * middle of a word.
 */
/** Columns a typed answer needs after the question before typing starts on a line of its own. */
const TYPING_ROOM = 24;

export function createInquirerPrompts(context: PromptContext): Prompts {
  const streams = { input: context.deps.stdin, output: context.deps.stdout };
  const { width } = context;
  /** The question laid out; what cannot go to Inquirer is written now. */
  const question = (message: string) => {
    const layout = layoutQuestion(message, width);
    for (const line of layout.before) context.print(line);
    return layout;
  };
  /** Inquirer's theme for one question: the answer it echoes goes after that question's last line. */
  const themeFor = (layout: QuestionLayout, choiceLines: number, more: boolean) => {
    const base = theme(context, more ? choiceLines : undefined);
    return { ...base, style: { ...base.style, answer: (answer: string) => layoutAnswer(context.style.accent(answer), layout.end, width) } };
  };
  const prompts: Prompts = {
    async select<Value>(message: string, choices: readonly Choice<Value>[], options: SelectOptions<Value> = {}) {
      const { select } = await inquirer();
      // The answer echoed is the choice's own words; with `completes`, only a completing one
      // carries the green ✔, any other stays neutral.
      const { completes } = options;
      const echo = (choice: Choice<Value>) =>
        completes?.(choice.value) ? marked(context.style, 'completed', choice.short ?? choice.name, context.style.ok) : (choice.short ?? choice.name);
      const layout = question(message);
      const names = choices.map((choice) => layoutChoice(choice.name, 2, width));
      const lines = names.reduce((sum, name) => sum + lineCount(name), 0);
      const size = pageSize(lines, lineCount(layout.message), context.deps.stdout.rows);
      return select<Value>(
        {
          message: layout.message,
          choices: choices.map((choice, index) => ({ value: choice.value, name: names[index] as string, short: echo(choice) })),
          ...(options.default !== undefined ? { default: options.default } : {}),
          loop: false,
          pageSize: size,
          theme: themeFor(layout, choices.length, size < lines),
        },
        streams,
      );
    },

    async choose<Value>(message: string, choices: readonly CheckboxChoice<Value>[]) {
      const { checkbox } = await inquirer();
      const layout = question(message);
      const names = choices.map((choice) => layoutChoice(choice.name, 3, width));
      const lines = names.reduce((sum, name) => sum + lineCount(name), 0);
      const size = pageSize(lines, lineCount(layout.message), context.deps.stdout.rows);
      const base = themeFor(layout, choices.length, size < lines);
      return checkbox<Value>(
        {
          message: layout.message,
          choices: choices.map((choice, index) => ({
            value: choice.value,
            name: names[index] as string,
            checked: choice.checked,
            ...(choice.fixed ? { disabled: choice.fixed } : {}),
          })),
          loop: false,
          pageSize: size,
          theme: {
            ...base,
            icon: {
              checked: context.style.ok(mark(context.style, 'checked')),
              unchecked: mark(context.style, 'unchecked'),
              disabledChecked: context.style.ok(mark(context.style, 'checked')),
            },
            // Once answered, "2 of 3" rather than every title in one long line.
            style: {
              ...base.style,
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
      const layout = question(message);
      // Typing starts on a line of its own where the question leaves little room for it, so a name
      // or an e-mail address is not cut at the edge while it is typed.
      const own = layout.end + 1 + TYPING_ROOM > width;
      const typed = own ? { ...layout, message: `${layout.message}\n `, end: 1 } : layout;
      const answer = await input(
        {
          message: typed.message,
          theme: theme(context),
          // Once given, the answer is word-wrapped under the question like any other.
          transformer: (value: string, { isFinal }: { isFinal: boolean }) => (isFinal ? layoutAnswer(context.style.accent(value), typed.end, width) : value),
        },
        streams,
      );
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
