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
import { listContentFiles } from '../../src/announcements/read-content.ts';
import { workflowChecks } from '../../src/workflow/cli-checks.ts';
import { withFindings } from '../../src/workflow/merge.ts';
import { blameOutdatedTranslations } from '../../src/workflow/outdated-blame.ts';
import { narrowed, scopeOfFiles, stagedTree, type Scope, type StagedTree } from '../../src/workflow/scope.ts';

const USAGE = `Usage: npm run consistency -- [--content DIR] [--format pretty|json|github|sarif] [--staged | FILE…]

  --content DIR   folder with <lang>/<id>.md files (default: ${siteConfig.contentDir})
  --format NAME   pretty (default), json, github (GitHub Actions annotations)
                  or sarif (SARIF 2.1.0 for GitHub code scanning)
  --staged        check the staged versions of the staged announcements, with their
                  translations as the next commit holds them (for a pre-commit hook)
  FILE…           check these announcement files and their translations
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
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      options: { content: { type: 'string' }, format: { type: 'string' }, staged: { type: 'boolean' }, help: { type: 'boolean' } },
      allowPositionals: true,
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
  if (values.staged && positionals.length > 0) fail('give either --staged or files, not both');

  // --staged: the index, copied to a temporary folder; FILE…: the files given. Either way the
  // whole folder is checked (links between announcements) and the findings narrowed.
  let scope: Scope | undefined;
  let staged: StagedTree | undefined;
  if (values.staged) {
    const prepared = stagedTree({ contentDir, languages: langCodes });
    if (!prepared.ok) fail(prepared.message);
    staged = prepared.value;
    scope = staged.scope;
  } else if (positionals.length > 0) {
    const chosen = scopeOfFiles(positionals, { contentDir, languages: langCodes });
    if (!chosen.ok) fail(chosen.message);
    scope = chosen.value;
  }
  if (staged && scope?.ids.size === 0) {
    staged.cleanup();
    if (format === 'pretty') process.stdout.write('No staged announcements to check.\n');
    else process.stdout.write(`${report({ findings: [], summary: { announcements: 0, files: 0, errors: 0, warnings: 0 } }, format)}\n`);
    return;
  }
  const root = staged?.root ?? process.cwd();
  const checkDir = staged?.contentDir ?? contentDir;

  try {
    // Large folders are checked on every core; the findings are the same as on one.
    const checked = await checkContentInParallel({
      contentDir: checkDir,
      root,
      languages: langCodes,
      floorConventions: siteConfig.consistency.floorConventions,
      defaultCountry: siteConfig.consistency.defaultCountry,
      omissions: siteConfig.consistency.omissions,
      siteUrl: siteConfig.url,
      sitePages: SITE_PAGES,
    }, { started, onListed: chooseCompilers });
    // Untouched scaffolds, outdated translations and the drafts left out (src/workflow/).
    const listed = listContentFiles({ contentDir: checkDir, languages: langCodes, root }).files;
    const inScope = scope ? listed.filter((file) => scope.ids.has(file.id)) : listed;
    const extra = workflowChecks(inScope, { contentDir, languages: langCodes, ...(staged ? { git: staged.git, realPath: staged.realPath } : {}) });
    for (const note of extra.notes) process.stderr.write(`consistency: ${note}\n`);
    let result = withFindings(blameOutdatedTranslations(staged ? staged.unmap(checked) : checked, extra.states, langCodes[0] ?? ''), extra.findings);
    if (scope) result = narrowed(result, scope, inScope.length);
    const color = format === 'pretty' && process.stdout.isTTY === true && !process.env.NO_COLOR;
    const output = report(result, format, { color });
    if (output) process.stdout.write(`${output}\n`);
    // Machine formats keep stdout to themselves.
    if (extra.drafts) (format === 'pretty' ? process.stdout : process.stderr).write(`${extra.drafts}\n`);
    process.exitCode = result.summary.errors > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof CheckSetupError) fail(error.message);
    if (error instanceof ContentReadError) couldNotRun(error.message);
    const read = error instanceof Error ? READ_FAILURE.exec(error.message)?.[0] : undefined;
    if (read) couldNotRun(read);
    // Anything else is a bug in the checker: the check did not run, and the stack trace is for the bug report.
    process.stderr.write(`consistency: the check could not run because of a bug; please report it with this output:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  } finally {
    staged?.cleanup();
  }
}
