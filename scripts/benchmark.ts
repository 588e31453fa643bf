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
const cli = ['scripts/consistency.mjs', '--content', contentDir, '--format', 'json'];
timed(node, cli); // warm the file system cache
// Five runs: on a shared machine single runs swing widely, so the median is the figure and the fastest shows the spread.
const cliRuns = Array.from({ length: 5 }, () => timed(node, cli)).sort((a, b) => a - b);
const cliSeconds = cliRuns[2] ?? 0;
const fastest = cliRuns[0] ?? 0;
console.log(`CLI check: ${cliSeconds.toFixed(2)} s (median of 5) → ${Math.round(files / cliSeconds)} files/s; fastest ${fastest.toFixed(2)} s → ${Math.round(files / fastest)} files/s`);

// Builds are noisy on a small machine: the three variants are interleaved,
// each into a fresh output folder, and each round's builds are compared with
// each other, so a slow spell of the machine weighs on all three alike.
const outDir = path.join(work, 'dist');
const astro = ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir];
const env = { CONTENT_DIR: path.relative(process.cwd(), contentDir) };
const cacheFile = 'node_modules/.cache/announcements/consistency.json';
type Variant = 'without' | 'cold' | 'warm';
interface Build {
  seconds: number;
  /** Astro's own figure for rendering and writing the pages, which starts once the check is done. */
  rendering: number;
  /** How long the build stood waiting for the check (logged by the integration). */
  waited: number;
}
const build = (variant: Variant): Build => {
  rmSync(outDir, { recursive: true, force: true });
  if (variant === 'cold') rmSync(cacheFile, { force: true });
  const { seconds, output } = run(node, astro, { ...env, CONSISTENCY_CHECK: variant === 'without' ? 'off' : 'on' });
  // "12:00:00 ✓ Completed in 23.59s." (no "[build]"): Astro's timer around generating the pages.
  const rendered = [...output.matchAll(/^\S+ \S*✓ Completed in ([\d.]+)(m?s)\./gm)].at(-1);
  const rendering = rendered ? Number(rendered[1]) / (rendered[2] === 'ms' ? 1000 : 1) : Number.NaN;
  const waited = Number(/the build waited (\d+) ms/.exec(output)?.[1] ?? 0) / 1000;
  return { seconds, rendering, waited };
};
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? (sorted[Math.floor(middle)] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const rounds = Number(process.env.BENCHMARK_ROUNDS ?? 7);
build('without'); // warm Astro's own caches, as in everyday builds
const runs: Record<Variant, Build[]> = { without: [], cold: [], warm: [] };
for (let round = 0; round < rounds; round++) {
  for (const variant of ['without', 'cold', 'warm'] as const) runs[variant].push(build(variant));
}
const seconds = (variant: Variant) => median(runs[variant].map((b) => b.seconds));
const ratio = (variant: Variant) => median(runs[variant].map((b, round) => b.seconds / (runs.without[round]?.seconds ?? Number.NaN)));
const beforeRendering = (variant: Variant) => median(runs[variant].map((b) => b.seconds - b.rendering));
const rendering = (variant: Variant) => median(runs[variant].map((b) => b.rendering));
const list = (variant: Variant) => runs[variant].map((b) => b.seconds.toFixed(1)).join(', ');
const without = seconds('without');
console.log(`astro build without the check:              ${without.toFixed(2)} s (median of ${rounds}: ${list('without')})`);
for (const [variant, label] of [['cold', 'nothing cached:'], ['warm', 'cache warm:']] as const) {
  console.log(`astro build with the check, ${label.padEnd(15)} ${seconds(variant).toFixed(2)} s (median of ${rounds}: ${list(variant)}) → ${ratio(variant).toFixed(3)} × without (median of the rounds' ratios)`);
}
// The check runs beside Astro's content sync and bundling and is done before
// Astro renders the pages; the time up to that point is where its cost shows,
// while rendering (the same work in every variant) carries most of the noise.
console.log(`before rendering (median): without ${beforeRendering('without').toFixed(2)} s, with the check ${beforeRendering('cold').toFixed(2)} s nothing cached (+${(beforeRendering('cold') - beforeRendering('without')).toFixed(2)} s), ${beforeRendering('warm').toFixed(2)} s cache warm`);
console.log(`rendering the pages (median): without ${rendering('without').toFixed(2)} s, with the check ${rendering('cold').toFixed(2)} s nothing cached, ${rendering('warm').toFixed(2)} s cache warm`);
console.log(`the build waited for the check (median): ${median(runs.cold.map((b) => b.waited)).toFixed(2)} s nothing cached, ${median(runs.warm.map((b) => b.waited)).toFixed(2)} s cache warm`);
// A slow spell of the machine only ever adds time, so the fastest build of
// each variant is the least disturbed one: their ratio is the second figure.
const fastestOf = (variant: Variant) => Math.min(...runs[variant].map((b) => b.seconds));
console.log(`fastest builds: without ${fastestOf('without').toFixed(2)} s, with the check ${fastestOf('cold').toFixed(2)} s nothing cached (${(fastestOf('cold') / fastestOf('without')).toFixed(3)} ×), ${fastestOf('warm').toFixed(2)} s cache warm (${(fastestOf('warm') / fastestOf('without')).toFixed(3)} ×)`);
rmSync(cacheFile, { force: true });

rmSync(work, { recursive: true, force: true });
