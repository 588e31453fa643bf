import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, with colours stripped. */
  output: string;
}

/** Runs `astro build` on a content folder into an output folder, as CI would. */
export function buildSite(contentDir: string, outDir: string, extraEnv: Record<string, string> = {}): BuildResult {
  const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, SITE_URL: 'https://example.test', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extraEnv },
  });
  // eslint-disable-next-line no-control-regex -- strip ANSI colour codes
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

/** A digest of every file under a folder, to prove a build modified nothing. */
export function digestTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const abs = path.join(current, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else hash.update(path.relative(dir, abs)).update('\0').update(readFileSync(abs)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}
