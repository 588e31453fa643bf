/**
 * Times the extractor on the text given on stdin, in every language pack,
 * and prints the best of up to three runs per pack in milliseconds as JSON.
 *
 * Run as a plain Node process (as the CLI runs), not inside the test runner:
 * the runner rewrites every import into a property lookup, which slows the
 * hot matcher calls and would measure the runner rather than the engine.
 */
import { readFileSync } from 'node:fs';
import { scanBlock } from '../../src/consistency/extract/scan-block.ts';
import { packs } from '../../src/consistency/packs/index.ts';

const BOUND_MS = 1000;
const text = readFileSync(0, 'utf8');
const best: Record<string, number> = {};
for (const [lang, pack] of Object.entries(packs)) {
  const options = { pack, publicationDate: '2024-06-14', floorConvention: 'building', defaultCountry: 'PL' } as const;
  // A shared CI machine can stall any single run; an extractor that is not linear fails all three by far.
  let fastest = Infinity;
  for (let run = 0; run < 3 && fastest >= BOUND_MS; run++) {
    const start = performance.now();
    scanBlock(text, options);
    fastest = Math.min(fastest, performance.now() - start);
  }
  best[lang] = Math.round(fastest);
}
process.stdout.write(JSON.stringify(best));
