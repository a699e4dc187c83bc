// Synchronous calls on purpose: the file is tiny, a signal cannot arrive halfway through a write
// (handlers run between synchronous calls), and node:fs/promises plus node:crypto would add about
// 5 ms to every start (measured with scripts/bench.js). Only the wait for another run's lock yields.
import { closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, type Stats } from 'node:fs';
import { basename, dirname } from 'node:path';
import { emptyState, mergeStates, type ProgressState } from '../core/progress.js';
import { parseState, serializeState, type StateProblem } from '../core/state-schema.js';
import { removeLeftover, retryWhileBusy, temporaryName, tightenPermissions, writeFileAtomically } from './atomic-file.js';
import { codeOf, reasonOf, type FileReason } from './file-reason.js';
import { takeLock } from './lock.js';
import { foreignOwner, isOwnedByUser, mayChange, resolveTrusted } from './ownership.js';
import { StateError, type StateErrorKind } from './state-error.js';

export { StateError, type StateErrorKind } from './state-error.js';

/** A progress file is a few kilobytes; anything far larger is not ours and is not read into memory. */
const MAX_FILE_SIZE = 1024 * 1024;
/** 255 bytes, less what `.lock` and `.<pid>.<random>.tmp` add to the name. */
const MAX_NAME_BYTES = 255 - 21;

export type ReadOutcome =
  | { readonly kind: 'missing'; readonly state: ProgressState }
  | { readonly kind: 'loaded'; readonly state: ProgressState }
  | { readonly kind: 'broken'; readonly problem: StateProblem };

interface Loaded {
  readonly outcome: ReadOutcome;
  readonly info?: Stats;
}

/**
 * The progress file. It renames, changes the mode of, replaces or deletes only a file that is the
 * user's own (see ownership.ts), never through a link it cannot trust, and only after reading it.
 */
export class StateStore {
  /** Where the data really is: a trusted symbolic link given as the path is followed, once, here. */
  readonly path: string;
  /** Why the path cannot be used at all (an untrusted link): a save reports it before taking a lock. */
  private readonly refusal: FileReason | undefined;
  /** Whether this run has seen the file on disk: if it vanishes later, another run reset it. */
  private seen = false;
  /** What a failed write could not save: kept for the next write, which saves it too. */
  private pending: ProgressState | undefined;
  /** A damaged file that could not be set aside: it stays, and this run saves nothing over it. */
  keptDamaged = false;

  constructor(
    private readonly given: string,
    private readonly now: () => Date,
  ) {
    const path = given;
    let real = path;
    let refusal: FileReason | undefined;
    try {
      real = resolveTrusted(path);
    } catch (error) {
      refusal = reasonOf(error);
    }
    // The lock and the temporary file add up to 21 bytes to the name; most file systems allow 255.
    // A name too long for them would fail every save: it fails the first, before anything is written.
    if (refusal === undefined && Buffer.byteLength(basename(real)) > MAX_NAME_BYTES) {
      refusal = { kind: 'system', code: 'ENAMETOOLONG', message: 'name too long' };
    }
    this.path = real;
    this.refusal = refusal;
  }

  /**
   * What this run recorded that is not on disk yet (a save failed; the next one that succeeds saves
   * it too), or undefined when everything is saved.
   */
  get unsaved(): ProgressState | undefined {
    return this.pending;
  }

  /**
   * Before renaming, replacing, deleting or changing the file: the way to it is checked again from
   * the root down (a folder or link may have changed since the start), and must still lead here.
   */
  private checkWay(): void {
    if (this.refusal) throw new StateError('write-failed', this.path, this.refusal);
    let real: string;
    try {
      real = resolveTrusted(this.given);
    } catch (error) {
      throw new StateError('write-failed', this.path, reasonOf(error));
    }
    if (real !== this.path) throw new StateError('write-failed', this.path, { kind: 'changed' });
  }

  /** A missing file is a fresh start; a file that cannot be read at all throws a StateError. */
  async read(): Promise<ReadOutcome> {
    return this.load('unreadable').outcome;
  }

