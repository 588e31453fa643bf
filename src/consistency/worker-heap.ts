import type { ResourceLimits } from 'node:worker_threads';

/**
 * Heap limits for the threads that run the check. The check allocates a lot
 * of short-lived objects per paragraph and keeps little; a young generation
 * of 8 MB semi-spaces (Node's default grows to 32 MB) keeps that churn in
 * the processor's cache: measured 7 % faster on 9,000 files and a third less
 * memory, and it leaves more cache to whatever shares the machine (Astro's
 * build).
 */
export const CHECK_THREAD_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 24 };
