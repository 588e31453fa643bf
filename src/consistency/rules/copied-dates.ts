import type { DocumentFacts } from '../extract/document.ts';
import type { Fact } from '../types.ts';

/** A day and month written with a full stop, "7.01", "14.12": a decimal number in English. */
const DAY_DOT_MONTH = /^\d{1,2}\.\d{2}$/;

/**
 * "7.01" is 7 January in Polish and Ukrainian, and the number 7.01 in English,
 * where the full stop is the decimal point. A translator who copies a table
 * of dates keeps "7.01" as written; where another language reads exactly that
 * text as a date, the English number is read as the same date. A date changed
 * in the copy still shows: "8.01" finds no "8.01" to follow and stays a number
 * the others do not give.
 *
 * Returns the documents with such numbers turned into dates (new objects; the
 * inputs are not changed).
 */
export function readCopiedDates(docs: readonly DocumentFacts[]): DocumentFacts[] {
  const datesByText = new Map<string, Fact>();
  for (const doc of docs) for (const fact of doc.facts) if (fact.kind === 'date' && DAY_DOT_MONTH.test(fact.text) && !datesByText.has(fact.text)) datesByText.set(fact.text, fact);
  if (datesByText.size === 0) return [...docs];
  return docs.map((doc) => {
    if (!doc.facts.some((fact) => fact.kind === 'number' && datesByText.has(fact.text))) return doc;
    const facts = doc.facts.map((fact): Fact => {
      const date = fact.kind === 'number' ? datesByText.get(fact.text) : undefined;
      return date ? { ...fact, kind: 'date', key: date.key, label: date.label } : fact;
    });
    return { ...doc, facts };
  });
}
