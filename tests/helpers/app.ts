import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { main } from '../../src/index.js';
import type { AppDeps, StopSignal } from '../../src/deps.js';
import { tempDir } from './temp.js';
import { createTerminal, type FakeTerminal } from './terminal.js';

export const LOCALES_DIR = fileURLToPath(new URL('../../locales/', import.meta.url));
/** The clock every flow test runs at: 24 November 2026, 10:30 UTC. */
export const FIXED_NOW = new Date('2026-11-24T10:30:00.000Z');

export interface Harness {
  readonly terminal: FakeTerminal;
  readonly home: string;
  readonly statePath: string;
  stderr(): string;
  /** The links the guide opened in the "browser" (a stand-in for xdg-open that writes them down). */
  opened(): string[];
  run(argv: readonly string[]): Promise<number>;
  state(): unknown;
  /** What the tool is given: for tests that call a command's parts directly. */
  readonly deps: AppDeps;
  /** Sends a stop signal as the process would get it; returns the exit code the tool chose. */
  signal(name: StopSignal): number;
  /** Writes a progress file (an object as JSON, a string as it is) where the tool will look. */
  seed(content: object | string): void;
}

export function createHarness(
  options: {
    env?: Record<string, string>;
    tty?: boolean;
    columns?: number;
    localesDir?: string;
    now?: Date;
    cwd?: string;
    /** The platform the tool is told it runs on (Linux unless a test says otherwise). */
    platform?: NodeJS.Platform;
    /** What Intl reports as the system's locale. */
    systemLocale?: string;
  } = {},
): Harness {
  // Removed again when the test ends.
  const home = tempDir();
  const terminal = createTerminal(options.columns);
  let errors = '';
  let onStop: ((signal: StopSignal, notice: string | undefined) => number) | undefined;
  let stopNotice: string | undefined;
  const stderr = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        errors += chunk.toString();
        callback();
      },
    }),
    { isTTY: false },
  );
  if (options.tty === false) {
    terminal.stdin.isTTY = false;
    terminal.stdout.isTTY = false;
  }
  // A browser opener that only writes down what it was asked to open, first on the PATH.
  const fakeBin = join(home, 'fake-bin');
  const opened = join(home, 'opened.txt');
  mkdirSync(fakeBin);
  writeFileSync(join(fakeBin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$1" >> "${opened}"\n`);
  chmodSync(join(fakeBin, 'xdg-open'), 0o755);
  const env = { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), PATH: `${fakeBin}:/usr/bin:/bin`, ...options.env };
  const statePath = join(home, '.config', 'linkedin-ki-optout', 'progress.json');
  const deps: AppDeps = {
    stdin: terminal.stdin,
    stdout: terminal.stdout,
    stderr,
    env,
    now: () => options.now ?? FIXED_NOW,
    localesDir: options.localesDir ?? LOCALES_DIR,
    homedir: home,
    platform: options.platform ?? 'linux',
    version: '9.9.9-test',
    cwd: options.cwd ?? home,
    systemLocale: () => options.systemLocale ?? 'en-US',
    setStopNotice: (notice) => {
      stopNotice = notice;
    },
    onSignal: (handler) => {
      onStop = handler;
    },
  };
  return {
    terminal,
    home,
    statePath,
    stderr: () => errors,
    opened: () => (existsSync(opened) ? readFileSync(opened, 'utf8').trim().split('\n') : []),
    deps,
    run: (argv) => main(argv, deps),
    signal: (name) => {
      if (!onStop) throw new Error('the tool has not registered for signals yet');
      return onStop(name, stopNotice);
    },
    state: () => (existsSync(statePath) ? JSON.parse(readFileSync(statePath, 'utf8')) : undefined),
    seed: (content) => {
      mkdirSync(dirname(statePath), { recursive: true });
      writeFileSync(statePath, typeof content === 'string' ? content : JSON.stringify(content));
    },
  };
}
