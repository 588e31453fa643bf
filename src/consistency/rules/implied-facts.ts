import type { DocumentFacts } from '../extract/document.ts';
import { isoWeekday } from '../extract/calendar.ts';
import type { Fact } from '../types.ts';

/** A time this early closes a night that began the day before ("from 6 pm until 1 am"). */
const LATEST_NIGHT_HOUR = 6;

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function nextDay(isoDate: string): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * What every version says implies some facts that one version may add
 * without saying anything new, which is no finding at all:
 * - a weekday that is the calendar's weekday of a date every version gives
 *   ("from Friday 11 to Sunday 13 September 2026" against "11–13.09.2026");
 * - the next day's date where the text's hours run past midnight ("until 1 am
 *   on Sunday 17 May" after "Saturday 16 May, from 6 pm"), and its weekday.
 * Returns the facts of each document that are so implied.
 */
export function impliedFacts(docs: readonly DocumentFacts[]): Set<Fact> {
  const implied = new Set<Fact>();
  if (docs.length < 2) return implied;
  // Only a language that names a weekday or a date the others do not can add what is implied.
  const keysOf = (doc: DocumentFacts) => doc.facts.filter((fact) => fact.kind === 'weekday' || fact.kind === 'date').map((fact) => fact.key).sort().join();
  const [firstKeys, ...restKeys] = docs.map(keysOf);
  if (restKeys.every((keys) => keys === firstKeys)) return implied;
  const datesOf = docs.map((doc) => new Set(doc.facts.filter((fact) => fact.kind === 'date' && !fact.invalid && FULL_DATE.test(fact.key)).map((fact) => fact.key)));
  const [first, ...rest] = datesOf;
  const common = new Set([...(first ?? [])].filter((date) => rest.every((dates) => dates.has(date))));
  if (common.size === 0) return implied;
  const commonWeekdays = new Set([...common].map(isoWeekday));
  docs.forEach((doc, d) => {
    const others = docs.filter((_, o) => o !== d);
    const othersState = (fact: Fact) => others.some((other) => other.facts.some((o) => o.kind === fact.kind && o.key === fact.key));
    const pastMidnight = doc.facts.some((fact) => fact.kind === 'time' && !fact.invalid && Number(fact.key.slice(0, 2)) < LATEST_NIGHT_HOUR);
    const nights = new Set(pastMidnight ? [...common].map(nextDay) : []);
    for (const fact of doc.facts) {
      if (othersState(fact)) continue;
      if (fact.kind === 'date' && nights.has(fact.key)) implied.add(fact);
      const weekday = fact.kind === 'weekday' && !fact.weekday?.recurring ? fact.weekday : undefined;
      if (!weekday) continue;
      const tied = weekday.date;
      if (tied !== undefined ? (common.has(tied) || nights.has(tied)) && isoWeekday(tied) === weekday.day : commonWeekdays.has(weekday.day)) implied.add(fact);
    }
  });
  return implied;
}
