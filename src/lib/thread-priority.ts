/**
 * Lowers the scheduling priority of the calling thread only. Node's
 * os.setPriority takes a process id, but on Linux a thread's own id is
 * accepted too and then only that thread changes; /proc/thread-self names
 * it. Elsewhere (or where /proc is not mounted) nothing changes: lowering the
 * whole process would slow the very work the thread should give way to.
 *
 * Returns whether the priority was lowered.
 */
import { readlinkSync } from 'node:fs';
import os from 'node:os';

/** The lowest priority Unix offers ("nice 19"). */
export const LOWEST_PRIORITY = os.constants.priority.PRIORITY_LOW;

export function lowerThisThreadPriority(priority: number = LOWEST_PRIORITY): boolean {
  if (process.platform !== 'linux') return false;
  try {
    // "/proc/thread-self" links to "<pid>/task/<tid>".
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(threadId) || threadId <= 0) return false;
    os.setPriority(threadId, priority);
    return true;
  } catch {
    return false; // no /proc, or not allowed: the thread keeps its priority
  }
}
