/**
 * A built, searchable site in Debian's Chromium (driven by playwright-core),
 * as the browser tests use it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from '../../scripts/lib/serve-static.ts';
import { buildSite, projectRoot, type BuildResult } from './build-site.ts';

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface ServedSite {
  build: BuildResult;
  site: { url: string; close: () => Promise<void> };
  browser: Browser;
}

/** Builds `contentDir` into a fresh `outDir`, indexes it with Pagefind, serves it and starts Chromium; throws with the reason if any step fails. */
export async function serveBuiltSite(contentDir: string, outDir: string, env: Record<string, string>): Promise<ServedSite> {
  if (!existsSync(CHROME)) throw new Error(`Chromium not found at ${CHROME}: install Debian's chromium (apt-get install chromium) or set CHROME_PATH.`);
  rmSync(outDir, { recursive: true, force: true });
  const build = buildSite(contentDir, outDir, env);
  if (build.status !== 0) throw new Error(build.output);
  const pagefind = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', outDir], { encoding: 'utf8' });
  if (pagefind.status !== 0) throw new Error(pagefind.stderr || pagefind.stdout);
  const site = await serveStatic(outDir);
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return { build, site, browser };
}
