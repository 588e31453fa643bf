import { romanValue } from './places.ts';
import type { Scan } from './scan.ts';

/**
 * A Roman numeral that numbers something: "XXIV sesja", "II etap", "turnus
 * I", "klasy VII i VIII", "ІІ етап" (with the Cyrillic І). Read as the number
 * it is, marked as an ordinal: other languages write "the 24th session" or
 * "the second stage" as often, so it counts where they give the number.
 * A single letter only beside a word in small letters ("etap I", "I etap"),
 * or, in a language where "I" is a pronoun, after the words its pack names
 * (singleRomanAfter: "item V"); C, D and M are building letters.
 */
export function matchRomanNumber(scan: Scan, i: number): number {
  const text = scan.raw(i) ?? '';
  const value = romanValue(text);
  if (value === undefined) return -1;
  if (text.length === 1) {
    // Where "I" is a pronoun, a single letter counts only after a word that numbers ("item V", "stage I").
    const after = scan.pack.singleRomanAfter;
    if (after) return after.has(scan.word(scan.back(i)) ?? '') ? addRoman(scan, i, text, value) : -1;
    const beside = (k: number) => {
      const word = scan.raw(k);
      return word !== undefined && scan.tokens.isWord(k) && word[0] !== word[0]?.toUpperCase();
    };
    if (!beside(scan.skip(i + 1)) && !beside(scan.back(i))) return -1;
  }
  return addRoman(scan, i, text, value);
}

function addRoman(scan: Scan, i: number, text: string, value: number): number {
  // "XXIV." ends a sentence or is an ordinal's dot, part of the numeral either way.
  const end = scan.punct(i + 1) === '.' && scan.adjacent(i) ? i + 2 : i + 1;
  scan.add({ kind: 'number', key: String(value), label: `${value} (${text})`, from: i, to: end, ordinal: true });
  return end;
}

/** "Q1 2025", "Q3": the quarter of a year, written as "I kwartał" or "I квартал" in the other languages. */
export function matchQuarter(scan: Scan, i: number): number {
  if (scan.raw(i) !== 'Q' || !scan.adjacent(i)) return -1;
  const quarter = scan.num(i + 1);
  if (quarter === undefined || quarter.length !== 1 || quarter < '1' || quarter > '4' || scan.tokens.isWord(i + 2)) return -1;
  scan.add({ kind: 'number', key: quarter, label: `quarter ${quarter}`, from: i, to: i + 2, ordinal: true });
  return i + 2;
}
