import { join, isAbsolute } from 'node:path';
import type { Environment } from '../core/language.js';

const STATE_ENV_VARIABLE = 'LINKEDIN_KI_OPTOUT_STATE';
const APP_DIRECTORY = 'linkedin-ki-optout';
const FILE_NAME = 'progress.json';

export interface PathContext {
  readonly env: Environment;
  readonly platform: NodeJS.Platform;
  readonly homedir: string;
}

/**
 * Where progress is kept: `--state-file`, then $LINKEDIN_KI_OPTOUT_STATE, then the platform's
 * configuration directory ($XDG_CONFIG_HOME or ~/.config on Linux, ~/Library/Application Support on
 * macOS, %APPDATA% on Windows).
 */
export function resolveStatePath(flag: string | undefined, context: PathContext): string {
  if (flag) return flag;
  const fromEnv = context.env[STATE_ENV_VARIABLE];
  if (fromEnv) return fromEnv;
  return join(configDirectory(context), APP_DIRECTORY, FILE_NAME);
}

function configDirectory({ env, platform, homedir }: PathContext): string {
  const xdg = env['XDG_CONFIG_HOME'];
  // The XDG spec says a relative value is to be ignored.
  if (xdg && isAbsolute(xdg)) return xdg;
  if (platform === 'darwin') return join(homedir, 'Library', 'Application Support');
  if (platform === 'win32') return env['APPDATA'] || join(homedir, 'AppData', 'Roaming');
  return join(homedir, '.config');
}
