/** Exit codes, documented in the README. */
export const ExitCode = {
  Ok: 0,
  Error: 1,
  Usage: 2,
  /** `status --check`: something that applies is not done, or due for a re-check. */
  CheckFailed: 3,
  /** Stopped by a hang-up (SIGHUP), 128 + 1. */
  HungUp: 129,
  /** Ctrl+C or SIGINT, 128 + 2. */
  Cancelled: 130,
  /** Stopped by SIGTERM, 128 + 15. */
  Terminated: 143,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** An error the user can act on: its message is a finished sentence in their language. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(message, ExitCode.Usage);
    this.name = 'UsageError';
  }
}

export class CancelledError extends CliError {
  constructor(message: string) {
    super(message, ExitCode.Cancelled);
    this.name = 'CancelledError';
  }
}