  private load(kind: StateErrorKind): Loaded {
    // Not even read: the name stands for another file.
    if (this.refusal?.kind === 'not-utf8') throw new StateError(kind, this.path, this.refusal);
    let descriptor: number;
    try {
      // O_NOFOLLOW: a link that was not trusted (or was put in the file's place since) is not followed;
      // O_NONBLOCK: a pipe never blocks.
      descriptor = openSync(this.path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return { outcome: { kind: 'missing', state: emptyState() } };
      // ELOOP: the file is a link, which O_NOFOLLOW does not follow; why it was not trusted is known.
      // ENXIO: a socket, which cannot be opened as a file.
      const code = codeOf(error);
      const reason: FileReason = code === 'ELOOP' ? (this.refusal ?? { kind: 'unsafe-link' }) : code === 'ENXIO' ? { kind: 'not-regular' } : reasonOf(error);
      throw new StateError(kind, this.path, reason);
    }
    try {
      const info = fstatSync(descriptor);
      if (info.isDirectory()) throw new StateError(kind, this.path, { kind: 'system', code: 'EISDIR', message: 'is a directory' });
      // /dev/null, a pipe, a device: never read as progress, never moved aside, never replaced.
      if (!info.isFile()) throw new StateError(kind, this.path, { kind: 'not-regular' });
      this.seen = true;
      if (info.size > MAX_FILE_SIZE) return { outcome: { kind: 'broken', problem: { kind: 'wrong-shape', reason: { key: 'tooLarge' } } }, info };
      const parsed = parseState(readFileSync(descriptor, 'utf8'));
      if (!parsed.ok) return { outcome: { kind: 'broken', problem: parsed.problem }, info };
      // A valid progress file of this user that others can read is made private again.
      if ((info.mode & 0o077) !== 0 && isOwnedByUser(info)) tightenPermissions(descriptor, info.mode);
      return { outcome: { kind: 'loaded', state: parsed.state }, info };
    } catch (error) {
      if (error instanceof StateError) throw error;
      throw new StateError(kind, this.path, reasonOf(error));
    } finally {
      closeSync(descriptor);
    }
  }

  /** Moves a broken file out of the way, keeping it for the user; returns where it went. */
  async setAside(): Promise<string> {
    this.keptDamaged = true;
    this.checkWay();
    const { info } = this.load('write-failed');
    if (info && !mayChange(info, dirname(this.path))) throw new StateError('write-failed', this.path, { kind: 'not-ours' });
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const target = `${this.path}.broken-${stamp}`;
    try {
      retryWhileBusy(() => renameSync(this.path, target));
    } catch (error) {
      throw new StateError('write-failed', this.path, reasonOf(error));
    }
    this.keptDamaged = false;
    this.seen = false;
    return target;
  }

  /**
   * Saves the state merged with what is on disk (another run may have recorded steps meanwhile),
   * under a lock so that two runs cannot interleave their read and write, and atomically. Returns
   * what was written. Nothing already saved is damaged when this fails. A file that this run saw
   * and that is gone now was reset by another run: the reset wins, nothing is written. What a
   * failed write could not save is kept (see `unsaved`) and saved with the next write.
   */
  async write(state: ProgressState): Promise<ProgressState> {
    const wanted = this.pending === undefined ? state : mergeStates(this.pending, state, this.now());
    try {
      const written = await this.writeNow(wanted);
      this.pending = undefined;
      return written;
    } catch (error) {
      // After a reset by another run nothing more is saved, so nothing is waiting either.
      this.pending = error instanceof StateError && error.reason?.kind === 'reset' ? undefined : wanted;
      throw error;
    }
  }

  private async writeNow(state: ProgressState): Promise<ProgressState> {
    this.checkWay();
    try {
      mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
    } catch (error) {
      throw new StateError('write-failed', this.path, reasonOf(error));
    }
    let release: () => void;
    // The temporary file is named in the lock first: a run killed mid-write leaves a lock that says
    // which file it left, and the next run removes that one file, never one that merely looks alike.
    const temporary = temporaryName(this.path);
    try {
      release = await takeLock(`${this.path}.lock`, { note: basename(temporary), onStale: (note) => removeLeftover(this.path, note) });
    } catch (error) {
      throw new StateError('write-failed', this.path, reasonOf(error));
    }
    try {
      const wasSeen = this.seen;
      const { outcome, info } = this.load('write-failed');
      if (outcome.kind === 'missing' && wasSeen) throw new StateError('write-failed', this.path, { kind: 'reset' });
      if (outcome.kind === 'broken') {
        if (outcome.problem.kind === 'future-version') throw new StateError('future-version', this.path);
        throw new StateError('write-failed', this.path, { kind: 'changed' });
      }
      if (info && !mayChange(info, dirname(this.path))) throw new StateError('write-failed', this.path, { kind: 'not-ours' });
      // A missing file reads as the empty state, so merging with it gives this run's state.
      const merged = mergeStates(outcome.state, state, this.now());
      try {
        writeFileAtomically(this.path, serializeState(merged), { mode: 0o600, owner: info && foreignOwner(info), temporary });
      } catch (error) {
        throw new StateError('write-failed', this.path, reasonOf(error));
      }
      this.seen = true;
      return merged;
    } finally {
      release();
    }
  }

  /**
   * Deletes a valid progress file of this user; false when there was none. Anything else (a damaged
   * file, one from a newer version, another user's file) is left alone with a StateError.
   */
  async remove(): Promise<boolean> {
    this.checkWay();
    const { outcome, info } = this.load('write-failed');
    if (outcome.kind === 'missing') return false;
    if (outcome.kind === 'broken') {
      if (outcome.problem.kind === 'future-version') throw new StateError('future-version', this.path);
      throw new StateError('not-progress', this.path);
    }
    if (info && !mayChange(info, dirname(this.path))) throw new StateError('write-failed', this.path, { kind: 'not-ours' });
    try {
      unlinkSync(this.path);
    } catch (error) {
      throw new StateError('write-failed', this.path, reasonOf(error));
    }
    // Forgotten on purpose by this run: its next save starts a new file.
    this.seen = false;
    this.pending = undefined;
    return true;
  }
}
