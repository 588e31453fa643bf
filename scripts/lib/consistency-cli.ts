/**
 * The consistency CLI (started by scripts/consistency.ts): arguments, the
 * check, a reporter, the exit code.
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ContentReadError } from '../../src/announcements/safe-read.ts';
import { CheckSetupError } from '../../src/consistency/engine.ts';
import { checkContentInParallel } from '../../src/consistency/parallel.ts';
import { chooseCompilers } from './compilers.ts';
import type { ShareWorker } from '../../src/consistency/share-worker.ts';
import { FORMATS, report, type Format } from '../../src/consistency/reporters/index.ts';
import { langCodes } from '../../src/i18n/languages.ts';
import { siteConfig } from '../../src/site.config.ts';
import { SITE_PAGES } from '../../src/lib/routes.ts';

const USAGE = `Usage: npm run consistency -- [--content DIR] [--format pretty|json|github]

  --content DIR   folder with <lang>/<id>.md files (default: ${siteConfig.contentDir})
  --format NAME   pretty (default), json or github (GitHub Actions annotations)
  --help          show this help`;

function fail(message: string): never {
  process.stderr.write(`consistency: ${message}\n${USAGE}\n`);
  process.exit(2);
}

/** The check could not run to the end (a file that cannot be read): exit 2 with the reason, without usage or stack trace. */
function couldNotRun(message: string): never {
  process.stderr.write(`consistency: the check could not run: ${message}\n`);
  process.exit(2);
}

/** A read failure, also when it happened in another thread and arrives as a message. */
const READ_FAILURE = /\bcould not read .*$/s;

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
    const result = await checkContentInParallel({
      contentDir,
      languages: langCodes,
      floorConventions: siteConfig.consistency.floorConventions,
      defaultCountry: siteConfig.consistency.defaultCountry,
      omissions: siteConfig.consistency.omissions,
      siteUrl: siteConfig.url,
      sitePages: SITE_PAGES,
    }, { started, onListed: chooseCompilers });
    const color = format === 'pretty' && process.stdout.isTTY === true && !process.env.NO_COLOR;
    const output = report(result, format, { color });
    if (output) process.stdout.write(`${output}\n`);
    process.exitCode = result.summary.errors > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof CheckSetupError) fail(error.message);
    if (error instanceof ContentReadError) couldNotRun(error.message);
    const read = error instanceof Error ? READ_FAILURE.exec(error.message)?.[0] : undefined;
    if (read) couldNotRun(read);
    // Anything else is a bug in the checker: the check did not run, and the stack trace is for the bug report.
    process.stderr.write(`consistency: the check could not run because of a bug; please report it with this output:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  }
}

