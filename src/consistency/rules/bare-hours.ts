import type { DocumentFacts } from '../extract/document.ts';
import type { Fact } from '../types.ts';

/** The keys of a document's facts of one kind. */
export function factKeys(doc: DocumentFacts, kind: Fact['kind']): Set<string> {
  return new Set(doc.facts.filter((fact) => fact.kind === kind).map((fact) => fact.key));
}

/** How many times each key of one kind occurs in a document, leaving out the facts `skip` names. */
function keyCounts(doc: DocumentFacts, kind: Fact['kind'], skip?: ReadonlySet<Fact>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const fact of doc.facts) if (fact.kind === kind && !skip?.has(fact)) counts.set(fact.key, (counts.get(fact.key) ?? 0) + 1);
  return counts;
}

const isHourNumber = (fact: Fact | undefined): fact is Fact => fact?.kind === 'number' && /^\d{1,2}$/.test(fact.key) && Number(fact.key) <= 24;

/** Room for a range word between two hours: " do ", " – ", " to ". */
const SPAN_GAP = 5;

/** Two bare hours next to each other, the first earlier ("od 8 do 16", "з 8 до 16", "8–16"): a span of hours, not counts. */
function hourSpans(doc: DocumentFacts): Set<Fact> {
  const spans = new Set<Fact>();
  for (let k = 1; k < doc.facts.length; k++) {
    const [first, second] = [doc.facts[k - 1], doc.facts[k]];
    if (!isHourNumber(first) || !isHourNumber(second) || first.line !== second.line || Number(first.key) >= Number(second.key)) continue;
    if (second.column - (first.column + first.text.length) <= SPAN_GAP) spans.add(first).add(second);
  }
  return spans;
}

/**
 * Polish and Ukrainian often give opening hours as bare numbers ("czynne od 8
 * do 16", "z 8 do 16") where another language writes "8 am to 4 pm". A bare
 * number alone is no time, but it is read as the hour when the other
 * languages that give that whole hour as a time give the number fewer times
 * (so it is not a count they state too: "20 minut" and "do 20" against "20
 * minutes" and "8 pm"), and either this language gives no such time
 * elsewhere or the number is one of a pair of such hours in one paragraph
 * ("od 8 do 16"). Only as many numbers as are unexplained are read so, those
 * in pairs first. A real difference still shows: "od 8 do 16" against "8 am
 * to 5 pm" leaves 16 unexplained and 17:00 missing.
 *
 * Returns the documents with such numbers turned into times (new objects; the
 * inputs are not changed).
 */
export function readBareHours(docs: readonly DocumentFacts[]): DocumentFacts[] {
  const times = docs.map((doc) => factKeys(doc, 'time'));
  const numbers = docs.map((doc) => keyCounts(doc, 'number'));
  // What explains a number in another language is that language stating it as a number too; a span of
  // hours there ("з 8 до 16") is the same bare hours, not such a count.
  const spans = docs.map(hourSpans);
  const counts = docs.map((doc, d) => keyCounts(doc, 'number', spans[d]));
  return docs.map((doc, d) => {
    const own = numbers[d] ?? new Map<string, number>();
    /** The hour a bare number may be, and how many of this document's numbers with its key the others leave unexplained. */
    const hourOf = (fact: Fact): { key: string; unexplained: number } | undefined => {
      if (!isHourNumber(fact)) return undefined;
      const key = `${String(Number(fact.key) % 24).padStart(2, '0')}:00`;
      const givingTime = docs.flatMap((_, o) => (o !== d && times[o]?.has(key) ? [o] : []));
      if (givingTime.length === 0) return undefined;
      const explained = Math.max(...givingTime.map((o) => counts[o]?.get(fact.key) ?? 0));
      const unexplained = (own.get(fact.key) ?? 0) - explained;
      return unexplained > 0 ? { key, unexplained } : undefined;
    };
    const candidates = new Map(doc.facts.flatMap((fact) => {
      const hour = hourOf(fact);
      return hour ? [[fact, hour] as const] : [];
    }));
    if (candidates.size === 0) return doc;
    const bare = [...candidates.keys()];
    // Decided once per number, not at every comparison of the sort below.
    const paired = new Set(bare.filter((fact) => spans[d]?.has(fact) === true || bare.some((other) => other !== fact && other.block === fact.block && other.key !== fact.key)));
    // Pairs first, then in text order, up to the unexplained count of each number.
    const chosen = new Map<Fact, string>();
    const left = new Map([...candidates.values()].map(({ key, unexplained }) => [key, unexplained]));
    const ordered = bare.sort((a, b) => Number(paired.has(b)) - Number(paired.has(a)));
    for (const fact of ordered) {
      const hour = candidates.get(fact);
      if (!hour || (left.get(hour.key) ?? 0) <= 0 || (times[d]?.has(hour.key) && !paired.has(fact))) continue;
      chosen.set(fact, hour.key);
      left.set(hour.key, (left.get(hour.key) ?? 0) - 1);
    }
    if (chosen.size === 0) return doc;
    const facts = doc.facts.map((fact): Fact => {
      const key = chosen.get(fact);
      return key ? { ...fact, kind: 'time', key, label: key } : fact;
    });
    return { ...doc, facts };
  });
}
