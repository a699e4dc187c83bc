import { join } from 'node:path';
import { tempDir } from './temp.js';

/**
 * A fresh HOME with a minimal environment, so nothing of this machine's set-up leaks in; removed
 * when the test ends.
 */
export function home(): { dir: string; env: Record<string, string>; statePath: string } {
  const dir = tempDir('lkio-e2e-');
  return {
    dir,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir, TERM: 'xterm-256color', TZ: 'UTC' },
    statePath: join(dir, '.config', 'linkedin-ki-optout', 'progress.json'),
  };
}
