import { posix, win32 } from 'node:path';
import type { Environment } from '../core/language.js';

const STATE_ENV_VARIABLE = 'LINKEDIN_KI_OPTOUT_STATE';
const APP_DIRECTORY = 'linkedin-ki-optout';
const FILE_NAME = 'progress.json';

export interface PathContext {
  readonly env: Environment;
  readonly platform: NodeJS.Platform;
  /** The user's home folder; empty when none is known (see homeFolder). */
  readonly homedir: string;
}

/** No home folder is known and no file was given: there is no place for the progress file. */
export class NoHomeFolderError extends Error {
  constructor() {
    super('no home folder');
    this.name = 'NoHomeFolderError';
  }
}

/**
 * A full path on the platform: on Windows with its drive (`C:\…`) or a network share (`\\server\share\…`),
 * never a drive-relative one such as `\c\Users\…` (Git Bash style) or `C:folder`.
 */
export function isFullPath(path: string | undefined, platform: NodeJS.Platform): path is string {
  if (!path) return false;
  return platform === 'win32' ? /^([A-Za-z]:[\\/]|[\\/]{2}[^\\/]+[\\/][^\\/]+)/.test(path) : path.startsWith('/');
}

/**
 * The home folder: $HOME (%USERPROFILE% on Windows) when it is a full path, else the user
 * database's entry; empty when neither is known (a user id without an entry and no HOME, as in
 * some containers), instead of Node's exception.
 */
export function homeFolder(os: { homedir(): string; userInfo(): { homedir: string } }, platform: NodeJS.Platform): string {
  for (const ask of [() => os.homedir(), () => os.userInfo().homedir]) {
    try {
      const home = ask();
      if (isFullPath(home, platform)) return home;
    } catch {
      // uv_os_homedir ENOENT, or no entry in the user database.
    }
  }
  return '';
}

/**
 * Where progress is kept: `--state-file`, then $LINKEDIN_KI_OPTOUT_STATE, then the platform's
 * configuration folder: $XDG_CONFIG_HOME or ~/.config on Linux and other Unix systems,
 * ~/Library/Application Support on macOS, %APPDATA% on Windows (each only when it is a full path).
 * Throws NoHomeFolderError when the folder depends on a home folder that is not known.
 */
export function resolveStatePath(flag: string | undefined, context: PathContext): string {
  if (flag) return flag;
  const fromEnv = context.env[STATE_ENV_VARIABLE];
  if (fromEnv) return fromEnv;
  const path = context.platform === 'win32' ? win32 : posix;
  return path.join(configFolder(context), APP_DIRECTORY, FILE_NAME);
}

function configFolder({ env, platform, homedir }: PathContext): string {
  const path = platform === 'win32' ? win32 : posix;
  if (platform === 'win32' && isFullPath(env['APPDATA'], platform)) return env['APPDATA'];
  // The XDG spec says a relative value is to be ignored; macOS and Windows have their own places.
  const xdg = env['XDG_CONFIG_HOME'];
  if (platform !== 'win32' && platform !== 'darwin' && isFullPath(xdg, platform)) return xdg;
  if (!isFullPath(homedir, platform)) throw new NoHomeFolderError();
  if (platform === 'darwin') return path.join(homedir, 'Library', 'Application Support');
  if (platform === 'win32') return path.join(homedir, 'AppData', 'Roaming');
  return path.join(homedir, '.config');
}
