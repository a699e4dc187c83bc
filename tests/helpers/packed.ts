import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Packs the package as npm would publish it (prepack builds it) and installs the tarball into an
 * empty prefix, offline and with the registry pointed at a closed port: the install must need
 * nothing but the tarball. Returns the installed command.
 */
export interface Installed {
  readonly bin: string;
  readonly prefix: string;
  readonly tarball: string;
  /** The folder holding all of it, to remove afterwards. */
  readonly work: string;
}

export function installPacked(): Installed {
  const work = mkdtempSync(join(tmpdir(), 'lkio-pack-'));
  // Readable for the unprivileged user that the permission tests run the tool as.
  chmodSync(work, 0o755);
  execFileSync('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const tarball = join(work, readdirSync(work).find((name) => name.endsWith('.tgz')) as string);
  const prefix = join(work, 'prefix');
  execFileSync('npm', ['install', '--offline', '--prefix', prefix, '--no-audit', '--no-fund', '--silent', tarball], {
    cwd: work,
    env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_cache: join(work, 'empty-cache') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return { bin: join(prefix, 'node_modules', '.bin', 'linkedin-ki-optout'), prefix, tarball, work };
}
