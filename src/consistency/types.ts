/**
 * The fact model shared by extractors, rules and reporters. Nothing here
 * knows about Astro: the engine can run from the CLI, a test or a build.
 */

export const FACT_KINDS = [
  'date',
  'weekday',
  'time',
  'floor',
  'room',
  'building',
  'address',
  'phone',
  'email',
  'url',
  'link',
  'amount',
  'number',
  'translation',
  'language',
  'frontmatter',
] as const;

export type FactKind = (typeof FACT_KINDS)[number];

export type Severity = 'error' | 'warning';

/** Where in an announcement a fact was written. */
export type FactPart = 'title' | 'summary' | 'body' | 'event';

export interface SourcePosition {
  /** 1-based line in the source file (frontmatter included). */
  line: number;
  /** 1-based column. */
  column: number;
}

export interface Fact extends SourcePosition {
  kind: FactKind;
  /** Normalised value that is compared across languages, e.g. "2024-06-19", "17:00", "floor:1". */
  key: string;
  /** The value in plain English for messages, e.g. "19 June 2024", "5 pm". */
  label: string;
  /** Exactly what the editor wrote. */
  text: string;
  part: FactPart;
  /** Index of the Markdown block the fact comes from (for silencing comments). */
  block: number;
  /** A date that does not exist ("31 czerwca"): reported, never compared. */
  invalid?: boolean;
  /**
   * In a paragraph whose counterpart in another language is silenced for this
   * kind: checked on its own (the calendar), but not compared across languages.
   */
  uncompared?: boolean;
  /**
   * A number written as an ordinal ("2. edycja", "3rd", "5-й", "XXIV") or in
   * an English compound ("a seven-round tournament"): other languages write
   * it in words as often ("drugie", "dwuletnia"), so it counts only where
   * another language gives the number or in a paragraph that corresponds.
   */
  ordinal?: boolean;
  /** An hour said without the part of the day ("wpół do siódmej" is 6:30 or 18:30). */
  twelveHour?: boolean;
  /** An event's end: the text may leave it out ("o 17:00" for an event until 19:00), so it is never reported missing. */
  optional?: boolean;
  /** Weekday facts: ISO day (1 = Monday … 7 = Sunday), and the date it is tied to, if any. */
  weekday?: { day: number; date?: string; recurring: boolean };
}

/** A value another version gives, where a finding cites it. */
export interface CitedValue extends SourcePosition {
  lang: string;
  file: string;
  /** As written. */
  text: string;
}

export interface Finding extends SourcePosition {
  rule: string;
  fact: FactKind;
  severity: Severity;
  /** The announcement id (file name without `.md`). */
  slug: string;
  /** The language folder of the file the finding is about. */
  lang: string;
  file: string;
  message: string;
  /**
   * For a value given in place of the others': that value as written here,
   * and what the other versions give instead (not part of the JSON output).
   */
  value?: string;
  others?: CitedValue[];
}

/** How a language numbers floors in running text. */
export type FloorConvention =
  /** The number on the building's signs and lift: ground floor is 0, the next one up is 1 (Polish usage). */
  | 'building'
  /** The ground floor is the first floor (common in Ukrainian and US English). */
  | 'ground-is-first';
