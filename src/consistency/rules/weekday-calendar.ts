import { isoWeekday } from '../extract/calendar.ts';
import { englishWeekday } from '../extract/weekdays.ts';
import type { Fact } from '../types.ts';
import type { FindingDraft, Rule } from './types.ts';

/** A weekday written next to a date must be that date's weekday. */
export const weekdayCalendar: Rule = {
  id: 'weekday-calendar',
  check(group) {
    const findings: FindingDraft[] = [];
    const correct = (fact: Fact) => fact.weekday?.date !== undefined && isoWeekday(fact.weekday.date) === fact.weekday.day;
    for (const doc of group.docs) {
      for (const fact of doc.facts) {
        const date = fact.weekday?.date;
        if (!date || !fact.weekday || correct(fact)) continue;
        const actual = isoWeekday(date);
        const dateFact = doc.facts.find((f) => f.kind === 'date' && f.key === date);
        const inLanguage = doc.pack.code === 'en' ? '' : ` ("${doc.pack.weekdayNames[actual]}" in ${doc.pack.englishName})`;
        const others = group.docs
          .filter((other) => other !== doc)
          .flatMap((other) => {
            const match = other.facts.find((f) => f.weekday?.date === date && correct(f));
            return match ? [`${other.lang}: "${match.text}"`] : [];
          });
        findings.push({
          rule: this.id,
          fact: 'weekday',
          severity: 'error',
          lang: doc.lang,
          file: doc.file,
          line: fact.line,
          column: fact.column,
          block: fact.block,
          message: `${dateFact?.label ?? date} is a ${englishWeekday(actual)}${inLanguage}, but the ${doc.pack.englishName} text says "${fact.text}"${others.length > 0 ? ` (${others.join(', ')})` : ''}`,
        });
      }
    }
    return findings;
  },
};
