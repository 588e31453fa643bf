/**
 * Entry modules bundled with esbuild into one file each and kept under
 * node_modules/.cache, for the threads that run the consistency check (the
 * CLI and its second thread, the build's check thread). Loading the engine
 * from its sources means resolving and linking some 300 modules (zod and
 * libphonenumber-js alone are 200) in every thread: a third of a second per
 * thread, more than the check of a small folder takes. One file loads in a
 * tenth.
 *
 * A bundle is rebuilt whenever any file it was built from changed (size or
 * modification time, the test make and tsc use), so it always runs the code
 * in the working tree. When it cannot be built, callers run the sources: the
 * findings are the same either way.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BundleSpec {
  /** Names the cache folder. */
  name: string;
  /** Output name → source module, relative to the project root. */
  entryPoints: Record<string, string>;
  /** The project root (default: the one this module lies in). */
  root?: string;
  /**
   * Where the bundle is kept (default node_modules/.cache/<name>). It must lie
   * inside the project: a bundle loads the native Markdown parser from the
   * node_modules above it.
   */
  cacheDir?: string;
}

/** Output name → the bundled module, named `<output name>.mjs`. */
export type Bundle = Record<string, URL>;

/** Whether the module at this URL (its `import.meta.url`) runs from a bundle rather than from its TypeScript source. */
export const runsFromBundle = (moduleUrl: string): boolean => moduleUrl.endsWith('.mjs');

interface Manifest {
  /** Folder of this build, inside the cache folder. */
  dir: string;
  /** BUILT_WITH and the entry points when it was built. */
  builtWith: string;
  /** Every file the bundle holds, as [path from the project root, size, modification time]. */
  inputs: Array<[string, number, number]>;
}

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MANIFEST = 'current.json';
/** Another Node may compile differently; the number changes when the way of bundling does. */
const BUILT_WITH = `node ${process.version}, bundle 1`;
/** Builds older than this that are no longer current are removed (a run that started on one may still be starting its threads). */
const STALE_AFTER_MS = 10 * 60 * 1000;

const rootOf = (spec: BundleSpec) => spec.root ?? PROJECT_ROOT;
const cacheDirOf = (spec: BundleSpec) => spec.cacheDir ?? path.join(rootOf(spec), 'node_modules/.cache', spec.name);
const builtWith = (spec: BundleSpec) => `${BUILT_WITH}: ${JSON.stringify(spec.entryPoints)}`;

const signature = (root: string, file: string): [number, number] => {
  const stats = statSync(path.join(root, file));
  return [stats.size, stats.mtimeMs];
};

const bundleIn = (spec: BundleSpec, dir: string): Bundle =>
  Object.fromEntries(Object.keys(spec.entryPoints).map((name) => [name, pathToFileURL(path.join(cacheDirOf(spec), dir, `${name}.mjs`))]));

/** The current bundle, if every file it was built from is unchanged; otherwise undefined. */
export function freshBundle(spec: BundleSpec): Bundle | undefined {
  try {
    const manifest = JSON.parse(readFileSync(path.join(cacheDirOf(spec), MANIFEST), 'utf8')) as Manifest;
    if (manifest.builtWith !== builtWith(spec) || manifest.inputs.length === 0) return undefined;
    for (const [file, size, mtime] of manifest.inputs) {
      const [nowSize, nowMtime] = signature(rootOf(spec), file);
      if (nowSize !== size || nowMtime !== mtime) return undefined;
    }
    return bundleIn(spec, manifest.dir);
  } catch {
    return undefined; // no bundle yet, or an input is gone
  }
}

/**
 * Builds the bundle into a folder of its own and then makes it current, so
 * that runs starting at the same time (tests, two terminals) never load a
 * half-written one. Undefined when esbuild is missing or fails.
 */
export async function buildBundle(spec: BundleSpec): Promise<Bundle | undefined> {
  const cacheDir = cacheDirOf(spec);
  const dir = `build-${Date.now()}-${randomBytes(4).toString('hex')}`;
  const outdir = path.join(cacheDir, dir);
  try {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      absWorkingDir: rootOf(spec),
      entryPoints: spec.entryPoints,
      outdir,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node}`,
      // .mjs: outside a package.json that says "module", Node would read a .js file twice to tell.
      outExtension: { '.js': '.mjs' },
      // Native modules stay where npm put them; satteri loads its own with require.
      external: ['@bruits/*'],
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs).map((file): [string, number, number] => [file, ...signature(rootOf(spec), file)]);
    const manifest: Manifest = { dir, builtWith: builtWith(spec), inputs };
    const temporary = path.join(cacheDir, `${MANIFEST}.${dir}`);
    writeFileSync(temporary, JSON.stringify(manifest));
    renameSync(temporary, path.join(cacheDir, MANIFEST));
    removeOldBuilds(cacheDir, dir);
    return bundleIn(spec, dir);
  } catch {
    rmSync(outdir, { recursive: true, force: true });
    return undefined;
  }
}

/** The current bundle, built first when there is none or a source changed. */
export async function currentBundle(spec: BundleSpec): Promise<Bundle | undefined> {
  return freshBundle(spec) ?? (await buildBundle(spec));
}

function removeOldBuilds(cacheDir: string, current: string): void {
  for (const entry of readdirSync(cacheDir)) {
    const full = path.join(cacheDir, entry);
    if (entry === current || !entry.startsWith('build-')) continue;
    try {
      if (Date.now() - statSync(full).mtimeMs > STALE_AFTER_MS) rmSync(full, { recursive: true, force: true });
    } catch {
      // Removed by another run meanwhile.
    }
  }
}
