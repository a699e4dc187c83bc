import { fill } from '../../core/messages.js';
import { createContext, describeStateError, type CommonOptions } from '../../context.js';
import type { AppDeps } from '../../deps.js';
import { UsageError } from '../../errors.js';
import { StateError } from '../../state/store.js';
import { confirm, isInteractive } from '../../terminal/prompts.js';

export interface ResetOptions extends CommonOptions {
  readonly yes?: boolean;
}

/** Forgets the recorded progress after a confirmation; `--yes` skips it. */
export async function reset(options: ResetOptions, deps: AppDeps): Promise<void> {
  const context = createContext(options, deps);
  const { messages, store } = context;
  try {
    const outcome = await store.read().catch((error: unknown) => {
      // An unreadable file can still be deleted; only a missing one means there is nothing to do.
      if (error instanceof StateError) return { kind: 'unreadable' as const };
      throw error;
    });
    if (outcome.kind === 'missing') {
      context.print(messages.reset.nothing);
      return;
    }
    if (!options.yes) {
      if (!isInteractive(context)) throw new UsageError(fill(messages.errors.resetNeedsConfirmation, { command: context.command }));
      const sure = await confirm(context, fill(messages.reset.confirm, { path: store.path }), { yes: messages.reset.yes, no: messages.reset.no }, false);
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
