import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** A fresh folder in the system's temporary folder, removed when the test that made it ends. */
export function tempDir(prefix = 'lkio-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A character device to point the tool at. As root it is a null device made in a fresh temporary
 * folder: a broken build (or a mutant under `npm run mutation`) that renamed or replaced it must
 * never be able to take the machine's own /dev/null. Others cannot change /dev/null, so they use it.
 */
export function deviceFile(): string {
  if (process.getuid?.() !== 0) return '/dev/null';
  const path = join(tempDir('lkio-dev-'), 'null');
  const made = spawnSync('mknod', ['-m', '666', path, 'c', '1', '3']);
  if (made.status !== 0) throw new Error(`mknod failed: ${made.stderr.toString()}`);
  return path;
}
