import type { DocumentFacts } from '../extract/document.ts';
import { floorLabel } from '../extract/places.ts';
import type { Fact, FactKind } from '../types.ts';
import { alignedBlocks } from './aligned-blocks.ts';

/** Place keys with a number: "house:28", "room:3", "floor:2", "building:5". */
const PLACE = /^(house|room|floor|building):(\d{1,4})$/;

const PLACE_KIND: Readonly<Record<string, FactKind>> = { house: 'address', room: 'room', floor: 'floor', building: 'building' };

function placeFact(fact: Fact, prefix: string, value: string): Fact {
  const kind = PLACE_KIND[prefix] ?? 'number';
  const label = prefix === 'house' ? `house number ${value}` : prefix === 'floor' ? floorLabel(Number(value)) : `${prefix} ${value}`;
  return { ...fact, kind, key: `${prefix}:${value}`, label };
}

const isBareNumber = (fact: Fact) => fact.kind === 'number' && !fact.ordinal && /^\d{1,4}$/.test(fact.key);

/** The numbered places a document states, by key. */
function allPlaceKeys(doc: DocumentFacts): Set<string> {
  return new Set(doc.facts.filter((fact) => PLACE.test(fact.key)).map((fact) => fact.key));
}

function allNumberKeys(doc: DocumentFacts): Set<string> {
  return new Set(doc.facts.filter((fact) => fact.kind === 'number').map((fact) => fact.key));
}

/**
 * A place is found by its word: "ul. Wielicka 28", "sala 3", "2 piętro".
 * Where a language names it with a word the pack does not know, or none
 * ("Rynek Główny 1", "Головна ринкова площа, 1", "hall 3"), the number is
 * read as a bare number, and the translations would seem to disagree about
 * "1". A value has every reading it may have: a bare number is read as the
 * numbered place the other languages give, when none of those languages
 * gives that number as well and this one gives no such place. A real
 * difference still shows: "Rynek Główny 2" against "1 Main Market Square"
 * leaves 2 unexplained and house number 1 missing.
 */
function asPlacesOthersGive(docs: readonly DocumentFacts[]): DocumentFacts[] {
  const places = docs.map(allPlaceKeys);
  // How often each document names each place: a place named twice in the others and once here may be
  // the second time written as a bare number ("вул. Матейки (ul. Matejki), 50").
  const placeCounts = docs.map((doc) => {
    const counts = new Map<string, number>();
    for (const fact of doc.facts) if (PLACE.test(fact.key)) counts.set(fact.key, (counts.get(fact.key) ?? 0) + 1);
    return counts;
  });
  const numbers = docs.map(allNumberKeys);
  const values = new Map<string, string[]>();
  for (const key of new Set(places.flatMap((keys) => [...keys]))) {
    const [, prefix = '', value = ''] = PLACE.exec(key) ?? [];
    values.set(value, [...(values.get(value) ?? []), prefix]);
  }
  if (values.size === 0) return [...docs];
  return docs.map((doc, d) => {
    const placeOf = (fact: Fact): string | undefined => {
      if (!isBareNumber(fact)) return undefined;
      for (const prefix of values.get(fact.key) ?? []) {
        const key = `${prefix}:${fact.key}`;
        const giving = docs.flatMap((_, o) => (o !== d && places[o]?.has(key) ? [o] : []));
        const own = placeCounts[d]?.get(key) ?? 0;
        if (own >= Math.max(0, ...giving.map((o) => placeCounts[o]?.get(key) ?? 0))) continue;
        if (giving.length > 0 && !giving.some((o) => numbers[o]?.has(fact.key))) return prefix;
      }
      return undefined;
    };
    let changed = false;
    // As many numbers per place as the others name it more often: "Rynek Główny 1 … 1 osoba" keeps the second a number.
    const converted = new Map<string, number>();
    const facts = doc.facts.map((fact): Fact => {
      const prefix = placeOf(fact);
      const key = `${prefix}:${fact.key}`;
      const most = Math.max(0, ...docs.map((_, o) => (o === d ? 0 : (placeCounts[o]?.get(key) ?? 0))));
      if (!prefix || (placeCounts[d]?.get(key) ?? 0) + (converted.get(key) ?? 0) >= most) return fact;
      converted.set(key, (converted.get(key) ?? 0) + 1);
      changed = true;
      return placeFact(fact, prefix, fact.key);
    });
    return changed ? { ...doc, facts } : doc;
  });
}

