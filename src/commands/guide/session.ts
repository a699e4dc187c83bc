import { fill } from '../../core/messages.js';
import type { ProgressState } from '../../core/progress.js';
import { describeStateError, type Context } from '../../context.js';
import { StateError } from '../../state/store.js';

/** The running guide: its context (the language may change once) and the progress so far. */
export interface Session {
  context: Context;
  state: ProgressState;
  /** Whether this run has saved anything: only then does a stop message say progress is saved. */
  saved: boolean;
  /** Records progress on disk; if that fails the guide says so once and goes on. */
  save(next: ProgressState): Promise<void>;
  /** What to say when the person stops the guide. */
  cancelledMessage(): string;
}

export function createSession(context: Context, state: ProgressState): Session {
  let warned = false;
  const session: Session = {
    context,
    state,
    saved: false,
    async save(next) {
      session.state = next;
      try {
        session.state = await session.context.store.write(next);
        session.saved = true;
        const { stopNotice } = session.context.deps;
        if (stopNotice) stopNotice.text = session.cancelledMessage();
      } catch (error) {
        if (!(error instanceof StateError)) throw error;
        if (!warned) {
          session.context.warn(session.context.errorStyle.warn(describeStateError(error, session.context).message));
          warned = true;
        }
      }
    },
    cancelledMessage() {
      const { messages, command } = session.context;
      return session.saved ? fill(messages.errors.cancelledSaved, { command }) : messages.errors.cancelled;
    },
  };
  return session;
}
