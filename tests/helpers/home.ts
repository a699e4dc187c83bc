import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh HOME with a minimal environment, so nothing of this machine's set-up leaks in. */
export function home(): { dir: string; env: Record<string, string>; statePath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lkio-e2e-'));
  return {
    dir,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir, TERM: 'xterm-256color', TZ: 'UTC' },
    statePath: join(dir, '.config', 'linkedin-ki-optout', 'progress.json'),
  };
}
