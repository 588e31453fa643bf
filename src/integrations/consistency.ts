import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin as VitePlugin } from 'vite';
import type { CheckOptions, CheckResult } from '../consistency/engine.ts';
import { formatFinding, formatSummary, SILENCING_HINT } from '../consistency/reporters/index.ts';
import { checkThreadOptions } from '../consistency/worker-options.ts';
import { currentBundle, type BundleSpec } from '../lib/module-bundle.ts';
import { buildPreflight, withTranslationStatus } from '../workflow/preflight.ts';
import { markDevServer, setDevFindings } from '../lib/dev-findings.ts';
import { withFindings } from '../workflow/merge.ts';

export type ConsistencyOptions = Omit<CheckOptions, 'root' | 'rules'>;

/** Where repeated builds remember the findings of unchanged announcements. */
const CACHE_FILE = 'node_modules/.cache/announcements/consistency.json';
/** Where the check's thread keeps its compiled code between builds (Node's compile cache). */
const COMPILE_CACHE_DIR = 'node_modules/.cache/node-compile-cache';

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
  /** Waits for the build's check; set in a build, and awaited once by whichever hook comes first. */
  let gate: (() => Promise<void>) | undefined;
  // Read when the check runs: `root` is only known once Astro's config is.
  const cachedOptions = () => ({ ...options, root, cacheFile: path.join(root, CACHE_FILE) });
  // The engine is loaded only where this thread runs it (`astro dev`): a build checks in a worker
  // thread, and Astro's own thread need not load the parser, the language packs and libphonenumber.
  const run = async () => (await import('../consistency/engine.ts')).checkContent(cachedOptions());

  return {
    name: 'announcements:consistency',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        // Only `astro dev` renders pages for an editor (no Content-Security-Policy, findings in the page).
        if (command === 'dev') markDevServer();
        if (command !== 'build') return;
        // Untouched scaffolds from `npm run new` stop the build; drafts left out are named (src/workflow/).
        const preflight = buildPreflight({ contentDir: options.contentDir, languages: options.languages, root });
        if (preflight.drafts) logger.info(preflight.drafts);
        if (preflight.errors.length > 0) {
          logger.error(`${preflight.errors.map((f) => formatFinding(f)).join('\n')}\nNothing was built: an announcement still holds the text "npm run new" wrote.`);
          process.exit(1);
        }
        // In a build the check runs in a worker thread from the start, beside
        // Astro's content sync and bundling, and is awaited at the last moment
        // before any page is rendered or written: the Vite plugin below.
        const checked = checkInWorker(cachedOptions());
        // Outdated translations are warnings, and a source that changed after them is not blamed (src/workflow/).
        const pending = checked.then(({ result, milliseconds }) => ({ result: withTranslationStatus(result, preflight, options.languages[0] ?? ''), milliseconds }));
        // Handled when awaited; until then a failing worker must not count as an unhandled rejection.
        pending.catch(() => undefined);
        let waiting: Promise<void> | undefined;
        gate = () => (waiting ??= waitForCheck(pending, logger));
        updateConfig({ vite: { plugins: [beforePagesAreWritten(gate)] } });
      },
      // A safety net should Astro ever generate pages without calling Vite's buildApp hook.
      'astro:build:generated': async () => {
        await gate?.();
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = path.resolve(root, options.contentDir);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const recheck = () =>
          run().then(
            (checked) => {
              // As in a build: untouched scaffolds are errors, outdated translations warnings, and a source changed after them is not blamed.
              const preflight = buildPreflight({ contentDir: options.contentDir, languages: options.languages, root });
              const result = withFindings(withTranslationStatus(checked, preflight, options.languages[0] ?? ''), preflight.errors);
              print(logger, result, 'dev');
              // The page on screen shows its findings and its translations' status (src/components/DevFindings.astro): reload it once they are known.
              setDevFindings(result.findings, preflight.states);
              server.hot.send({ type: 'full-reload' });
            },
            (error: unknown) => logger.error(`The consistency check could not run: ${error instanceof Error ? error.message : String(error)}`),
          );
        void recheck();
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

/** What the errors are, in a few words: "2 contradictions between translations and 1 impossible date". */
function closingLine(errors: readonly CheckResult['findings'][number][]): string {
  const contradictions = errors.filter((f) => f.rule === 'fact-mismatch' || f.rule === 'link-mismatch' || f.rule === 'weekday-calendar').length;
  const links = errors.filter((f) => f.rule === 'placeholder-link' || f.rule === 'broken-link' || f.rule === 'link-text').length;
  const impossible = errors.filter((f) => f.rule === 'impossible-date' || f.rule === 'impossible-time').length;
  const other = errors.length - contradictions - links - impossible;
  const count = (n: number, one: string, many: string) => (n === 0 ? [] : [`${n} ${n === 1 ? one : many}`]);
  const parts = [
    ...count(contradictions, 'contradiction between translations', 'contradictions between translations'),
    ...count(impossible, 'impossible date or time', 'impossible dates or times'),
    ...count(links, 'broken or placeholder link', 'broken or placeholder links'),
    ...count(other, 'other error', 'other errors'),
  ];
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Prints the check's findings, and stops the build when translations contradict each other. */
async function waitForCheck(pending: Promise<{ result: CheckResult; milliseconds: number }>, logger: AstroIntegrationLogger): Promise<void> {
  const waitStarted = performance.now();
  const { result, milliseconds } = await pending;
  const waited = performance.now() - waitStarted;
  print(logger, result, 'build');
  // The wait is what the check adds to the build's critical path.
  logger.info(`Checked in ${Math.round(milliseconds)} ms in a worker beside the content sync and bundling; the build waited ${Math.round(waited)} ms for it.`);
  const errors = errorsOf(result);
  if (errors.length > 0) {
    logger.error(`Nothing was built: ${closingLine(errors)}. Fix the errors above (docs/fixing-findings.md says how for each rule), or silence a finding that is wrong.`);
    // Exit rather than throw: a content mistake is not a crash and gets no stack trace.
    process.exit(1);
  }
}

/**
 * A Vite plugin whose buildApp hook runs once every environment is bundled
 * and before Astro's own (enforced last) hook renders and writes the pages.
 */
function beforePagesAreWritten(wait: () => Promise<void>): VitePlugin {
  return { name: 'announcements:consistency-gate', apply: 'build', buildApp: { order: 'post', handler: wait } };
}

type WorkerMessage = { ok: true; result: CheckResult; milliseconds: number } | { ok: false; message: string };

/** The check's thread, bundled into one module (src/lib/module-bundle.ts), which it loads in a tenth of the time. */
export const checkBundle = (root: string): BundleSpec => ({ name: 'consistency-check', root, entryPoints: { 'check-worker': 'src/consistency/check-worker.ts' } });

async function checkInWorker(options: CheckOptions & { cacheFile: string }): Promise<{ result: CheckResult; milliseconds: number }> {
  const root = options.root ?? process.cwd();
  const bundle = await currentBundle(checkBundle(root));
  const worker = new Worker(bundle?.['check-worker'] ?? path.join(root, 'src/consistency/check-worker.ts'), { workerData: options, ...checkThreadOptions(path.join(root, COMPILE_CACHE_DIR)) });
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
  // Never "0 errors" while a file cannot be read: the content guard named it above.
  const unreadable = new Set(result.findings.filter((f) => f.rule === 'valid-content').map((f) => f.file)).size;
  const unread = unreadable > 0 ? ` ${unreadable} ${unreadable === 1 ? 'file' : 'files'} could not be read (see the frontmatter errors above) and ${unreadable === 1 ? 'was' : 'were'} not checked.` : '';
  if ((errors.length > 0 || unreadable > 0) && mode === 'dev') logger.error(`${summary}${unread} The build will refuse to publish until they are fixed.`);
  else if (unreadable > 0) logger.error(`${summary}${unread}`);
  else logger.info(summary);
  if (findings.length > 0) logger.info(SILENCING_HINT);
}
