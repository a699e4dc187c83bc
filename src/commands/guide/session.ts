import type { GuideId } from '../../core/catalogue.js';
import { fill } from '../../core/messages.js';
import type { ProgressState } from '../../core/progress.js';
import type { Context } from '../../context.js';
import { describeStateError } from '../../state/progress-file.js';
import { StateError, type StateStore } from '../../state/store.js';

/** The running guide: its context (the language may change once) and the progress so far. */
export interface Session {
  context: Context;
  /** The progress file, one for the whole run whatever the language. */
  readonly store: StateStore;
  state: ProgressState;
  /**
   * Whether everything this run recorded is on disk: it saved something and no save failed since the
   * last one that worked. Only then does a message say that progress is saved.
   */
  readonly allSaved: boolean;
  /** What is on disk as far as this run knows: the progress it read, or the last it wrote. */
  readonly saved: ProgressState;
  /** The guides whose answers are not on disk because their save failed (and none has worked since). */
  readonly unsaved: readonly GuideId[];
  /**
   * Records progress on disk. When that fails the guide says so at this answer, every time, and goes
   * on; the next save that works writes what was missed. True when it was written.
   */
  save(next: ProgressState, guide?: GuideId): Promise<boolean>;
  /** What to say when the person stops the guide. */
  cancelledMessage(): string;
}

export function createSession(context: Context, store: StateStore, state: ProgressState): Session {
  let saved = false;
  let missed: GuideId[] = [];
  let onDisk = state;
  let failing = store.keptDamaged;
  const session: Session = {
    context,
    store,
    state,
    get allSaved() {
      return saved && !failing;
    },
    get saved() {
      return onDisk;
    },
    get unsaved() {
      return missed;
    },
    async save(next, guide) {
      session.state = next;
      // A damaged file that stays: the run said once that it saves nothing, and writes nothing over it.
      if (store.keptDamaged) {
        if (guide !== undefined && !missed.includes(guide)) missed = [...missed, guide];
        return false;
      }
      try {
        session.state = await store.write(next);
        onDisk = session.state;
        saved = true;
        failing = false;
        missed = [];
        return true;
      } catch (error) {
        if (!(error instanceof StateError)) throw error;
        session.context.note(session.context.errorStyle.warn(describeStateError(error, session.context).message));
        failing = true;
        if (guide !== undefined && !missed.includes(guide)) missed = [...missed, guide];
        return false;
      } finally {
        // What a signal is to say from now on, in the language chosen: progress saved only when it is.
        session.context.deps.setStopNotice?.(session.cancelledMessage());
      }
    },
    cancelledMessage() {
      const { messages, command } = session.context;
      return session.allSaved ? fill(messages.errors.cancelledSaved, { command }) : messages.errors.cancelled;
    },
  };
  return session;
}
