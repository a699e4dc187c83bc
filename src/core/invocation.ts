import { isAbsolute, resolve } from 'node:path';
import { RUN_COMMAND, TOOL_NAME } from './catalogue.js';
import type { Environment } from './language.js';

/** The shells a command can be shown for: POSIX shells (sh, bash, zsh, Git Bash), cmd.exe, PowerShell. */
export type Shell = 'posix' | 'cmd' | 'powershell';

/** How this process was started, as far as it matters for telling the person how to start it again. */
export interface Invocation {
  /** The path the command was run by (process.argv[1]), symbolic links not resolved. */
  readonly scriptPath?: string | undefined;
  /** For a run through npx: what was asked for (`_npx.packages` of npx's folder) and what it installed. */
  readonly npx?: { readonly packages: readonly string[]; readonly installedFrom?: string; readonly folder: string };
  /** The shell the person most likely typed the command in; POSIX when not known. */
  readonly shell?: Shell;
  /**
   * Windows: npm's global shims (`linkedin-ki-optout.cmd`, `.ps1`) start node with the script's own
   * path, so the script path cannot tell a global install; this says that the shim is next to the
   * `node_modules` folder the script is in, as npm puts it for a global install.
   */
  readonly globalShim?: boolean;
}

const NPX_FOLDER = /^(.*[\\/]_npx[\\/][^\\/]+)[\\/]node_modules[\\/]/;

/** npx's own folder for this run, when the command runs from one. */
export function npxFolder(scriptPath: string): string | undefined {
  return NPX_FOLDER.exec(scriptPath)?.[1];
}

/** Where npm's global shims would be for a script in `<prefix>\node_modules\linkedin-ki-optout\bin\`. */
export function globalPrefix(scriptPath: string): string | undefined {
  return new RegExp(`^(.+)[\\\\/]node_modules[\\\\/]${TOOL_NAME}[\\\\/]bin[\\\\/]${TOOL_NAME}\\.cjs$`).exec(scriptPath)?.[1];
}

/**
 * The shell a command is shown for. Elsewhere than on Windows a POSIX shell. On Windows: a POSIX
 * shell where one says so (Git Bash and MSYS2 set SHELL or MSYSTEM); PowerShell when PSModulePath
 * has the user's own module folder that PowerShell adds at start (three or more entries; cmd.exe
 * has the system's two); cmd.exe otherwise. The forms for cmd.exe and PowerShell differ only for
 * paths with `$`, a backquote or `'`, so a wrong guess between them rarely matters.
 */
export function shellOf(env: Environment, platform: NodeJS.Platform): Shell {
  if (platform !== 'win32') return 'posix';
  if (env['SHELL'] || env['MSYSTEM']) return 'posix';
  const modules = (env['PSModulePath'] ?? '').split(';').filter((entry) => entry.trim() !== '');
  return modules.length >= 3 ? 'powershell' : 'cmd';
}

/**
 * The command that starts the tool again the way it was started this time, quoted for the shell
 * it is shown in, so a "continue later" hint never names a command that would fetch a different
 * package or fail where it is typed:
 * - from a clone with `npm start`: `npm start --`;
 * - through npx: `npx` with what was asked for (a tarball by its full path);
 * - installed globally: the command name (on Windows too); installed into a project: its full path;
 * - run with node from a clone or an unpacked copy: `node` and the script's path.
 * Without any hint (tests, unusual launchers) it is `npx linkedin-ki-optout`.
 */
export function commandToRunAgain(env: Environment, invocation: Invocation = {}): string {
  if (env['npm_lifecycle_event'] === 'start' && env['npm_package_name'] === TOOL_NAME) return 'npm start --';
  const { scriptPath, npx, shell = 'posix' } = invocation;
  if (npx !== undefined) {
    const asked = npx.packages[0];
    if (asked === undefined || /^(@[^/]+\/)?linkedin-ki-optout(@[\w.^~<>=-]+)?$/.test(asked)) return `npx ${quoted(asked ?? TOOL_NAME, shell)}`;
    const from = npx.installedFrom ?? '';
    // A tarball or folder: npx wrote down the path relative to its own folder. Given back as a file:
    // spec, since npx runs a bare absolute path as a command (npm 11: "Permission denied").
    if (from.startsWith('file:')) {
      const path = from.slice('file:'.length);
      return `npx ${quoted(`file:${isAbsolute(path) || /^[A-Za-z]:[\\/]/.test(path) ? path : resolve(npx.folder, path)}`, shell)}`;
    }
    // A git or web address (github:…, git+https:…, https:…): what was asked for works from anywhere.
    if (/^[a-z][a-z+]*:/.test(from)) return `npx ${quoted(asked, shell)}`;
    return RUN_COMMAND;
  }
  if (scriptPath === undefined) return RUN_COMMAND;
  // The file's name without the `.cmd` or `.ps1` of a Windows shim.
  const parts = scriptPath.replace(/\.(cmd|ps1)$/i, '').split(/[\\/]/);
  const name = parts.at(-1);
  // Installed into a project, the command is found by its path from anywhere.
  if (name === TOOL_NAME) return parts.at(-2) === '.bin' && parts.at(-3) === 'node_modules' ? program(scriptPath, shell) : TOOL_NAME;
  if (parts.at(-2) === 'bin' && name === `${TOOL_NAME}.cjs`) return invocation.globalShim ? TOOL_NAME : `node ${quoted(scriptPath, shell)}`;
  return RUN_COMMAND;
}

/** A program given by its path, as the first word of a command: PowerShell runs a quoted one only after `&`. */
function program(path: string, shell: Shell): string {
  const word = quoted(path, shell);
  return shell === 'powershell' && word !== path ? `& ${word}` : word;
}

/**
 * One word for the shell: as it is when it has no character the shell treats specially.
 * POSIX: single quotes (a `'` as `'\''`). cmd.exe: double quotes (Windows names cannot contain `"`).
 * PowerShell: double quotes, single ones (a `'` doubled) when the word has `$` or a backquote.
 */
export function quoted(word: string, shell: Shell): string {
  if (shell === 'posix') return /^[\w./:@+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
  if (/^[\w.\\/:+-][\w.\\/:@+-]*$/.test(word)) return word;
  if (shell === 'powershell' && /[$`]/.test(word)) return `'${word.replace(/'/g, "''")}'`;
  return `"${word}"`;
}
