import { isAllowedLink } from '../core/catalogue.js';
import type { Environment } from '../core/language.js';

/** The program that opens a link in the default browser, by platform; it gets the link as its one argument. */
function browserOpener(platform: NodeJS.Platform): readonly [string, readonly string[]] {
  if (platform === 'darwin') return ['open', []];
  if (platform === 'win32') return ['explorer.exe', []];
  return ['xdg-open', []];
}

/**
 * Opens one of the catalogue's LinkedIn links in the default browser. Any other address is refused
 * before anything runs. The opener is started directly, never through a shell, with the link as a
 * single argument. True when it started (and did not fail within two seconds), false otherwise.
 */
export async function openInBrowser(url: string, platform: NodeJS.Platform, env: Environment): Promise<boolean> {
  if (!isAllowedLink(url)) return false;
  const [program, args] = browserOpener(platform);
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
    const child = spawn(program, [...args, url], { stdio: 'ignore', detached: true, env: { ...env }, shell: false });
    // Openers such as xdg-open may wait for the browser; still running after two seconds means it started.
    const timer = setTimeout(() => finish(true), 2000);
    child.on('error', () => finish(false));
    child.on('exit', (code) => finish(code === 0));
    child.unref();
  });
}
