/**
 * The consistency CLI (started by scripts/consistency.ts): arguments, the
 * check, a reporter, the exit code.
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CheckSetupError } from '../../src/consistency/engine.ts';
import { checkContentInParallel } from '../../src/consistency/parallel.ts';
import { chooseCompilers } from './compilers.ts';
import type { ShareWorker } from '../../src/consistency/share-worker.ts';
import { FORMATS, report, type Format } from '../../src/consistency/reporters/index.ts';
import { langCodes } from '../../src/i18n/languages.ts';
import { siteConfig } from '../../src/site.config.ts';
import { SITE_PAGES } from '../../src/lib/routes.ts';
import { listContentFiles } from '../../src/announcements/read-content.ts';
import { workflowChecks } from '../../src/workflow/cli-checks.ts';
import { withFindings } from '../../src/workflow/merge.ts';

const USAGE = `Usage: npm run consistency -- [--content DIR] [--format pretty|json|github]

  --content DIR   folder with <lang>/<id>.md files (default: ${siteConfig.contentDir})
  --format NAME   pretty (default), json or github (GitHub Actions annotations)
  --help          show this help`;

function fail(message: string): never {
  process.stderr.write(`consistency: ${message}\n${USAGE}\n`);
  process.exit(2);
}

export async function main(started: readonly ShareWorker[] = []): Promise<void> {
  try {
    await run(started);
  } finally {
    for (const worker of started) worker.stop();
  }
}

async function run(started: readonly ShareWorker[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: { content: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean' } },
      allowPositionals: false,
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const format = (values.format ?? 'pretty') as Format;
  if (!FORMATS.includes(format)) fail(`unknown format "${values.format}"; use one of ${FORMATS.join(', ')}`);
  const contentDir = values.content ?? siteConfig.contentDir;
  if (!existsSync(contentDir)) fail(`content folder "${contentDir}" does not exist`);
  if (!statSync(contentDir).isDirectory()) fail(`"${contentDir}" is a file; give the folder that holds <lang>/<id>.md`);

  try {
    // Large folders are checked on every core; the findings are the same as on one.
    const checked = await checkContentInParallel({
      contentDir,
      languages: langCodes,
      floorConventions: siteConfig.consistency.floorConventions,
      defaultCountry: siteConfig.consistency.defaultCountry,
      omissions: siteConfig.consistency.omissions,
      siteUrl: siteConfig.url,
      sitePages: SITE_PAGES,
    }, { started, onListed: chooseCompilers });
    // Untouched scaffolds, outdated translations and the drafts left out (src/workflow/).
    const extra = workflowChecks(listContentFiles({ contentDir, languages: langCodes }).files, { contentDir, languages: langCodes });
    for (const note of extra.notes) process.stderr.write(`consistency: ${note}\n`);
    const result = withFindings(checked, extra.findings);
    const color = format === 'pretty' && process.stdout.isTTY === true && !process.env.NO_COLOR;
    const output = report(result, format, { color });
    if (output) process.stdout.write(`${output}\n`);
    // Machine formats keep stdout to themselves.
    if (extra.drafts) (format === 'pretty' ? process.stdout : process.stderr).write(`${extra.drafts}\n`);
    process.exitCode = result.summary.errors > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof CheckSetupError) fail(error.message);
    throw error;
  }
}

