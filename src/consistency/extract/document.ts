import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import type { AnnouncementFile } from '../../announcements/read-content.ts';
import type { AnnouncementData } from '../../announcements/schema.ts';
import type { LanguagePack } from '../packs/types.ts';
import { flattenMarkdown, valueBlock, type LinkTarget, type TextBlock } from '../text/blocks.ts';
import { LineIndex } from '../text/line-index.ts';
import type { Fact, FactPart, FloorConvention, SourcePosition } from '../types.ts';
import { formatLongEnglishDate } from './calendar.ts';
import { floorLabel, normaliseIdentifier } from './places.ts';
import { scanBlock } from './scan-block.ts';
import type { Scan } from './scan.ts';

/** What one language version of an announcement says, with every fact located in its file. */
export interface DocumentFacts {
  lang: string;
  id: string;
  file: string;
  pack: LanguagePack;
  data: AnnouncementData;
  /** Facts from the title, summary and body. */
  facts: Fact[];
  /** Facts from the frontmatter `event`. */
  eventFacts: Fact[];
  links: Array<LinkTarget & SourcePosition>;
  blocks: BlockInfo[];
  /** Where the body starts, for findings that have no better place. */
  bodyStart: SourcePosition;
  /** Kinds this file does not vote on, because an editor silenced some of its facts of that kind. */
  abstain: Set<Fact['kind']>;
}

export interface BlockInfo {
  index: number;
  kind: TextBlock['kind'];
  text: string;
  silenced: ReadonlySet<string>;
  position: SourcePosition;
  /** Letters in words that are not part of a fact (addresses, URLs), by script. */
  latinLetters: number;
  cyrillicLetters: number;
  /** Words of three letters or more that start with a small letter (running text, not names), by script. */
  latinCommonWords: number;
  cyrillicCommonWords: number;
  /** All words of three letters or more, by script. */
  latinWords: number;
  cyrillicWords: number;
  /** Those words, lower-cased. */
  words: string[];
  /** How many of those words start with a small letter: running text, not names ("Dom Kultury Podgórze"). */
  commonWords: number;
}

export interface ExtractOptions {
  floorConvention: FloorConvention;
  defaultCountry: string;
}

/** Basic Latin letters and the Latin-1 and Latin Extended-A/B letters (ą, ł, ó, é …). */
function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

type WordCounts = Pick<BlockInfo, 'latinLetters' | 'cyrillicLetters' | 'latinCommonWords' | 'cyrillicCommonWords' | 'latinWords' | 'cyrillicWords' | 'words' | 'commonWords'>;

const OPENING_QUOTES = new Set(['«', '„', '“', '"']);
const CLOSING_QUOTES: Readonly<Record<string, ReadonlySet<string>>> = { '«': new Set(['»']), '„': new Set(['”', '“']), '“': new Set(['”']), '"': new Set(['"']) };

/**
 * Token ranges [from, to) inside quotation marks that close in the block:
 * «…», „…”, “…”, "…". A quoted slogan or title ("Гасло акції: «Kraków dla
 * wszystkich»") is kept in its language on purpose.
 */
