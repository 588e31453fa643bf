/**
 * Measures how well the check catches contradictions, on a corpus of
 * consistent trilingual announcements (default: test/corpus).
 *
 *   npm run recall -- [--content DIR]
 *
 * First the corpus is checked as it is: every error there is a false
 * positive. Then, one at a time, each fact of each language version is
 * changed (a date moved by a day, a floor, a weekday, a phone digit …) and
 * the announcement is checked again: the mutation counts as caught when the
 * check reports an error on that announcement. Recall is printed per fact kind.
 */
import { parseArgs } from 'node:util';
import { langCodes } from '../src/i18n/languages.ts';
import { measureRecall } from './lib/recall.ts';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'test/corpus' } } });
const contentDir = values.content ?? 'test/corpus';
const report = measureRecall(contentDir, langCodes);

const pad = (text: string | number, width: number) => String(text).padEnd(width);
console.log(`Corpus: ${contentDir}, ${report.announcements} announcements, ${report.files} files`);
console.log(`False positives (errors on the unchanged corpus): ${report.falsePositives.length}; warnings: ${report.warnings.length}`);
for (const finding of [...report.falsePositives, ...report.warnings]) console.log(`  ${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.message}`);
console.log('');
console.log(`${pad('fact', 10)}${pad('mutations', 11)}${pad('caught', 8)}recall`);
let all = 0;
let caughtAll = 0;
for (const [kind, tally] of [...report.byKind].sort((a, b) => a[0].localeCompare(b[0]))) {
  all += tally.mutations;
  caughtAll += tally.caught;
  console.log(`${pad(kind, 10)}${pad(tally.mutations, 11)}${pad(tally.caught, 8)}${((100 * tally.caught) / tally.mutations).toFixed(1)}%`);
}
console.log(`${pad('all', 10)}${pad(all, 11)}${pad(caughtAll, 8)}${((100 * caughtAll) / Math.max(all, 1)).toFixed(1)}%`);
const missed = [...report.byKind.values()].flatMap((t) => t.missed);
if (missed.length > 0) {
  console.log('\nMissed:');
  for (const line of missed) console.log(`  ${line}`);
}
