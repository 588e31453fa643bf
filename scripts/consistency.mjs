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

// Started directly with an older Node (`node scripts/consistency.mjs`), the TypeScript below
// cannot load: say so plainly instead of a stack trace. npm scripts run the project's own Node.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
/** @type {{ typescript?: unknown }} */
const features = /** @type {never} */ (process.features);
if (major < 22 || (major === 22 && minor < 12) || !features.typescript) {
  process.stderr.write(
    `consistency: this check needs Node.js 22.12 or later with TypeScript support; this is Node.js ${process.versions.node}.\n` +
      'Run it with "npm run consistency", which uses the Node.js the project pins (npm ci installs it), or install a newer Node.js.\n',
  );
  process.exit(2);
}

// A folder that cannot be written only turns the cache off.
module.enableCompileCache?.(fileURLToPath(new URL('../node_modules/.cache/node-compile-cache', import.meta.url)));
await import('./consistency.ts');
