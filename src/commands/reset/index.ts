import { fill } from '../../core/messages.js';
import { printable } from '../../core/printable.js';
import { createContext, type CommonOptions } from '../../context.js';
import { describeStateError, openStore } from '../../state/progress-file.js';
import type { AppDeps } from '../../deps.js';
import { UsageError } from '../../errors.js';
import { StateError } from '../../state/store.js';
import { confirm, isInteractive } from '../../terminal/prompts.js';

export interface ResetOptions extends CommonOptions {
  readonly yes?: boolean;
}

/** Forgets the recorded progress after a confirmation; `--yes` skips it. Never deletes anything but a valid progress file. */
export async function reset(options: ResetOptions, deps: AppDeps): Promise<void> {
  const context = createContext(options, deps);
  const { messages } = context;
  const store = openStore(options.stateFile, deps, messages);
  try {
    const outcome = await store.read();
    if (outcome.kind === 'missing') {
      context.print(messages.reset.nothing);
      return;
    }
    // Only a valid progress file is deleted: a damaged one, or one from a newer version, is left alone.
    if (outcome.kind === 'broken') {
      throw new StateError(outcome.problem.kind === 'future-version' ? 'future-version' : 'not-progress', store.path);
    }
    if (!options.yes) {
      if (!isInteractive(context)) throw new UsageError(fill(messages.errors.resetNeedsConfirmation, { command: context.command }));
      const sure = await confirm(
        context,
        fill(messages.reset.confirm, { path: printable(store.path) }),
        { yes: messages.reset.yes, no: messages.reset.no },
        false,
      );
      if (!sure) {
        context.print(messages.reset.kept);
        return;
      }
    }
    const removed = await store.remove();
    context.print(removed ? messages.reset.done : messages.reset.nothing);
  } catch (error) {
    if (error instanceof StateError) throw describeStateError(error, context);
    throw error;
  }
}
