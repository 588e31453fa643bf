import type { DocumentFacts } from '../extract/document.ts';
import type { Fact } from '../types.ts';
import { factKeys } from './bare-hours.ts';

const HOUSE = /^house:(\d{1,4})$/;

/**
 * A house number is found by its street word: "ul. Wielicka 28", "28 Wielicka
 * Street", "вул. Велицька, 28". Where a language names the place without one
 * ("Rynek Główny 1", "Головна ринкова площа, 1") the number is read as a bare
 * number, and the translations would seem to disagree about "1". A bare number
 * is read as the house number that the other languages give, when none of
 * those languages gives that number as well and this one gives no such house
 * number. A real difference still shows: "Rynek Główny 2" against "1 Main
 * Market Square" leaves 2 unexplained and house number 1 missing.
 *
 * Returns the documents with such numbers turned into addresses (new objects;
 * the inputs are not changed).
 */
export function readBareHouseNumbers(docs: readonly DocumentFacts[]): DocumentFacts[] {
  const addresses = docs.map((doc) => factKeys(doc, 'address'));
  const numbers = docs.map((doc) => factKeys(doc, 'number'));
  const houseNumbers = new Set([...addresses.flatMap((keys) => [...keys])].flatMap((key) => HOUSE.exec(key)?.[1] ?? []));
  if (houseNumbers.size === 0) return [...docs];
  return docs.map((doc, d) => {
    const houseOf = (fact: Fact): string | undefined => {
      if (fact.kind !== 'number' || !houseNumbers.has(fact.key)) return undefined;
      const key = `house:${fact.key}`;
      if (addresses[d]?.has(key)) return undefined;
      const giving = docs.flatMap((_, o) => (o !== d && addresses[o]?.has(key) ? [o] : []));
      if (giving.length === 0 || giving.some((o) => numbers[o]?.has(fact.key))) return undefined;
      return key;
    };
    let changed = false;
    const seen = new Set<string>();
    const facts = doc.facts.map((fact): Fact => {
      const key = houseOf(fact);
      // One number per house: "Rynek Główny 1 … 1 osoba" keeps the second as a number.
      if (!key || seen.has(key)) return fact;
      seen.add(key);
      changed = true;
      return { ...fact, kind: 'address', key, label: `house number ${fact.key}` };
    });
    return changed ? { ...doc, facts } : doc;
  });
}