/**
 * In paragraphs, list items and table cells that correspond one to one, a
 * bare number standing where every other language gives a numbered place is
 * that place's number, whatever its value: "Muzeum, 16" where the others say
 * "ul. św. Wawrzyńca 15" is house number 16, a contradiction in place, not a
 * count of 16 beside a missing house number. Only where the paragraph lacks
 * exactly one such place and has exactly one number the others do not give.
 */
function asPlacesInPlace(docs: readonly DocumentFacts[]): DocumentFacts[] {
  // Only where some language names a numbered place: most announcements name none.
  if (!docs.some((doc) => doc.facts.some((fact) => PLACE.test(fact.key)))) return [...docs];
  const aligned = alignedBlocks(docs);
  if (aligned.length === 0) return [...docs];
  // Each document's facts, places and numbers by block, once: every block of every document asks for them.
  const byBlock = new Map(docs.map((doc) => [doc, Map.groupBy(doc.facts, (fact) => fact.block)]));
  const keysBy = (test: (fact: Fact) => boolean) =>
    new Map(docs.map((doc) => [doc, new Map([...(byBlock.get(doc) ?? [])].map(([block, facts]) => [block, new Set(facts.filter(test).map((fact) => fact.key))]))]));
  const places = keysBy((fact) => PLACE.test(fact.key));
  const numbers = keysBy((fact) => fact.kind === 'number');
  const none: ReadonlySet<string> = new Set();
  const placeKeys = (doc: DocumentFacts, block: number) => places.get(doc)?.get(block) ?? none;
  const numberKeys = (doc: DocumentFacts, block: number) => numbers.get(doc)?.get(block) ?? none;
  return docs.map((doc, d) => {
    const others = docs.filter((_, o) => o !== d);
    const chosen = new Map<Fact, string>();
    for (const { index } of aligned) {
      const own = placeKeys(doc, index);
      const otherPlaces = others.map((other) => placeKeys(other, index));
      // Nothing numbered in this block anywhere: nothing to read.
      if (own.size === 0 && otherPlaces.every((keys) => keys.size === 0)) continue;
      const lacking = [...(otherPlaces[0] ?? [])].filter((key) => !own.has(key) && otherPlaces.every((keys) => keys.has(key)));
      const otherNumbers = others.map((other) => numberKeys(other, index));
      const unexplained = (byBlock.get(doc)?.get(index) ?? []).filter((fact) => isBareNumber(fact) && !otherNumbers.some((keys) => keys.has(fact.key)));
      const [key] = lacking;
      const [number] = unexplained;
      if (unexplained.length === 1 && key && number) chosen.set(number, key);
      // The other way round: every other language gives a bare number here where this one gives a
      // numbered place they do not ("ul. św. Wawrzyńca 16" against "św. Wawrzyńca 15"): the place's number.
      const ownPlaces = (byBlock.get(doc)?.get(index) ?? []).filter((fact) => PLACE.test(fact.key) && !otherPlaces.some((keys) => keys.has(fact.key)));
      const ownNumbers = numberKeys(doc, index);
      const shared = [...(otherNumbers[0] ?? [])].filter((value) => /^\d{1,4}$/.test(value) && !ownNumbers.has(value) && otherNumbers.every((keys) => keys.has(value)));
      const [place] = ownPlaces;
      if (ownPlaces.length === 1 && shared.length === 1 && lacking.length === 0 && place) chosen.set(place, 'number');
    }
    if (chosen.size === 0) return doc;
    const facts = doc.facts.map((fact): Fact => {
      const key = chosen.get(fact);
      if (key === 'number') {
        const value = PLACE.exec(fact.key)?.[2] ?? fact.key;
        return { ...fact, kind: 'number', key: value, label: value };
      }
      const [, prefix = ''] = key ? (PLACE.exec(key) ?? []) : [];
      return key && prefix ? placeFact(fact, prefix, fact.key) : fact;
    });
    return { ...doc, facts };
  });
}

/** Bare numbers read as the numbered places they stand for (new objects; the inputs are not changed). */
export function readBarePlaceNumbers(docs: readonly DocumentFacts[]): DocumentFacts[] {
  return asPlacesInPlace(asPlacesOthersGive(docs));
}
