import type { Environment } from './core/language.js';

export interface InputStream extends NodeJS.ReadableStream {
  readonly isTTY?: boolean;
}
export interface OutputStream extends NodeJS.WritableStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
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
  /** The system's locale as Intl reports it, the last hint for the language; called only when needed. */
  readonly systemLocale?: () => string | undefined;
}
