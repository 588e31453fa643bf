import type { DocumentFacts } from '../extract/document.ts';
import type { Fact } from '../types.ts';
import { alignedBlocks } from './aligned-blocks.ts';

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

const isHourNumber = (fact: Fact | undefined): fact is Fact => fact?.kind === 'number' && !fact.ordinal && /^\d{1,2}$/.test(fact.key) && Number(fact.key) <= 24;

/** Room for a range word between two hours: " do ", " – ", " to ". */
const SPAN_GAP = 5;

/**
 * Two bare hours next to each other, the first earlier ("od 8 do 16", "з 8
 * до 16", "8–16"): a span of hours, not counts. Each end with the other.
 */
function hourSpans(doc: DocumentFacts): Map<Fact, Fact> {
  const spans = new Map<Fact, Fact>();
  for (let k = 1; k < doc.facts.length; k++) {
    const [first, second] = [doc.facts[k - 1], doc.facts[k]];
    if (!isHourNumber(first) || !isHourNumber(second) || first.line !== second.line || Number(first.key) >= Number(second.key)) continue;
    if (second.column - (first.column + first.text.length) <= SPAN_GAP) spans.set(first, second).set(second, first);
  }
  return spans;
}

const hourKey = (fact: Fact) => `${String(Number(fact.key) % 24).padStart(2, '0')}:00`;

/**
 * Whether two bare numbers next to each other are a span of hours ("od 8 do
 * 16") rather than of counts ("w wieku 6–10 lat"). Hours for certain when
 * another language gives both ends as times. Where the paragraphs
 * correspond, the other languages' same paragraph tells otherwise: either
 * end given there as a count makes them counts ("aged 7–12" beside "w wieku
 * 8–12 lat"), else a time there for either end makes them hours ("od 8 do
 * 15" against "8 am to 4 pm" is a changed hour, not a count).
 * Elsewhere, they are hours when another language gives both as times.
 */
function hourSpanJudge(docs: readonly DocumentFacts[], times: ReadonlyArray<ReadonlySet<string>>): (d: number, a: Fact, b: Fact) => boolean {
  const aligned = new Set(alignedBlocks(docs).map((block) => block.index));
  // Both ends given as times by another language: hours for certain ("з 8 до 16" beside "8 am to 4 pm").
  const certain = (d: number, a: Fact, b: Fact) => docs.some((_, o) => o !== d && times[o]?.has(hourKey(a)) === true && times[o]?.has(hourKey(b)) === true);
  const spans = docs.map(hourSpans);
  // The numbers a language gives as counts in a block: not those of its own spans that may be hours,
  // an end of which another language gives as a time ("з 8 до 16" beside "8 am to 5 pm").
  const countsIn = (o: number, block: number) =>
    new Set((docs[o]?.facts ?? []).filter((fact) => fact.block === block && fact.kind === 'number' && !mayBeHourSpan(o, fact)).map((fact) => fact.key));
  const mayBeHourSpan = (o: number, fact: Fact) => {
    const other = spans[o]?.get(fact);
    return other !== undefined && docs.some((_, t) => t !== o && (times[t]?.has(hourKey(fact)) === true || times[t]?.has(hourKey(other)) === true));
  };
  const timesIn = (o: number, block: number) => new Set((docs[o]?.facts ?? []).filter((fact) => fact.block === block && fact.kind === 'time').map((fact) => fact.key));
  return (d, a, b) => {
    if (!aligned.has(a.block)) return certain(d, a, b);
    // Where the paragraphs correspond, what the others' paragraph says decides (a timetable elsewhere in
    // the text does not make an age column hours): both ends times there, hours; either end a count there
    // ("aged 7–12" beside "w wieku 8–12 lat"), counts; else a time there for either end, hours.
    const others = docs.flatMap((_, o) => (o === d ? [] : [o]));
    if (others.some((o) => timesIn(o, a.block).has(hourKey(a)) && timesIn(o, a.block).has(hourKey(b)))) return true;
    if (others.some((o) => countsIn(o, a.block).has(a.key) || countsIn(o, a.block).has(b.key))) return false;
    return others.some((o) => timesIn(o, a.block).has(hourKey(a)) || timesIn(o, a.block).has(hourKey(b)));
  };
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
  const isHourSpan = hourSpanJudge(docs, times);
  const timeSpans = spans.map((span, d) => new Set([...span].filter(([a, b]) => isHourSpan(d, a, b)).map(([a]) => a)));
  const counts = docs.map((doc, d) => keyCounts(doc, 'number', timeSpans[d]));
  return docs.map((doc, d) => {
    const own = numbers[d] ?? new Map<string, number>();
    /** The hour a bare number may be, and how many of this document's numbers with its key the others leave unexplained. */
    const hourOf = (fact: Fact): { key: string; unexplained: number } | undefined => {
      if (!isHourNumber(fact)) return undefined;
      const key = hourKey(fact);
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
    const paired = new Set(
      bare.filter((fact) => {
        const other = spans[d]?.get(fact);
        return other !== undefined ? isHourSpan(d, fact, other) : bare.some((next) => next !== fact && next.block === fact.block && next.key !== fact.key);
      }),
    );
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
    // The other end of a span of hours is an hour too, whatever the others say: "9–20" where they say
    // "8 am to 8 pm" is 09:00 to 20:00, a changed opening hour, not a count of 9.
    for (const fact of [...chosen.keys()]) {
      const other = spans[d]?.get(fact);
      if (other && !chosen.has(other) && isHourSpan(d, fact, other)) chosen.set(other, hourKey(other));
    }
    if (chosen.size === 0) return doc;
    const facts = doc.facts.map((fact): Fact => {
      const key = chosen.get(fact);
      return key ? { ...fact, kind: 'time', key, label: key } : fact;
    });
    return { ...doc, facts };
  });
}
