/**
 * Runs the consistency check in a worker thread, so that a build checks the
 * content on one core while Astro loads and renders it on another.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent, type CheckOptions } from './engine.ts';

try {
  parentPort?.postMessage({ ok: true, result: checkContent(workerData as CheckOptions & { cacheFile?: string }) });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
