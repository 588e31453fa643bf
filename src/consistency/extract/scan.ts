import type { LanguagePack } from '../packs/types.ts';
import type { Token, Tokens } from '../text/tokenize.ts';
import { sharedUint8Array } from '../text/typed-arrays.ts';
import type { FactKind, FloorConvention } from '../types.ts';

/** The longest word abbreviated with a full stop ("godz.", "proc.", "tys."). */
const MAX_ABBREVIATION = 4;

/** Dashes that join the two ends of a range: "13–15", "17:00-19:00". */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

/** Whether a word starts with a capital letter: a name rather than running text. */
export const isCapitalised = (text: string): boolean => text[0] !== text[0]?.toLowerCase();

/** A fact found in one block, located by token indexes until it is placed in the file. */
export interface RawFact {
  kind: FactKind;
  key: string;
  label: string;
  /** First token and one past the last token. */
  from: number;
  to: number;
  weekday?: { day: number; recurring: boolean; abbreviation: boolean; date?: string };
  /** Dates: parts of the calendar date, the year possibly still to be inferred. */
  date?: { year?: number; month: number; day?: number };
  /** A date that does not exist, such as 31 June. */
  invalid?: boolean;
  /** A floor whose level a gloss in the building's numbering gave ("другий поверх (I piętro)"). */
  glossed?: boolean;
  /** A number written as an ordinal ("2.", "3rd", "5-й"), which other languages may write in words. */
  ordinal?: boolean;
  /** A date read from a holiday's name ("Christmas Day"). */
  holiday?: boolean;
  /** An hour said without the part of the day ("wpół do siódmej"): the same hour twelve hours on too. */
  twelveHour?: boolean;
}

export interface ScanOptions {
  pack: LanguagePack;
  /** Publication date (YYYY-MM-DD), to infer years that are not written. */
  publicationDate: string;
  floorConvention: FloorConvention;
  /** Country for phone numbers written without an international prefix. */
  defaultCountry: string;
}

/**
 * The state of one pass over a block's tokens: matchers claim tokens so that
 * a number inside a date, a phone number or a room is never read twice.
 */
export class Scan {
  readonly claimed: Uint8Array;
  readonly facts: RawFact[] = [];
  readonly tokens: Tokens;
  readonly text: string;
  readonly options: ScanOptions;
  /** The last number read (see readNumber), by token index: matchers ask for the same one in turn. */
  numberAt = -1;
  numberRead: { value: string; end: number } | undefined;

  constructor(tokens: Tokens, text: string, options: ScanOptions) {
    this.tokens = tokens;
    this.text = text;
    this.options = options;
    this.claimed = sharedUint8Array(tokens.length);
  }

  get pack(): LanguagePack {
    return this.options.pack;
  }

  /** Token i as an object; the cheaper accessors below avoid building one. */
  token(i: number): Token | undefined {
    return this.tokens.at(i);
  }

  /** Text of token i, whatever its type, or undefined outside the text. */
  raw(i: number): string | undefined {
    return this.tokens.text(i);
  }

  /** Lower-cased word at i, or undefined. */
  word(i: number): string | undefined {
    return this.tokens.isWord(i) ? this.tokens.lower(i) : undefined;
  }

  num(i: number): string | undefined {
    return this.tokens.isNum(i) ? this.tokens.text(i) : undefined;
  }

  punct(i: number): string | undefined {
    return this.tokens.isPunct(i) ? this.tokens.text(i) : undefined;
  }

  isSpace(i: number): boolean {
    return this.tokens.isSpace(i);
  }

  /**
   * The index after word i and the full stop that may abbreviate it ("godz.",
   * "zł.", "proc."). After a longer word the full stop ends the sentence
   * ("20 злотих.", "30 minut."), and a fact does not take it.
   */
  afterAbbreviation(i: number): number {
    const abbreviation = this.tokens.end(i) - this.tokens.start(i) <= MAX_ABBREVIATION;
    return abbreviation && this.punct(i + 1) === '.' && this.adjacent(i) ? i + 2 : i + 1;
  }

