import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { LOWEST_PRIORITY } from './thread-priority.ts';

const moduleUrl = new URL('./thread-priority.ts', import.meta.url).href;

/** Starts a thread that lowers its own priority and reports what it and the process then have. */
function lowerInThread(): Promise<{ lowered: boolean; thread: number; process: number }> {
  const code = `
    const { parentPort } = require('node:worker_threads');
    const os = require('node:os');
    import(${JSON.stringify(moduleUrl)}).then(({ lowerThisThreadPriority }) => {
      const lowered = lowerThisThreadPriority();
      const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
      parentPort.postMessage({ lowered, thread: os.getPriority(tid), process: os.getPriority(process.pid) });
    });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe.runIf(process.platform === 'linux')('lowerThisThreadPriority', () => {
  it('gives the calling thread the lowest priority and leaves the rest of the process as it was', async () => {
    const before = os.getPriority(process.pid);
    const seen = await lowerInThread();
    expect(seen.lowered).toBe(true);
    expect(seen.thread).toBe(LOWEST_PRIORITY);
    expect(seen.process).toBe(before);
    expect(os.getPriority(process.pid)).toBe(before);
  });
});
