/**
 * Markdown that satteri (the parser of the check and the build) reads in
 * quadratic time or memory, and what the check and the build do with it.
 *
 *   node scripts/pathological-markdown.ts [--kb 200] [--build]
 *
 * Prints, per pattern: satteri's markdownToMdast alone on N KB of it (in a
 * child process, stopped after 120 s), then the whole check (`npm run
 * consistency`, a fresh process) on 1 MB of it, which src/announcements/
 * markdown-limits.ts refuses. Then the files just inside the limits (1 MB
 * each: 16 levels of nesting on every line, 50 underscore runs in every word,
 * 500 character references or 150 emphasis marks in every paragraph, and
 * ordinary text), which must be checked (and
 * with --build, built) in a few seconds. Figures only: speed is measured
 * here, never asserted in tests.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { kb: { type: 'string', default: '200' }, build: { type: 'boolean', default: false } } });
const kb = Number(values.kb);

const FRONTMATTER = '---\ntitle: T\ndate: 2024-06-14\n---\n\n';
const repeatTo = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit))).slice(0, bytes);

/** Patterns the parser takes quadratic time or memory over (found by probing; see markdown-limits.ts). */
const PATHOLOGICAL: ReadonlyArray<[string, string]> = [
  ['">" nested blockquotes', '>'],
  ['"> " nested blockquotes', '> '],
  ['"+ " nested lists', '+ '],
  ['"1. " nested lists', '1. '],
  ['"_a" underscores in one word', '_a'],
  ['"www.a_" underscores in an address', 'www.a_'],
  ['"&amp; " references in one paragraph', '&amp; '],
  ['"&#x41;" references in one paragraph', '&#x41;'],
  // Fast in satteri, quadratic in micromark, which the build's raw-HTML report uses (src/security/unsafe-html.ts).
  ['"*a" emphasis marks in one paragraph', '*a'],
  ['"a_ " emphasis marks in one paragraph', 'a_ '],
];

/** 1 MB files just inside every limit. */
function justInside(): Array<[string, string]> {
  const MB = 1_000_000 - FRONTMATTER.length - 10;
  return [
    ['16 levels of nesting on every line', repeatTo(`${'> '.repeat(16)}a\n`, MB)],
    ['50 underscore runs in every word', repeatTo(`${`${'a_'.repeat(50)} `.repeat(3)}\n\n`, MB)],
    ['500 references in every paragraph', repeatTo(`${'&amp; '.repeat(500)}\n\n`, MB)],
    ['150 emphasis marks in every paragraph', repeatTo(`${'*a'.repeat(150)}\n\n`, MB)],
    ['ordinary text with dates and times', repeatTo('Spotkanie 19 czerwca 2024 (środa) o 17:00, sala 204, 1 piętro. ', MB)],
  ];
}

/** Runs `code` (ES module source) in a child Node, and gives its output or why it did not finish. */
function runChild(code: string, input: string, timeoutMs: number): string {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '--stack-size=984', '-e', code], { input, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 20, cwd: projectRoot });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (result.signal) return `stopped after ${seconds} s (${result.signal})`;
  if (result.status !== 0) return `failed after ${seconds} s: ${(result.stderr.split('\n').find((line) => /Error|error/.test(line)) ?? '').trim().slice(0, 80)}`;
  return result.stdout.trim();
}

const SATTERI = `
import { markdownToMdast } from 'satteri';
import { readFileSync } from 'node:fs';
const text = readFileSync(0, 'utf8');
const started = performance.now();
markdownToMdast(text);
console.log(((performance.now() - started) / 1000).toFixed(2) + ' s, ' + Math.round(process.memoryUsage().rss / 1e6) + ' MB');
`;

function checkFolder(files: ReadonlyArray<[string, string]>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'pathological-'));
  const pl = path.join(root, 'pl');
  mkdirSync(pl);
  files.forEach(([, text], i) => writeFileSync(path.join(pl, `p${i}.md`), `${FRONTMATTER}${text}`));
  return root;
}

function timeCheck(folder: string): { seconds: string; output: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/consistency.mjs', '--content', folder, '--format', 'json'], { cwd: projectRoot, encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 26 });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  return { seconds, output: result.signal ? `stopped (${result.signal})` : result.stdout };
}

const refusals = (output: string): string[] => {
  try {
    return (JSON.parse(output) as { findings: Array<{ rule: string; file: string; message: string }> }).findings.filter((f) => f.rule === 'valid-content').map((f) => f.message.slice(0, 60));
  } catch {
    return [output.slice(0, 80)];
  }
};

console.log(`satteri markdownToMdast on ${kb} KB, and the check on 1 MB (a fresh process, start-up included):\n`);
for (const [name, unit] of PATHOLOGICAL) {
  const parse = runChild(SATTERI, repeatTo(unit, kb * 1000), 120_000);
  const folder = checkFolder([[name, repeatTo(unit, 1_000_000 - FRONTMATTER.length - 10)]]);
  const check = timeCheck(folder);
  rmSync(folder, { recursive: true, force: true });
  console.log(`${name.padEnd(40)} satteri: ${parse.padEnd(28)} check of 1 MB: ${check.seconds} s, ${refusals(check.output)[0] ?? 'not refused'}`);
}

console.log('\nFiles of 1 MB just inside the limits:\n');
for (const [name, text] of justInside()) {
  const parse = runChild(SATTERI, text, 120_000);
  const folder = checkFolder([[name, text]]);
  const check = timeCheck(folder);
  rmSync(folder, { recursive: true, force: true });
  console.log(`${name.padEnd(40)} satteri: ${parse.padEnd(28)} check: ${check.seconds} s, ${refusals(check.output).length === 0 ? 'accepted' : `refused: ${refusals(check.output)[0]}`}`);
}

if (values.build) {
  const content = mkdtempSync(path.join(tmpdir(), 'pathological-site-'));
  cpSync(path.join(projectRoot, 'test/fixtures/site'), content, { recursive: true });
  justInside().forEach(([, text], i) => writeFileSync(path.join(content, 'pl', `limit-${i}.md`), `${FRONTMATTER}${text}`));
  const outDir = path.join(content, '.dist');
  const started = performance.now();
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 600_000,
    env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  console.log(`\nastro build of the fixture site plus the ${justInside().length} files just inside the limits: ${((performance.now() - started) / 1000).toFixed(2)} s, exit ${result.status ?? result.signal}`);
  rmSync(content, { recursive: true, force: true });
}
