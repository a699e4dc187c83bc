// Synchronous calls on purpose: the file is tiny, and node:fs/promises plus node:crypto would add
// about 5 ms to every start (measured with scripts/bench.js).
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { emptyState, mergeStates, type ProgressState } from '../core/progress.js';
import { parseState, serializeState, type StateProblem } from '../core/state-schema.js';

/** A progress file is a few kilobytes; anything far larger is not ours and is not read into memory. */
const MAX_FILE_SIZE = 1024 * 1024;

export type ReadOutcome =
  | { readonly kind: 'missing'; readonly state: ProgressState }
  | { readonly kind: 'loaded'; readonly state: ProgressState }
  | { readonly kind: 'broken'; readonly problem: StateProblem };

export type StateErrorKind = 'unreadable' | 'write-failed' | 'future-version';

/** A problem with the progress file that the user has to know about; the message is added by the caller. */
export class StateError extends Error {
  constructor(
    readonly kind: StateErrorKind,
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${kind}: ${path}: ${reason}`);
    this.name = 'StateError';
  }
}

export class StateStore {
  constructor(
    readonly path: string,
    private readonly now: () => Date,
  ) {}

  /** A missing file is a fresh start; a file that cannot be read at all throws a StateError. */
  async read(): Promise<ReadOutcome> {
    let text: string;
    try {
      const info = statSync(this.path);
      if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      if (info.size > MAX_FILE_SIZE) return { kind: 'broken', problem: { kind: 'wrong-shape', reason: 'far too large' } };
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return { kind: 'missing', state: emptyState() };
      throw new StateError('unreadable', this.path, describe(error));
    }
    const parsed = parseState(text);
    if (parsed.ok) return { kind: 'loaded', state: parsed.state };
    return { kind: 'broken', problem: parsed.problem };
  }

  /** Moves a broken file out of the way, keeping it for the user; returns where it went. */
  async setAside(): Promise<string> {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const target = `${this.path}.broken-${stamp}`;
    try {
      renameSync(this.path, target);
    } catch (error) {
      throw new StateError('write-failed', this.path, describe(error));
    }
    return target;
  }

  /**
   * Saves the state merged with what is on disk (another run may have recorded steps meanwhile),
   * atomically: a temporary file in the same directory, flushed, then renamed over the old one.
   * Returns what was written.
   */
  async write(state: ProgressState): Promise<ProgressState> {
    const outcome = await this.read();
    if (outcome.kind === 'broken') {
      if (outcome.problem.kind === 'future-version') throw new StateError('future-version', this.path, String(outcome.problem.version));
      throw new StateError('write-failed', this.path, 'the file was changed by something else and is no longer valid');
    }
    const merged = outcome.kind === 'loaded' ? mergeStates(outcome.state, state) : state;
    // Unique enough: 'wx' refuses to reuse an existing name rather than overwrite it.
    const temporary = `${this.path}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
      const descriptor = openSync(temporary, 'wx', 0o600);
      try {
        writeSync(descriptor, serializeState(merged));
        fsyncSync(descriptor);
      } finally {
        closeSync(descriptor);
      }
      renameSync(temporary, this.path);
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // It was never created, or is gone already.
      }
      throw new StateError('write-failed', this.path, describe(error));
    }
    return merged;
  }

  /** Deletes the file; false when there was none. */
  async remove(): Promise<boolean> {
    try {
      statSync(this.path);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return false;
      throw new StateError('write-failed', this.path, describe(error));
    }
    try {
      rmSync(this.path);
      return true;
    } catch (error) {
      throw new StateError('write-failed', this.path, describe(error));
    }
  }
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** The system's reason without the stack: "permission denied", "is a directory", … */
function describe(error: unknown): string {
  const code = codeOf(error);
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    ENOSPC: 'no space left on the device',
    EROFS: 'read-only file system',
    ENOENT: 'the folder does not exist',
  };
  if (code !== undefined && known[code]) return `${known[code]} (${code})`;
  return error instanceof Error ? error.message : String(error);
}
