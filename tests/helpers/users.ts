import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp.js';

// Tests of whose files the tool may touch need a second user: as root they act as "nobody".
const nobody = spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' });

/** Whether the tests run as root, who can make files of another user. */
export const IS_ROOT = process.getuid?.() === 0;
/** The user id of "nobody" (65534 where `id` cannot tell). */
export const NOBODY = nobody.status === 0 ? Number(nobody.stdout.trim()) : 65534;
/** Root, with a real "nobody" to run the tool as. */
export const CAN_RUN_AS_NOBODY = IS_ROOT && nobody.status === 0;

/** A world-writable folder with the sticky bit, like /tmp, in `parent` (a fresh temporary folder by default). */
export function sharedFolder(parent = tempDir(), name = 'shared'): string {
  const dir = join(parent, name);
  mkdirSync(dir);
  chmodSync(dir, 0o1777);
  return dir;
}
