import { isAbsolute, resolve } from 'node:path';
import { RUN_COMMAND, TOOL_NAME } from './catalogue.js';
import type { Environment } from './language.js';

/** How this process was started, as far as it matters for telling the person how to start it again. */
export interface Invocation {
  /** The path the command was run by (process.argv[1]), symbolic links not resolved. */
  readonly scriptPath?: string | undefined;
  /** For a run through npx: what was asked for (`_npx.packages` of npx's folder) and what it installed. */
  readonly npx?: { readonly packages: readonly string[]; readonly installedFrom?: string; readonly folder: string };
}

const NPX_FOLDER = /^(.*[\\/]_npx[\\/][^\\/]+)[\\/]node_modules[\\/]/;

/** npx's own folder for this run, when the command runs from one. */
export function npxFolder(scriptPath: string): string | undefined {
  return NPX_FOLDER.exec(scriptPath)?.[1];
}

/**
 * The command that starts the tool again the way it was started this time, so a "continue later"
 * hint never names a command that would fetch a different package:
 * - from a clone with `npm start`: `npm start --`;
 * - through npx: `npx` with what was asked for (a tarball by its full path);
 * - installed globally: the command name; installed into a project: its full path.
 * Without any hint (tests, unusual launchers) it is `npx linkedin-ki-optout`.
 */
export function runCommand(env: Environment, invocation: Invocation = {}): string {
  if (env['npm_lifecycle_event'] === 'start' && env['npm_package_name'] === TOOL_NAME) return 'npm start --';
  const { scriptPath, npx } = invocation;
  if (npx !== undefined) {
    const asked = npx.packages[0];
    if (asked === undefined || /^(@[^/]+\/)?linkedin-ki-optout(@[\w.^~<>=-]+)?$/.test(asked)) return `npx ${asked ?? TOOL_NAME}`;
    const from = npx.installedFrom ?? '';
    // A tarball or folder: npx wrote down the path relative to its own folder. Given back as a file:
    // spec, since npx runs a bare absolute path as a command (npm 11: "Permission denied").
    if (from.startsWith('file:')) {
      const path = from.slice('file:'.length);
      return `npx ${quoted(`file:${isAbsolute(path) ? path : resolve(npx.folder, path)}`)}`;
    }
    // A git or web address (github:…, git+https:…, https:…): what was asked for works from anywhere.
    if (/^[a-z][a-z+]*:/.test(from)) return `npx ${quoted(asked)}`;
    return RUN_COMMAND;
  }
  if (scriptPath === undefined) return RUN_COMMAND;
  // The file's name without the `.cmd` or `.ps1` of a Windows shim.
  const parts = scriptPath.replace(/\.(cmd|ps1)$/i, '').split(/[\\/]/);
  const name = parts.at(-1);
  // Installed into a project, the command is found by its path from anywhere.
  if (name === TOOL_NAME) return parts.at(-2) === '.bin' && parts.at(-3) === 'node_modules' ? quoted(scriptPath) : TOOL_NAME;
  // Run with node from a clone or an unpacked copy.
  if (parts.at(-2) === 'bin' && name === `${TOOL_NAME}.cjs`) return `node ${quoted(scriptPath)}`;
  return RUN_COMMAND;
}

function quoted(path: string): string {
  return /^[\w./:@+-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
