// @ts-check
/**
 * Starts the consistency CLI (scripts/consistency.ts); `npm run consistency`
 * runs this file. It is JavaScript only so that Node's compile cache is on
 * before the first TypeScript file is read: the cache then also holds the
 * TypeScript with its types stripped, and Node need not load its type
 * stripper at all (a tenth of a second of every start).
 */
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// A folder that cannot be written only turns the cache off.
module.enableCompileCache?.(fileURLToPath(new URL('../node_modules/.cache/node-compile-cache', import.meta.url)));
await import('./consistency.ts');
