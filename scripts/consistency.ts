/**
 * Checks that every translation of every announcement states the same facts.
 *
 *   npm run consistency -- [--content DIR] [--format pretty|json|github]
 *
 * Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 could not run.
 * A thin shell over the engine in src/consistency/ (see scripts/lib/consistency-cli.ts),
 * started by scripts/consistency.mjs, which turns Node's compile cache on first.
 */
import { availableParallelism } from 'node:os';
import { CLI_BUNDLE } from './lib/cli-bundle.ts';
import { currentBundle } from '../src/lib/module-bundle.ts';
import { ShareWorker } from '../src/consistency/share-worker.ts';

// The CLI runs from a bundle of itself, rebuilt when a source changed (see
// module-bundle.ts), or from its sources when no bundle can be built.
const bundle = await currentBundle(CLI_BUNDLE);

// A second thread starts loading the engine now, on another core, while this
// one loads it too; large folders are then checked on both at once, and for
// small ones it is stopped unused.
const wantsHelp = process.argv.includes('--help');
const started = wantsHelp ? [] : Array.from({ length: Math.min(availableParallelism(), 4) - 1 }, () => ShareWorker.start(bundle?.['parallel-worker']));

const cli = (await import(bundle?.['consistency-cli']?.href ?? './lib/consistency-cli.ts')) as typeof import('./lib/consistency-cli.ts');
await cli.main(started);
