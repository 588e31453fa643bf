/**
 * Runs the consistency check in a worker thread, so that a build checks the
 * content on one core while Astro loads and renders it on another.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent, type CheckOptions } from './engine.ts';

try {
  const started = performance.now();
  const result = checkContent(workerData as CheckOptions & { cacheFile?: string });
  parentPort?.postMessage({ ok: true, result, milliseconds: performance.now() - started });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
