import { fill, optionalText, type Messages } from '../core/messages.js';
import { printable } from '../core/printable.js';

/**
 * Why a file could not be read or written: a code from the operating system (EACCES, ENOSPC, …),
 * or one of the tool's own refusals. The locale files turn each into words.
 */
export type FileReason =
  | { readonly kind: 'system'; readonly code: string | undefined; readonly message: string }
  /** A folder, pipe, device or socket where a file was expected. */
  | { readonly kind: 'not-regular' }
  /** The progress file changed on disk into something that is no longer valid. */
  | { readonly kind: 'changed' }
  /** Another run held the lock for longer than a save takes. */
  | { readonly kind: 'locked' }
  /** Something other than the tool's lock file is in the lock's place. */
  | { readonly kind: 'lock-in-the-way'; readonly path: string }
  /** A symbolic link in a shared folder, or to a file of another user. */
  | { readonly kind: 'unsafe-link' }
  /** A folder on the way that another user owns or may write to. */
  | { readonly kind: 'unsafe-folder'; readonly path: string }
  /** A name with bytes that are not UTF-8: Node turned them into U+FFFD, which names another file. */
  | { readonly kind: 'not-utf8' }
  /** Symbolic links that lead round in a circle. */
  | { readonly kind: 'link-loop' }
  /** A file another user owns. */
  | { readonly kind: 'not-ours' }
  /** --output pointed at the progress file. */
  | { readonly kind: 'progress-file' }
  /** The file exists and the caller asked not to replace it. */
  | { readonly kind: 'exists' }
  /** The progress file was deleted by another run (reset) after this run had used it. */
  | { readonly kind: 'reset' };

/** A file operation that failed, with its reason; callers add the sentence. */
export class FileError extends Error {
  constructor(readonly reason: FileReason) {
    super(reason.kind);
    this.name = 'FileError';
  }
}

export function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** An error thrown by node:fs as a reason; a FileError keeps its own. */
export function reasonOf(error: unknown): FileReason {
  if (error instanceof FileError) return error.reason;
  return { kind: 'system', code: codeOf(error), message: error instanceof Error ? error.message : String(error) };
}

/** The text in `errors.fileReasons` for each of the tool's own refusals. */
const SENTENCE: Readonly<Record<Exclude<FileReason['kind'], 'system'>, keyof Messages['errors']['fileReasons']>> = {
  'not-regular': 'notRegular',
  changed: 'changed',
  locked: 'locked',
  'lock-in-the-way': 'lockInTheWay',
  'unsafe-link': 'unsafeLink',
  'unsafe-folder': 'unsafeFolder',
  'not-utf8': 'notUtf8',
  'link-loop': 'linkLoop',
  'not-ours': 'notOurs',
  'progress-file': 'progressFile',
  exists: 'exists',
  reset: 'reset',
};

/** Why a file operation failed, in the user's language (the system's own words where the code is unknown). */
export function reasonText(reason: FileReason, context: { readonly messages: Messages }): string {
  const { errors } = context.messages;
  if (reason.kind === 'system') {
    return (reason.code === undefined ? undefined : optionalText(errors.reasons, reason.code)) ?? reason.code ?? reason.message;
  }
  const sentence = errors.fileReasons[SENTENCE[reason.kind]];
  return reason.kind === 'lock-in-the-way' || reason.kind === 'unsafe-folder' ? fill(sentence, { path: printable(reason.path) }) : sentence;
}
