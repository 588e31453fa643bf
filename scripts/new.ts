/**
 * Starts a notice: one file per configured language, with today's date and
 * placeholder text that the check refuses to publish untouched.
 *
 *   npm run new -- <id> [--event]
 *
 * Exit codes: 0 created, 2 nothing created (bad or taken id, bad arguments).
 */
import { parseArgs } from 'node:util';
import { langCodes } from '../src/i18n/languages.ts';
import { siteConfig } from '../src/site.config.ts';
import { newAnnouncement, todayIn } from '../src/workflow/scaffold.ts';

const USAGE = `Usage: npm run new -- <id> [--event]

  <id>      the announcement's id: its file name in every language and its default URL slug,
            lowercase letters a–z, digits and hyphens, e.g. park-meeting-2025
  --event   add an "event" block (start, end, venue) to fill in
  --help    show this help`;

function fail(message: string): never {
  process.stderr.write(`new: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({ options: { event: { type: 'boolean' }, help: { type: 'boolean' } }, allowPositionals: true });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (parsed.values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (parsed.positionals.length !== 1) fail(parsed.positionals.length === 0 ? 'give the id of the new announcement' : `give one id, not ${parsed.positionals.length} (${parsed.positionals.join(' ')})`);

const result = newAnnouncement({
  id: parsed.positionals[0] ?? '',
  event: parsed.values.event === true,
  contentDir: siteConfig.contentDir,
  languages: langCodes,
  root: process.cwd(),
  date: todayIn(siteConfig.timeZone),
});
if (!result.ok) fail(result.message);
process.stdout.write(
  [
    'Created:',
    ...result.created.map((file) => `  ${file}`),
    '',
    'Replace every "TODO:" text in each language, check the date, then delete the "<!-- scaffold: … -->" line.',
    'Until then the check and the build refuse to publish it (add "draft: true" to commit it unfinished).',
    '',
  ].join('\n'),
);