  /** A dash or a range or list word of the language ("–", "do", "to", "по", "&") at i. */
  isRangeConnector(i: number): boolean {
    const dash = this.punct(i);
    if (dash !== undefined && DASHES.has(dash)) return true;
    return this.isRangeWord(i);
  }

  /** A list or range word of the language at i ("and", "i", "та"), or "&" where the language uses it; not a dash. */
  isRangeWord(i: number): boolean {
    const text = this.tokens.isWord(i) ? this.tokens.lower(i) : this.punct(i) === '&' ? '&' : undefined;
    return text !== undefined && this.pack.rangeWords.has(text);
  }

  /** Skips one whitespace token (runs of whitespace are one token). */
  skip(i: number): number {
    return this.isSpace(i) ? i + 1 : i;
  }

  /** Index of the previous non-space token. */
  back(i: number): number {
    const j = i - 1;
    return this.isSpace(j) ? j - 1 : j;
  }

  /** True when no token in [from, to) is claimed. */
  free(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.claimed[i]) return false;
    return true;
  }

  claim(from: number, to: number): void {
    this.claimed.fill(1, from, to);
  }

  add(fact: RawFact): void {
    this.facts.push(fact);
    this.claim(fact.from, fact.to);
  }

  /** Source text of tokens [from, to). */
  slice(from: number, to: number): string {
    const start = this.tokens.start(from);
    const end = this.tokens.end(to - 1);
    return start >= 0 && end >= 0 ? this.text.slice(start, end) : '';
  }

  /** True when tokens i and i+1 touch (no space between): tokens are contiguous, so when i+1 is not a space. */
  adjacent(i: number): boolean {
    return i >= 0 && i + 1 < this.tokens.length && !this.tokens.isSpace(i + 1);
  }
}

/**
 * Only spaces and one dash or range word between tokens `from` and `to`: "13
 * czerwca – 5 lipca", "od 13 czerwca do 5 lipca", "20–30 zł"; with `nights`,
 * a night word may be the connector ("z piątku na sobotę").
 */
export function onlyRangeWords(scan: Scan, from: number, to: number, nights = false): boolean {
  let connectors = 0;
  for (let i = from; i < to; i++) {
    if (i >= scan.tokens.length) return false;
    if (scan.isSpace(i)) continue;
    if (!scan.isRangeConnector(i) && !(nights && scan.pack.nightWords.has(scan.word(i) ?? ''))) return false;
    connectors++;
  }
  return connectors === 1;
}

/** The first words of each phrase table's phrases: most words are turned away without building a phrase, and they start the matchers. */
const firstWords = new WeakMap<ReadonlyMap<string, unknown>, Set<string>>();

export function firstWordsOf(table: ReadonlyMap<string, unknown>): Set<string> {
  let words = firstWords.get(table);
  if (!words) {
    words = new Set([...table.keys()].map((phrase) => phrase.split(' ')[0] ?? phrase));
    firstWords.set(table, words);
  }
  return words;
}

/** A phrase of up to five words from `table` starting at i; returns its value and the index after it. */
export function readPhrase<T>(scan: Scan, i: number, table: ReadonlyMap<string, T>): { value: T; end: number } | undefined {
  const first = scan.word(i);
  if (first === undefined || !firstWordsOf(table).has(first)) return undefined;
  // The longest phrase that matches: "half past six", not "half" (British "half six").
  let phrase = '';
  let found: { value: T; end: number } | undefined;
  for (let k = i, words = 0; words < 5; words++, k += 2) {
    const word = scan.word(k);
    if (word === undefined) break;
    phrase = phrase ? `${phrase} ${word}` : word;
    const value = table.get(phrase);
    if (value !== undefined) found = { value, end: k + 1 };
    // Words go on after a space, or a hyphen that joins them: "half-hour" is "half hour".
    if (!scan.isSpace(k + 1) && !(scan.punct(k + 1) === '-' && scan.adjacent(k) && scan.adjacent(k + 1))) break;
  }
  return found;
}
