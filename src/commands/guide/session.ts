import { fill } from '../../core/messages.js';
import type { ProgressState } from '../../core/progress.js';
import { describeStateError, type Context } from '../../context.js';
import { StateError } from '../../state/store.js';

/** The running guide: its context (the language may change once) and the progress so far. */
export interface Session {
  context: Context;
  state: ProgressState;
  /**
   * Whether everything this run recorded is on disk: it saved something and no save failed. Only then
   * does a message say that progress is saved.
   */
  readonly allSaved: boolean;
  /** What is on disk as far as this run knows: the progress it read, or the last it wrote. */
  readonly saved: ProgressState;
  /** Records progress on disk; if that fails the guide says so once and goes on. True when it was written. */
  save(next: ProgressState): Promise<boolean>;
  /** What to say when the person stops the guide. */
  cancelledMessage(): string;
}

export function createSession(context: Context, state: ProgressState): Session {
  let saved = false;
  let onDisk = state;
  // A damaged file that could not be set aside has been reported already; nothing is saved over it.
  let failed = context.store.keptDamaged;
  const session: Session = {
    context,
    state,
    get allSaved() {
      return saved && !failed;
    },
    get saved() {
      return onDisk;
    },
    async save(next) {
      session.state = next;
      try {
        session.state = await session.context.store.write(next);
        onDisk = session.state;
        saved = true;
        return true;
      } catch (error) {
        if (!(error instanceof StateError)) throw error;
        if (!failed) session.context.warn(session.context.errorStyle.warn(describeStateError(error, session.context).message));
        failed = true;
        return false;
      } finally {
        const { stopNotice } = session.context.deps;
        if (stopNotice && saved) stopNotice.text = session.cancelledMessage();
      }
    },
    cancelledMessage() {
      const { messages, command } = session.context;
      return session.allSaved ? fill(messages.errors.cancelledSaved, { command }) : messages.errors.cancelled;
    },
  };
  return session;
}
