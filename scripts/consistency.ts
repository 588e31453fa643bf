/**
 * Checks that every translation of every announcement states the same facts.
 *
 *   npm run consistency -- [--content DIR] [--format pretty|json|github]
 *
 * Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 could not run.
 * A thin shell over the engine in src/consistency/.
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CheckSetupError, checkContent } from '../src/consistency/engine.ts';
import { FORMATS, report, type Format } from '../src/consistency/reporters/index.ts';
import { langCodes } from '../src/i18n/languages.ts';
import { siteConfig } from '../src/site.config.ts';

const USAGE = `Usage: npm run consistency -- [--content DIR] [--format pretty|json|github]

  --content DIR   folder with <lang>/<id>.md files (default: ${siteConfig.contentDir})
  --format NAME   pretty (default), json or github (GitHub Actions annotations)
  --help          show this help`;

function fail(message: string): never {
  process.stderr.write(`consistency: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function main(): void {
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
    const result = checkContent({
      contentDir,
      languages: langCodes,
      floorConventions: siteConfig.consistency.floorConventions,
      defaultCountry: siteConfig.consistency.defaultCountry,
      siteUrl: siteConfig.url,
    });
    const color = format === 'pretty' && process.stdout.isTTY === true && !process.env.NO_COLOR;
    const output = report(result, format, { color });
    if (output) process.stdout.write(`${output}\n`);
    process.exitCode = result.summary.errors > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof CheckSetupError) fail(error.message);
    throw error;
  }
}

main();
