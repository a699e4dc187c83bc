import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOOL_NAME } from './core/catalogue.js';
import { globalPrefix, npxFolder, shellOf, type Invocation } from './core/invocation.js';
import type { Environment } from './core/language.js';

/**
 * Reads how this process was started (see commandToRunAgain): the script path, npx's note of what
 * it installed, the shell, and on Windows whether npm's global shim for the script is there.
 */
export function readInvocation(scriptPath: string | undefined, platform: NodeJS.Platform, env: Environment): Invocation {
  const shell = shellOf(env, platform);
  if (scriptPath === undefined) return { shell };
  const folder = npxFolder(scriptPath);
  if (folder === undefined) {
    const prefix = platform === 'win32' ? globalPrefix(scriptPath) : undefined;
    const globalShim = prefix !== undefined && existsSync(join(prefix, `${TOOL_NAME}.cmd`));
    return { scriptPath, shell, ...(globalShim ? { globalShim } : {}) };
  }
  try {
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      _npx?: { packages?: string[] };
    };
    const installedFrom = Object.values(manifest.dependencies ?? {})[0];
    return { scriptPath, shell, npx: { packages: manifest._npx?.packages ?? [], folder, ...(installedFrom ? { installedFrom } : {}) } };
  } catch {
    return { scriptPath, shell, npx: { packages: [], folder } };
  }
}
