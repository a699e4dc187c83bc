import type { Invocation } from './core/invocation.js';
import type { Environment } from './core/language.js';

export interface InputStream extends NodeJS.ReadableStream {
  readonly isTTY?: boolean;
  readonly isRaw?: boolean;
  setRawMode?(mode: boolean): unknown;
}

export type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';
export interface OutputStream extends NodeJS.WritableStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  readonly rows?: number;
}

/** Everything a command touches outside itself; tests pass their own. */
export interface AppDeps {
  readonly stdin: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Environment;
  readonly now: () => Date;
  readonly localesDir: string;
  readonly homedir: string;
  readonly platform: NodeJS.Platform;
  readonly version: string;
  /** The current folder, where files are written by default (`reminder`); relative paths otherwise. */
  readonly cwd?: string;
  /** The system's locale as Intl reports it, the last hint for the language; called only when needed. */
  readonly systemLocale?: () => string | undefined;
  /**
   * Registers what to do when the process is told to stop; the handler gets the notice set last
   * (setStopNotice) and returns the exit code. Absent in tests that do not send signals.
   */
  readonly onSignal?: (handler: (signal: StopSignal, notice: string | undefined) => number) => void;
  /** How the tool was started, for hints that name the command to run again. */
  readonly invocation?: Invocation;
  /**
   * Sets what to say if the process is stopped from now on (the guide, at each save: that progress
   * is saved once it is, else "Cancelled." in the chosen language); until the first, the plain
   * "Cancelled." in the detected one. The notice is kept where the process is, not here.
   */
  readonly setStopNotice?: (notice: string) => void;
}
