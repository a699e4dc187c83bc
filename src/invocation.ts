import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { npxFolder, type Invocation } from './core/invocation.js';

/** Reads how this process was started (see runCommand): the script path, and npx's note of what it installed. */
export function readInvocation(scriptPath: string | undefined): Invocation {
  if (scriptPath === undefined) return {};
  const folder = npxFolder(scriptPath);
  if (folder === undefined) return { scriptPath };
  try {
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      _npx?: { packages?: string[] };
    };
    const installedFrom = Object.values(manifest.dependencies ?? {})[0];
    return { scriptPath, npx: { packages: manifest._npx?.packages ?? [], folder, ...(installedFrom ? { installedFrom } : {}) } };
  } catch {
    return { scriptPath, npx: { packages: [], folder } };
  }
}
