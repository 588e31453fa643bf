import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent, type CheckOptions, type CheckResult } from '../consistency/engine.ts';
import { formatFinding, formatSummary } from '../consistency/reporters/index.ts';

export type ConsistencyOptions = Omit<CheckOptions, 'root' | 'rules'>;

/** Where repeated builds remember the findings of unchanged announcements. */
const CACHE_FILE = 'node_modules/.cache/announcements/consistency.json';

/**
 * Runs the cross-language fact check as part of Astro. `astro build` stops
 * before writing a single page when a translation contradicts another;
 * `astro dev` prints the findings, keeps serving and checks again whenever
 * an announcement is saved.
 *
 * Invalid frontmatter is reported by the content guard, so it is not
 * repeated here.
 */
export function consistencyCheck(options: ConsistencyOptions): AstroIntegration {
  let root = process.cwd();
  let pending: Promise<{ result: CheckResult; milliseconds: number }> | undefined;
  const run = () => checkContent({ ...options, root, cacheFile: path.join(root, CACHE_FILE) });

  return {
    name: 'announcements:consistency',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        root = fileURLToPath(config.root);
        // In a build the check runs in a worker thread while Astro syncs the
        // content, and is awaited before any page is rendered or written.
        if (command === 'build') {
          pending = checkInWorker({ ...options, root, cacheFile: path.join(root, CACHE_FILE) });
        }
      },
      'astro:build:start': async ({ logger }) => {
        if (!pending) return;
        const waitStarted = performance.now();
        const { result, milliseconds } = await pending;
        const waited = performance.now() - waitStarted;
        print(logger, result, 'build');
        // The wait is what the check adds to the build's critical path.
        logger.info(`Checked in ${Math.round(milliseconds)} ms in a worker beside the content sync; the build waited ${Math.round(waited)} ms for it.`);
        if (errorsOf(result).length > 0) {
          logger.error('Nothing was built: translations contradict each other. Fix the errors above, or silence a finding that is wrong (see README).');
          // Exit rather than throw: a content mistake is not a crash and gets no stack trace.
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = path.resolve(root, options.contentDir);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const recheck = () => print(logger, run(), 'dev');
        recheck();
        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, file) => {
          if (!path.resolve(file).startsWith(contentDir + path.sep) || !file.endsWith('.md')) return;
          clearTimeout(timer);
          timer = setTimeout(recheck, 100);
        });
      },
    },
  };
}

type WorkerMessage = { ok: true; result: CheckResult; milliseconds: number } | { ok: false; message: string };

function checkInWorker(options: CheckOptions & { cacheFile: string }): Promise<{ result: CheckResult; milliseconds: number }> {
  const worker = new Worker(path.join(options.root ?? process.cwd(), 'src/consistency/check-worker.ts'), { workerData: options });
  return new Promise((resolve, reject) => {
    worker.once('message', (message: WorkerMessage) => {
      if (message.ok) resolve({ result: message.result, milliseconds: message.milliseconds });
      else reject(new Error(`the consistency check could not run: ${message.message}`));
    });
    worker.once('error', reject);
  });
}

const errorsOf = (result: CheckResult) => result.findings.filter((f) => f.severity === 'error' && f.rule !== 'valid-content');

function print(logger: AstroIntegrationLogger, result: CheckResult, mode: 'dev' | 'build'): void {
  const findings = result.findings.filter((f) => f.rule !== 'valid-content');
  const errors = errorsOf(result);
  const warnings = findings.filter((f) => f.severity === 'warning');
  if (errors.length > 0) logger.error(errors.map((f) => formatFinding(f)).join('\n'));
  if (warnings.length > 0) logger.warn(warnings.map((f) => formatFinding(f)).join('\n'));
  const summary = formatSummary({ ...result, summary: { ...result.summary, errors: errors.length, warnings: warnings.length } });
  if (errors.length > 0 && mode === 'dev') logger.error(`${summary} The build will refuse to publish until they are fixed.`);
  else logger.info(summary);
}
