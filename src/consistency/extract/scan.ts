import type { LanguagePack } from '../packs/types.ts';
import type { Token } from '../text/tokenize.ts';
import type { FactKind, FloorConvention } from '../types.ts';

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
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly options: ScanOptions;

  constructor(tokens: readonly Token[], text: string, options: ScanOptions) {
    this.tokens = tokens;
    this.text = text;
    this.options = options;
    this.claimed = new Uint8Array(tokens.length);
  }

  get pack(): LanguagePack {
    return this.options.pack;
  }

  token(i: number): Token | undefined {
    return this.tokens[i];
  }

  /** Lower-cased word at i, or undefined. */
  word(i: number): string | undefined {
    const t = this.tokens[i];
    return t?.type === 'word' ? t.lower : undefined;
  }

  num(i: number): string | undefined {
    const t = this.tokens[i];
    return t?.type === 'num' ? t.text : undefined;
  }

  punct(i: number): string | undefined {
    const t = this.tokens[i];
    return t?.type === 'punct' ? t.text : undefined;
  }

  isSpace(i: number): boolean {
    return this.tokens[i]?.type === 'space';
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
    const a = this.tokens[from];
    const b = this.tokens[to - 1];
    return a && b ? this.text.slice(a.start, b.end) : '';
  }

  /** True when tokens i and i+1 touch (no space between). */
  adjacent(i: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[i + 1];
    return a !== undefined && b !== undefined && a.end === b.start && b.type !== 'space';
  }
}

/** A matcher tries to read a fact starting at token i and returns the index after it, or -1. */
export type Matcher = (scan: Scan, i: number) => number;
