/**
 * `npm run build`: builds the site beside the published one and publishes it
 * only when everything succeeded.
 *
 *   astro build --outDir <.dist-staging>   pages, sitemap, feeds, calendar files
 *   pagefind --site <.dist-staging>        the search index
 *   remove what is not meant to ship       (.prerender: Astro's build chunks, with every entry's text)
 *   dist -> .dist-old, .dist-staging -> dist, remove .dist-old
 *
 * A failed check, a crash or an interrupt (SIGINT, SIGTERM) leaves the
 * previous dist/ exactly as it was and removes the staging folder, so no
 * draft's text is left anywhere. A staging folder left by a killed run
 * (SIGKILL, power loss) is removed on the next start, and a swap cut short
 * between its two renames is completed back to the previous site.
 *
 * Usage: node scripts/build.ts [--outDir DIR]   (default dist). Exit code: the
 * failing step's, 130/143 when interrupted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Files Astro leaves in its output that are not part of the site. */
const NOT_SHIPPED = ['.prerender'];

export interface Folders {
  dist: string;
  staging: string;
  old: string;
}

export function foldersFor(outDir: string): Folders {
  const dist = path.resolve(root, outDir);
  const name = path.basename(dist);
  return { dist, staging: path.join(path.dirname(dist), `.${name}-staging`), old: path.join(path.dirname(dist), `.${name}-old`) };
}

/** Leftovers of a run that was killed: a staging folder, or a swap cut short. */
export function recover(folders: Folders): void {
  rmSync(folders.staging, { recursive: true, force: true });
  if (existsSync(folders.old)) {
    // Killed between "dist -> old" and "staging -> dist": the old site is the published one.
    if (!existsSync(folders.dist)) renameSync(folders.old, folders.dist);
    else rmSync(folders.old, { recursive: true, force: true });
  }
}

/** Puts the staged site in place of the published one with two renames. */
export function publish(folders: Folders): void {
  for (const name of NOT_SHIPPED) rmSync(path.join(folders.staging, name), { recursive: true, force: true });
  if (existsSync(folders.dist)) renameSync(folders.dist, folders.old);
  renameSync(folders.staging, folders.dist);
  rmSync(folders.old, { recursive: true, force: true });
}

let child: ChildProcess | undefined;
let interrupted: NodeJS.Signals | undefined;

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    child = spawn(process.execPath, [command, ...args], { cwd: root, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`Could not start ${path.basename(command)}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      child = undefined;
      resolve(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : 1));
    });
  });
}

async function main(): Promise<number> {
  const at = process.argv.indexOf('--outDir');
  const folders = foldersFor(at > -1 ? (process.argv[at + 1] ?? 'dist') : 'dist');
  recover(folders);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      interrupted = signal;
      child?.kill(signal);
    });
  }

  const steps: Array<[string, string[]]> = [
    [path.join(root, 'node_modules/astro/bin/astro.mjs'), ['build', '--outDir', folders.staging]],
    [path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), ['--site', folders.staging]],
  ];
  for (const [command, args] of steps) {
    const code = interrupted ? 1 : await run(command, args);
    if (code !== 0 || interrupted) {
      rmSync(folders.staging, { recursive: true, force: true });
      const kept = existsSync(folders.dist) ? `the published site in ${path.relative(root, folders.dist) || '.'} is unchanged` : 'nothing was published';
      console.error(interrupted ? `Build interrupted (${interrupted}): ${kept}.` : `Build failed: ${kept}.`);
      return interrupted === 'SIGINT' ? 130 : interrupted === 'SIGTERM' ? 143 : code;
    }
  }
  publish(folders);
  return 0;
}

process.exitCode = await main();
