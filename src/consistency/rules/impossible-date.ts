import type { FindingDraft, Rule } from './types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date that does not exist ("31 czerwca", "29 February 2025", "31.04"). */
export const impossibleDate: Rule = {
  id: 'impossible-date',
  check(group) {
    const findings: FindingDraft[] = [];
    for (const doc of group.docs) {
      for (const fact of doc.facts) {
        if (!fact.invalid || fact.kind !== 'date') continue;
        const [year = 0, month = 1] = fact.key.replace('invalid:', '').split('-').map(Number);
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        findings.push({
          rule: this.id,
          fact: 'date',
          severity: 'error',
          lang: doc.lang,
          file: doc.file,
          line: fact.line,
          column: fact.column,
          block: fact.block,
          message: `"${fact.text}" is not a date: ${MONTHS[month - 1]} ${year} has ${days} days`,
        });
      }
    }
    return findings;
  },
};