function quotedRanges(scan: Scan, text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // Most blocks quote nothing: one search of the text spares the walk over its tokens.
  if (!/[«„“"]/.test(text)) return ranges;
  let open: { at: number; closers: ReadonlySet<string> } | undefined;
  for (let i = 0; i < scan.tokens.length; i++) {
    const sign = scan.punct(i);
    if (sign === undefined) continue;
    if (open?.closers.has(sign)) {
      ranges.push([open.at + 1, i]);
      open = undefined;
    } else if (!open && OPENING_QUOTES.has(sign)) {
      open = { at: i, closers: CLOSING_QUOTES[sign] ?? new Set() };
    }
  }
  return ranges;
}

/** Letters and words of a block by script, leaving out the words inside the `skipped` token ranges (in order). */
function tallyWords(scan: Scan, text: string, skipped: ReadonlyArray<readonly [number, number]>): WordCounts {
  const counts: WordCounts = { latinLetters: 0, cyrillicLetters: 0, latinCommonWords: 0, cyrillicCommonWords: 0, latinWords: 0, cyrillicWords: 0, words: [], commonWords: 0 };
  let range = 0;
  for (let i = 0; i < scan.tokens.length; i++) {
    if (!scan.tokens.isWord(i) || scan.claimed[i]) continue;
    while (range < skipped.length && (skipped[range]?.[1] ?? 0) <= i) range++;
    if (range < skipped.length && (skipped[range]?.[0] ?? Infinity) <= i) continue;
    const lower = scan.tokens.lower(i) ?? '';
    counts.words.push(lower);
    const common = text.charCodeAt(scan.tokens.start(i)) === lower.charCodeAt(0);
    if (common) counts.commonWords++;
    // Lower case keeps a letter in its script, so the lower-cased word is counted.
    let latin = 0;
    let cyrillic = 0;
    for (let c = 0; c < lower.length; c++) {
      const code = lower.charCodeAt(c);
      if (isLatinLetter(code)) latin++;
      else if (code >= 0x0400 && code <= 0x052f) cyrillic++;
    }
    counts.latinLetters += latin;
    counts.cyrillicLetters += cyrillic;
    if (lower.length >= 3) {
      if (latin > cyrillic) {
        counts.latinWords++;
        if (common) counts.latinCommonWords++;
      } else if (cyrillic > 0) {
        counts.cyrillicWords++;
        if (common) counts.cyrillicCommonWords++;
      }
    }
  }
  return counts;
}

/**
 * Letters and words of a block by script, for the foreign-text rule. Words
 * in quotation marks count only when nothing outside them does: a quoted
 * Polish slogan in a Ukrainian sentence is no untranslated paragraph.
 */
function countWords(scan: Scan, text: string): WordCounts {
  const quoted = quotedRanges(scan, text);
  const outside = tallyWords(scan, text, quoted);
  return quoted.length === 0 || outside.latinLetters + outside.cyrillicLetters > 0 ? outside : tallyWords(scan, text, []);
}

export function extractDocument(file: AnnouncementFile & { data: AnnouncementData }, pack: LanguagePack, options: ExtractOptions): DocumentFacts {
  const lines = new LineIndex(file.text);
  const root = markdownToMdast(file.text) as unknown as Root;
  const flat = flattenMarkdown(root, file.text, 2);

  const valueStart = (path: string[]): number => {
    const pos = file.positionOf(path);
    const offset = lines.lineStart(pos.line) + pos.column - 1;
    const quote = file.text[offset];
    return quote === '"' || quote === "'" ? offset + 1 : offset;
  };
  const headerBlocks: TextBlock[] = [valueBlock(0, 'title', file.data.title, valueStart(['title']), new Set())];
  if (file.data.summary) headerBlocks.push(valueBlock(1, 'summary', file.data.summary, valueStart(['summary']), new Set()));

  const facts: Fact[] = [];
  const blocks: BlockInfo[] = [];
  const scanOptions = { pack, publicationDate: file.data.date, floorConvention: options.floorConvention, defaultCountry: options.defaultCountry };
  let floorsShifted = false;
  const unglossedFloors: Fact[] = [];
  for (const block of [...headerBlocks, ...flat.blocks]) {
    const part: FactPart = block.kind === 'title' ? 'title' : block.kind === 'summary' ? 'summary' : 'body';
    const { facts: raw, scan, floorsShifted: shiftedHere } = scanBlock(block.text, scanOptions);
    floorsShifted ||= shiftedHere;
    for (const fact of raw) {
      const start = scan.tokens.start(fact.from);
      const end = scan.tokens.end(fact.to - 1);
      if (start < 0 || end < 0) continue;
      const { line, column } = lines.position(block.offsetAt(start));
      // Built field by field: spreading optional parts into the literal is several times slower, for every fact.
      const located: Fact = { kind: fact.kind, key: fact.key, label: fact.label, text: block.text.slice(start, end), part, block: block.index, line, column };
      if (fact.invalid) located.invalid = true;
      if (fact.ordinal) located.ordinal = true;
      if (fact.twelveHour) located.twelveHour = true;
      if (fact.kind === 'floor' && !fact.glossed) unglossedFloors.push(located);
      if (fact.weekday) {
        const { day, recurring, date } = fact.weekday;
        located.weekday = date ? { day, recurring, date } : { day, recurring };
      }
      facts.push(located);
    }
    const counts = countWords(scan, block.text);
    blocks.push({
      index: block.index,
      kind: block.kind,
      text: block.text,
      silenced: block.silenced,
      position: lines.position(block.start),
      ...counts,
    });
  }

  // A gloss showed that this text counts the ground floor as the first: so do its other floors.
  if (floorsShifted && options.floorConvention === 'building') {
    for (const fact of unglossedFloors) {
      const level = Number(fact.key.replace('floor:', ''));
      if (level >= 1) [fact.key, fact.label] = [`floor:${level - 1}`, floorLabel(level - 1)];
    }
  }

  return {
    lang: file.lang,
    id: file.id,
    file: file.file,
    pack,
    data: file.data,
    facts,
    eventFacts: extractEventFacts(file),
    links: flat.links.map((link) => ({ ...link, ...lines.position(link.offset) })),
    blocks,
    bodyStart: { line: file.bodyLine, column: 1 },
    abstain: new Set(),
  };
}

/** Facts stated by the frontmatter `event`, located at their fields. */
function extractEventFacts(file: AnnouncementFile & { data: AnnouncementData }): Fact[] {
  const event = file.data.event;
  if (!event) return [];
  const facts: Fact[] = [];
  const add = (path: string[], kind: Fact['kind'], key: string, label: string, text: string, optional = false) => {
    facts.push({ kind, key, label, text, part: 'event', block: -1, ...file.positionOf(path), ...(optional ? { optional } : {}) });
  };
  const addMoment = (field: 'start' | 'end', value: string, withDate: boolean) => {
    const [date = '', time = ''] = value.split('T');
    const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
    if (withDate) add(['event', field], 'date', date, formatLongEnglishDate(y, m, d), value, field === 'end');
    add(['event', field], 'time', time, time, value, field === 'end');
  };
  addMoment('start', event.start, true);
  if (event.end) addMoment('end', event.end, event.end.slice(0, 10) !== event.start.slice(0, 10));
  const venue = event.venue;
  if (venue?.floor !== undefined) add(['event', 'venue', 'floor'], 'floor', `floor:${venue.floor}`, floorLabel(venue.floor), String(venue.floor));
  if (venue?.building) {
    const id = normaliseIdentifier(venue.building);
    add(['event', 'venue', 'building'], 'building', `building:${id}`, `building ${id}`, venue.building);
  }
  if (venue?.room) {
    const id = normaliseIdentifier(venue.room);
    add(['event', 'venue', 'room'], 'room', `room:${id}`, `room ${id}`, venue.room);
  }
  if (venue?.postalCode) add(['event', 'venue', 'postalCode'], 'address', `postal:${venue.postalCode}`, `postal code ${venue.postalCode}`, venue.postalCode);
  const house = venue?.streetAddress ? /(\d+[a-zA-Z]?(?:[-/]\d+[a-zA-Z]?)?)\s*$/.exec(venue.streetAddress)?.[1] : undefined;
  if (house) add(['event', 'venue', 'streetAddress'], 'address', `house:${house.toUpperCase()}`, `house number ${house.toUpperCase()}`, venue?.streetAddress ?? house);
  return facts;
}
