/**
 * Measures the consistency check and its cost in a build.
 *
 *   npm run benchmark -- [N]     (default N = 3000 announcements × 3 languages)
 *
 * Generates N trilingual announcements of 2–3 KB each in a temporary folder,
 * then prints: files per second for the CLI (a fresh process, as CI runs it),
 * and `astro build` time with and without the check.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeGeneratedContent } from './lib/generate-announcements.ts';

const count = Number(process.argv[2] ?? 3000);
if (!Number.isInteger(count) || count < 1) {
  process.stderr.write('Usage: npm run benchmark -- [N]\n');
  process.exit(2);
}

const work = mkdtempSync(path.join(tmpdir(), 'announcements-bench-'));
const contentDir = path.join(work, 'content');
const bytes = writeGeneratedContent(contentDir, count);
const files = count * 3;
console.log(`Generated ${count} announcements × 3 languages = ${files} files, ${(bytes / files / 1024).toFixed(2)} KB on average.`);

function run(command: string, args: string[], env: Record<string, string> = {}): { seconds: number; output: string } {
  const start = performance.now();
  const result = spawnSync(command, args, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0 && result.status !== 1) {
    process.stderr.write(result.stderr || result.stdout);
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  }
  return { seconds, output: result.stdout };
}
const timed = (command: string, args: string[], env: Record<string, string> = {}) => run(command, args, env).seconds;

const node = process.execPath;
const cli = ['scripts/consistency.ts', '--content', contentDir, '--format', 'json'];
timed(node, cli); // warm the file system cache
// Five runs: on a shared machine single runs swing widely, so the median is the figure and the fastest shows the spread.
const cliRuns = Array.from({ length: 5 }, () => timed(node, cli)).sort((a, b) => a - b);
const cliSeconds = cliRuns[2] ?? 0;
const fastest = cliRuns[0] ?? 0;
console.log(`CLI check: ${cliSeconds.toFixed(2)} s (median of 5) → ${Math.round(files / cliSeconds)} files/s; fastest ${fastest.toFixed(2)} s → ${Math.round(files / fastest)} files/s`);

// Builds are noisy on a small machine: the three variants are interleaved,
// each into a fresh output folder, and the median of each is reported.
const outDir = path.join(work, 'dist');
const astro = ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir];
const env = { CONTENT_DIR: path.relative(process.cwd(), contentDir) };
const cacheFile = 'node_modules/.cache/announcements/consistency.json';
const waits = { cold: [] as number[], warm: [] as number[] };
const build = (check: boolean, coldCheckCache = false) => {
  rmSync(outDir, { recursive: true, force: true });
  if (coldCheckCache) rmSync(cacheFile, { force: true });
  const { seconds, output } = run(node, astro, { ...env, CONSISTENCY_CHECK: check ? 'on' : 'off' });
  // The integration logs how long the build stood waiting for the check: its cost on the critical path.
  const waited = /the build waited (\d+) ms/.exec(output)?.[1];
  if (check && waited !== undefined) waits[coldCheckCache ? 'cold' : 'warm'].push(Number(waited) / 1000);
  return seconds;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const rounds = Number(process.env.BENCHMARK_ROUNDS ?? 3);
build(false); // warm Astro's own caches, as in everyday builds
const runs = { without: [] as number[], cold: [] as number[], warm: [] as number[] };
for (let round = 0; round < rounds; round++) {
  runs.without.push(build(false));
  runs.cold.push(build(true, true));
  runs.warm.push(build(true));
}
const without = median(runs.without);
const cold = median(runs.cold);
const warm = median(runs.warm);
console.log(`astro build without the check:              ${without.toFixed(2)} s (median of ${rounds})`);
console.log(`astro build with the check, nothing cached: ${cold.toFixed(2)} s (median of ${rounds}) → ${(cold / without).toFixed(3)} × without`);
console.log(`astro build with the check, cache warm:     ${warm.toFixed(2)} s (median of ${rounds}) → ${(warm / without).toFixed(3)} × without`);
// Whole-build times on a small shared machine vary by several seconds from run to run; the
// time the build stood waiting for the check is the check's own share of the critical path.
console.log(`the build waited for the check, nothing cached: ${median(waits.cold).toFixed(2)} s (median) → ${((without + median(waits.cold)) / without).toFixed(3)} × without`);
console.log(`the build waited for the check, cache warm:     ${median(waits.warm).toFixed(2)} s (median) → ${((without + median(waits.warm)) / without).toFixed(3)} × without`);
rmSync(cacheFile, { force: true });

rmSync(work, { recursive: true, force: true });
