import type { ProgressState } from '../../core/progress.js';
import { describeStateError, type Context } from '../../context.js';
import { StateError } from '../../state/store.js';

/** The running guide: its context (the language may change once) and the progress so far. */
export interface Session {
  context: Context;
  state: ProgressState;
  /** Records progress on disk; if that fails the guide says so once and goes on. */
  save(next: ProgressState): Promise<void>;
}

export function createSession(context: Context, state: ProgressState): Session {
  let warned = false;
  const session: Session = {
    context,
    state,
    async save(next) {
      session.state = next;
      try {
        session.state = await session.context.store.write(next);
      } catch (error) {
        if (!(error instanceof StateError)) throw error;
        if (!warned) {
          session.context.warn(session.context.errorStyle.warn(describeStateError(error, session.context).message));
          warned = true;
        }
      }
    },
  };
  return session;
}
