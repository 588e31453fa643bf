import type { BundleSpec } from '../../src/lib/module-bundle.ts';

/**
 * The consistency CLI and its second thread, bundled (src/lib/module-bundle.ts).
 * share-worker.ts starts the bundled thread from beside the bundled CLI, so
 * the two output names must stay as they are.
 */
export const CLI_BUNDLE: BundleSpec = {
  name: 'consistency-cli',
  entryPoints: { 'consistency-cli': 'scripts/lib/consistency-cli.ts', 'parallel-worker': 'src/consistency/parallel-worker.ts' },
};
