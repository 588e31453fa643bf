/**
 * Translation status: for each announcement and language, up to date,
 * outdated (the source language's file changed since the translation's last
 * change) or missing, and what changed in the source.
 *
 *   npm run status -- [--content DIR] [--format table|json]
 *
 * Exit codes: 0 shown, 2 could not run.
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { langCodes } from '../src/i18n/languages.ts';
import { siteConfig } from '../src/site.config.ts';
import { statusJson, statusTable } from '../src/workflow/status-report.ts';
import { readStatusFiles, statusOfFiles } from '../src/workflow/status-run.ts';

const USAGE = `Usage: npm run status -- [--content DIR] [--format table|json]

  --content DIR   folder with <lang>/<id>.md files (default: ${siteConfig.contentDir})
  --format NAME   table (default) or json
  --help          show this help

A translation is outdated when the ${langCodes[0]} file changed after the translation's last commit.
When it needs no change, add a line "<!-- translation-reviewed: <commit or YYYY-MM-DD> -->" to its body.`;

function fail(message: string): never {
  process.stderr.write(`status: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({ options: { content: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean' } }, allowPositionals: false }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const format = values.format ?? 'table';
if (format !== 'table' && format !== 'json') fail(`unknown format "${format}"; use table or json`);
const contentDir = values.content ?? siteConfig.contentDir;
if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) fail(`content folder "${contentDir}" does not exist`);

try {
  const { states, notes } = statusOfFiles(readStatusFiles({ contentDir, languages: langCodes }), { contentDir, languages: langCodes });
  for (const note of notes) process.stderr.write(`status: ${note}\n`);
  process.stdout.write(`${format === 'json' ? statusJson(states) : statusTable(states, langCodes)}\n`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
