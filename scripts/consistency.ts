/**
 * Checks that every translation of every announcement states the same facts.
 *
 *   npm run consistency -- [--content DIR] [--format pretty|json|github]
 *
 * Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 could not run.
 * A thin shell over the engine in src/consistency/ (see scripts/lib/consistency-cli.ts).
 */
import module from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

// Node keeps the engine's compiled code (types stripped, bytecode) between
// runs, which saves about a fifth of a second of every start. Enabled before
// the engine is imported; a folder that cannot be written only turns it off.
module.enableCompileCache?.(fileURLToPath(new URL('../node_modules/.cache/node-compile-cache', import.meta.url)));

// A second thread starts loading the engine now, on another core, while this
// one loads it too; large folders are then checked on both at once, and for
// small ones it is stopped unused.
const { ShareWorker } = await import('../src/consistency/share-worker.ts');
const wantsHelp = process.argv.includes('--help');
const started = wantsHelp ? [] : Array.from({ length: Math.min(availableParallelism(), 4) - 1 }, () => ShareWorker.start());

const { main } = await import('./lib/consistency-cli.ts');
await main(started);
