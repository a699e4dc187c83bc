import { isAllowedLink } from '../core/catalogue.js';
import type { Environment } from '../core/language.js';

/** How a program is started: its name, its arguments, and whether Windows gets them as written. */
export interface Launch {
  readonly program: string;
  readonly args: readonly string[];
  /** cmd.exe parses its own command line: Node must not add quotes of its own. */
  readonly verbatim?: boolean;
}

/**
 * The program that opens a link in the default browser, by platform, with an exit code that means
 * something: `open` on macOS, `xdg-open` elsewhere, and on Windows cmd.exe's `start`, which exits
 * with an error when no program could open it (explorer.exe exits with 1 even after opening it).
 * The links are the catalogue's own (no quote, no `%`, no `&`), so the quotes around it suffice.
 */
export function browserOpener(platform: NodeJS.Platform, url: string): Launch {
  if (platform === 'darwin') return { program: 'open', args: [url] };
  if (platform === 'win32') return { program: 'cmd.exe', args: ['/d', '/s', '/c', `start "" "${url}"`], verbatim: true };
  return { program: 'xdg-open', args: [url] };
}

/**
 * Opens one of the catalogue's LinkedIn links in the default browser. Any other address is refused
 * before anything runs (none of the catalogue's has a character cmd.exe would read inside the
 * quotes: tests/unit/links.test.ts). The opener is started directly, never through a shell (cmd.exe
 * on Windows runs only its `start` with the link), with the link as a single argument. True when it
 * started (and did not fail within two seconds), false otherwise.
 */
export async function openInBrowser(url: string, platform: NodeJS.Platform, env: Environment): Promise<boolean> {
  if (!isAllowedLink(url)) return false;
  const { program, args, verbatim = false } = browserOpener(platform, url);
  // Loaded when a link is opened: the guide's first question need not wait for node:child_process.
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    let settled = false;
    const finish = (ok: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(ok);
    };
    const child = spawn(program, [...args], {
      stdio: 'ignore',
      detached: true,
      env: { ...env },
      shell: false,
      windowsVerbatimArguments: verbatim,
      windowsHide: true,
    });
    // Openers such as xdg-open may wait for the browser; still running after two seconds means it started.
    const timer = setTimeout(() => finish(true), 2000);
    child.on('error', () => finish(false));
    child.on('exit', (code) => finish(code === 0));
    child.unref();
  });
}
