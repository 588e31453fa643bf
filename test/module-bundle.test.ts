import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_BUNDLE } from '../scripts/lib/cli-bundle.ts';
import { buildBundle, freshBundle, type Bundle, type BundleSpec } from '../src/lib/module-bundle.ts';
import { checkContent } from '../src/consistency/engine.ts';
import { checkBundle } from '../src/integrations/consistency.ts';
import { checkContentInParallel } from '../src/consistency/parallel.ts';
import { ShareWorker } from '../src/consistency/share-worker.ts';

const languages = ['pl', 'en', 'uk'];
// Inside the project, as the real one is: the bundle finds the native Markdown parser from where it lies.
const CACHES = 'node_modules/.cache';

describe('the bundled CLI', () => {
  let cacheDir: string;
  let spec: BundleSpec;
  let bundle: Bundle | undefined;

  beforeAll(async () => {
    mkdirSync(CACHES, { recursive: true });
    cacheDir = mkdtempSync(path.join(CACHES, 'cli-bundle-test-'));
    spec = { ...CLI_BUNDLE, cacheDir };
    bundle = await buildBundle(spec);
  }, 60_000);
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  const manifestFile = () => path.join(cacheDir, 'current.json');
  const rewriteManifest = (change: (manifest: { builtWith: string; inputs: Array<[string, number, number]> }) => void) => {
    const original = readFileSync(manifestFile(), 'utf8');
    const manifest = JSON.parse(original) as { builtWith: string; inputs: Array<[string, number, number]> };
    change(manifest);
    writeFileSync(manifestFile(), JSON.stringify(manifest));
    return () => writeFileSync(manifestFile(), original);
  };

  it('is built into one module for the CLI and one for its thread, and then stays current', () => {
    expect(bundle).toBeDefined();
    expect(Object.keys(bundle ?? {})).toEqual(['consistency-cli', 'parallel-worker']);
    for (const module of Object.values(bundle ?? {})) expect(existsSync(fileURLToPath(module))).toBe(true);
    expect(freshBundle(spec)).toEqual(bundle);
  });

  it('records the engine, its language packs and its libraries as what it was built from', () => {
    const { inputs } = JSON.parse(readFileSync(manifestFile(), 'utf8')) as { inputs: Array<[string, number, number]> };
    const files = inputs.map(([file]) => file);
    expect(files).toEqual(expect.arrayContaining(['scripts/lib/consistency-cli.ts', 'src/consistency/engine.ts', 'src/consistency/packs/uk.ts']));
    expect(files.some((file) => file.startsWith('node_modules/libphonenumber-js/'))).toBe(true);
  });

  it('is not used once a file it was built from has changed', () => {
    const restore = rewriteManifest((manifest) => {
      const first = manifest.inputs[0];
      if (first) first[1] += 1;
    });
    expect(freshBundle(spec)).toBeUndefined();
    restore();
    const restoreTime = rewriteManifest((manifest) => {
      const last = manifest.inputs.at(-1);
      if (last) last[2] -= 1000;
    });
    expect(freshBundle(spec)).toBeUndefined();
    restoreTime();
    expect(freshBundle(spec)).toEqual(bundle);
  });

  it('is not used when it was built by another Node or from other entry points, or when there is none', () => {
    const restore = rewriteManifest((manifest) => (manifest.builtWith = manifest.builtWith.replace(process.version, 'v1.0.0')));
    expect(freshBundle(spec)).toBeUndefined();
    restore();
    expect(freshBundle({ ...spec, entryPoints: { 'consistency-cli': 'scripts/lib/consistency-cli.ts' } })).toBeUndefined();
    expect(freshBundle({ ...spec, cacheDir: mkdtempSync(path.join(tmpdir(), 'cli-bundle-empty-')) })).toBeUndefined();
  });

  it('is not built where it cannot be written, so the CLI runs its sources', async () => {
    const file = path.join(cacheDir, 'a-file');
    writeFileSync(file, '');
    expect(await buildBundle({ ...spec, cacheDir: path.join(file, 'cache') })).toBeUndefined();
  });

  it('checks a share on its bundled thread exactly as the sources do', async () => {
    const options = { contentDir: 'test/corpus', languages, root: process.cwd() };
    const worker = ShareWorker.start(bundle?.['parallel-worker']);
    expect(await checkContentInParallel(options, { threads: 2, started: [worker] })).toEqual(checkContent(options));
  });
});

describe("the build's bundled check thread", () => {
  it('checks as the sources do, and keys its findings cache to the bundle, so a changed engine never reuses old findings', async () => {
    mkdirSync(CACHES, { recursive: true });
    const cacheDir = mkdtempSync(path.join(CACHES, 'check-bundle-test-'));
    try {
      const bundle = await buildBundle({ ...checkBundle(process.cwd()), cacheDir });
      const module = bundle?.['check-worker'];
      expect(module).toBeDefined();
      const options = { contentDir: 'test/corpus', languages, root: process.cwd() };
      const cacheFile = path.join(cacheDir, 'findings.json');
      const worker = new Worker(module ?? '', { workerData: { ...options, cacheFile } });
      const [message] = (await once(worker, 'message')) as [{ ok: boolean; result: unknown }];
      expect(message.ok).toBe(true);
      expect(message.result).toEqual(checkContent(options));
      const { engine } = JSON.parse(readFileSync(cacheFile, 'utf8')) as { engine: string };
      expect(engine).toBe(createHash('sha1').update(readFileSync(fileURLToPath(module ?? ''))).digest('hex'));
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }, 60_000);
});
