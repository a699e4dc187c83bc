import { codeOf } from './file-reason.js';

/** Whether a process with this id exists (under any user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // ESRCH: no such process. EPERM: it exists, under another user.
    return codeOf(error) !== 'ESRCH';
  }
}
