import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { QUICK_COMPILER_BELOW_FILES } from '../scripts/lib/compilers.ts';

const HOT_LOOP = 'function f(x) { return (x * 31) ^ (x >>> 3); } let s = 0; for (let i = 0; i < 3e7; i++) s = (s + f(i)) | 0; return s;';
const WORKER = `import('node:worker_threads').then(({ parentPort }) => parentPort.once('message', () => { new Function(${JSON.stringify(HOT_LOOP)})(); process.exit(0); }));`;

/** Runs a hot loop on two threads after chooseCompilers(files) in a fresh Node, and says whether V8 optimised it with TurboFan. */
function turboFanUsedAfter(files: number): boolean {
  // As in the CLI, the second thread is started before the choice and given its work after it.
  const program = [
    "const { Worker } = await import('node:worker_threads');",
    `const worker = new Worker(${JSON.stringify(WORKER)}, { eval: true });`,
    "const { chooseCompilers } = await import('./scripts/lib/compilers.ts');",
    `chooseCompilers(${files});`,
    `new Function(${JSON.stringify(HOT_LOOP)})();`,
    "worker.postMessage('go');",
    "await new Promise((resolve) => worker.once('exit', resolve));",
  ].join('\n');
  const result = spawnSync(process.execPath, ['--trace-opt', '--input-type=module', '-e', program], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return /target TURBOFAN/.test(result.stdout);
}

describe("the CLI's choice of V8 compilers", () => {
  it('leaves out the optimising compiler for a folder the check finishes before it pays off', () => {
    expect(turboFanUsedAfter(9_000)).toBe(false);
  });

  it('keeps it for a folder large enough to repay it', () => {
    expect(turboFanUsedAfter(QUICK_COMPILER_BELOW_FILES)).toBe(true);
  });
});
