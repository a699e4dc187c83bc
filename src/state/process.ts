import { codeOf } from './file-reason.js';

/** Whether a process with this id exists (under any user). */
export function isAlive(pid: number): boolean {
  // 0 and negative numbers name process groups, not a process.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // ESRCH: no such process. EPERM: it exists, under another user.
    return codeOf(error) !== 'ESRCH';
  }
}
