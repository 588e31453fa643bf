import type { DocumentFacts } from '../extract/document.ts';
import type { Fact } from '../types.ts';

const twelveOn = (key: string) => `${String((Number(key.slice(0, 2)) + 12) % 24).padStart(2, '0')}${key.slice(2)}`;

/**
 * An hour said without the part of the day ("wpół do siódmej", "o siódmej",
 * "пів на сьому") is 6:30 or 18:30: both readings are kept, and the one
 * another language gives for certain is the one meant. Read as the evening
 * hour where another language gives that and none the morning one;
 * otherwise as written. (New objects; the inputs are not changed.)
 */
export function readHalfDayHours(docs: readonly DocumentFacts[]): DocumentFacts[] {
  if (!docs.some((doc) => doc.facts.some((fact) => fact.twelveHour))) return [...docs];
  // What each language says for certain: its times with the part of the day or on the 24-hour clock.
  const times = docs.map((doc) => new Set(doc.facts.filter((fact) => fact.kind === 'time' && !fact.invalid && !fact.twelveHour).map((fact) => fact.key)));
  return docs.map((doc, d) => {
    let changed = false;
    const facts = doc.facts.map((fact): Fact => {
      if (!fact.twelveHour) return fact;
      const evening = twelveOn(fact.key);
      const others = times.filter((_, o) => o !== d);
      if (others.some((keys) => keys.has(fact.key)) || !others.some((keys) => keys.has(evening)) || times[d]?.has(evening)) return fact;
      changed = true;
      return { ...fact, key: evening, label: evening };
    });
    return changed ? { ...doc, facts } : doc;
  });
}
