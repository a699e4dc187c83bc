import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Packs the package as npm would publish it (prepack builds it) and installs the tarball into an
 * empty prefix, as `npm install -g` or `npx` would. Returns the installed command.
 */
export function installPacked(): { bin: string; prefix: string; tarball: string } {
  const work = mkdtempSync(join(tmpdir(), 'lkio-pack-'));
  execFileSync('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const tarball = join(work, readdirSync(work).find((name) => name.endsWith('.tgz')) as string);
  const prefix = join(work, 'prefix');
  execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', '--silent', tarball], {
    cwd: work,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return { bin: join(prefix, 'node_modules', '.bin', 'linkedin-ki-optout'), prefix, tarball };
}
