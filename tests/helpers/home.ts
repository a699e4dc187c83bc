import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp.js';

/**
 * A fresh HOME with a minimal environment, so nothing of this machine's set-up leaks in; removed
 * when the test ends. A browser opener that does nothing (in a folder of its own) comes first on the
 * PATH, so no test starts a real browser.
 */
export function home(): { dir: string; env: Record<string, string>; statePath: string } {
  const dir = tempDir('lkio-e2e-');
  const bin = join(tempDir('lkio-e2e-bin-'), 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'xdg-open'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(bin, 'xdg-open'), 0o755);
  return {
    dir,
    env: { PATH: `${bin}:${process.env['PATH'] ?? '/usr/bin:/bin'}`, HOME: dir, TERM: 'xterm-256color', TZ: 'UTC' },
    statePath: join(dir, '.config', 'linkedin-ki-optout', 'progress.json'),
  };
}
