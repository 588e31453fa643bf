import type { DocumentFacts } from '../extract/document.ts';
import { formatLongEnglishDate, isoWeekday } from '../extract/calendar.ts';
import type { Fact } from '../types.ts';
import type { AlignedBlock } from './aligned-blocks.ts';
import type { FindingDraft } from './types.ts';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const longDate = (key: string) => {
  const [year = 0, month = 1, day = 1] = key.split('-').map(Number);
  return formatLongEnglishDate(year, month, day);
};

/**
 * A weekday where the other languages give a date instead: in corresponding
 * places ("| Velyka subota | 04.04.2026 |" beside "| Wielka Sobota |
 * 4.04.2026 |"), a language that names a day and no date there must name a
 * day of a date the others give there. "неділя" where both others give 4
 * April 2026, a Saturday, contradicts them, though it never says a date.
 */
export function weekdaysBesideOthersDates(
  docs: readonly DocumentFacts[],
  blocks: readonly AlignedBlock[],
  inBlock: (doc: DocumentFacts, block: number, kind: Fact['kind']) => readonly Fact[],
  rule: string,
): FindingDraft[] {
  const findings: FindingDraft[] = [];
  // Only blocks that correspond one to one, and a date two other languages agree on: a day named where
  // they both write one date ("| Велика неділя |" beside "| Wielka Sobota | 4.04.2026 |").
  for (const { index, where, blockOf } of blocks) {
    if (blockOf !== undefined) continue;
    for (const doc of docs) {
      const others = docs.filter((other) => other !== doc);
      if (others.length < 2 || inBlock(doc, index, 'date').length > 0) continue;
      const dateSets = others.map((other) => new Set(inBlock(other, index, 'date').map((fact) => fact.key).filter((key) => FULL_DATE.test(key))));
      const [first, ...rest] = dateSets;
      const shared = [...(first ?? [])].filter((key) => rest.every((keys) => keys.has(key)));
      const days = inBlock(doc, index, 'weekday').filter((fact) => !fact.weekday?.recurring && fact.weekday?.date === undefined);
      const [date] = shared;
      const [fact] = days;
      if (shared.length !== 1 || days.length !== 1 || !date || !fact || isoWeekday(date) === fact.weekday?.day) continue;
      findings.push({
        rule,
        fact: 'weekday',
        severity: 'error',
        evidence: 'contradiction',
        lang: doc.lang,
        file: doc.file,
        line: fact.line,
        column: fact.column,
        block: fact.block,
        message: `weekday: ${where} the ${doc.pack.englishName} text says "${fact.text}" (${fact.label}), but ${others.map((other) => other.lang).join(' and ')} give ${longDate(date)} there, a ${WEEKDAYS[isoWeekday(date)]}`,
      });
    }
  }
  return findings;
}
