import type { DocumentFacts } from '../extract/document.ts';
import type { Fact } from '../types.ts';

/** The keys of a document's facts of one kind. */
export function factKeys(doc: DocumentFacts, kind: Fact['kind']): Set<string> {
  return new Set(doc.facts.filter((fact) => fact.kind === kind).map((fact) => fact.key));
}

/**
 * Polish and Ukrainian often give opening hours as bare numbers ("czynne od 8
 * do 16", "з 8 до 16") where another language writes "8 am to 4 pm". A bare
 * number alone is no time, but it is read as the hour when the other
 * languages that give that whole hour as a time do not give the number, and
 * either this language gives no such time elsewhere or the number is one of a
 * pair of such hours in one paragraph ("od 8 do 16"). A real difference still
 * shows: "od 8 do 16" against "8 am to 5 pm" leaves 16 unexplained and 17:00
 * missing.
 *
 * Returns the documents with such numbers turned into times (new objects; the
 * inputs are not changed).
 */
export function readBareHours(docs: readonly DocumentFacts[]): DocumentFacts[] {
  const times = docs.map((doc) => factKeys(doc, 'time'));
  const numbers = docs.map((doc) => factKeys(doc, 'number'));
  return docs.map((doc, d) => {
    const hourOf = (fact: Fact): string | undefined => {
      if (fact.kind !== 'number' || !/^\d{1,2}$/.test(fact.key) || Number(fact.key) > 24) return undefined;
      const key = `${String(Number(fact.key) % 24).padStart(2, '0')}:00`;
      const givingTime = docs.filter((_, o) => o !== d && times[o]?.has(key)).map((other) => docs.indexOf(other));
      if (givingTime.length === 0 || givingTime.some((o) => numbers[o]?.has(fact.key))) return undefined;
      return key;
    };
    const candidates = new Map(doc.facts.flatMap((fact) => {
      const key = hourOf(fact);
      return key ? [[fact, key] as const] : [];
    }));
    if (candidates.size === 0) return doc;
    const inPair = (fact: Fact) => [...candidates.keys()].some((other) => other !== fact && other.block === fact.block);
    const facts = doc.facts.map((fact): Fact => {
      const key = candidates.get(fact);
      if (!key || (times[d]?.has(key) && !inPair(fact))) return fact;
      return { ...fact, kind: 'time', key, label: key };
    });
    return { ...doc, facts };
  });
}
