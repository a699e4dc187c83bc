import type { FileReason } from './file-reason.js';

export type StateErrorKind = 'unreadable' | 'write-failed' | 'future-version' | 'not-progress';

/** A problem with the progress file that the user has to know about; the message is added by the caller. */
export class StateError extends Error {
  constructor(
    readonly kind: StateErrorKind,
    readonly path: string,
    readonly reason?: FileReason,
  ) {
    // For a stack trace only: the sentence the user reads is made from the fields.
    super(`${kind}: ${path}`);
    this.name = 'StateError';
  }
}
