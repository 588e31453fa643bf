import { isRealCalendarDate } from '../../announcements/dates.ts';
import { formatLongEnglishDate, inferYear } from './calendar.ts';
import { dropCurrencyConversions, matchAmountAfterNumber, matchAmountBeforeNumber, matchAmountWord, shareCurrencyInRanges } from './amounts.ts';
import { matchBankAccounts } from './accounts.ts';
import { matchEmails, matchPhones, matchUrls } from './contacts.ts';
import {
  matchDayMonth,
  matchIsoDate,
  matchMonthAlone,
  matchMonthDay,
  matchNumericDate,
  matchRomanDate,
  matchShortNumericDate,
  matchYear,
} from './dates.ts';
import { matchQuarter, matchRomanNumber } from './roman-numbers.ts';
import { matchHoliday } from './holidays.ts';
import { matchCompoundNumber, mayBeCompoundNumber } from './numbers.ts';
import { matchAroundTheClock, matchDurationPhrase, matchPercentPhrase, matchEveryOther, matchLetteredIdentifier, matchNumber, matchNumberWord, opensCode } from './numbers.ts';
import {
  matchBuilding,
  matchBuildingNumberFirst,
  matchFloorNounFirst,
  matchFloorNumber,
  matchFloorRoman,
  matchFloorWords,
  matchHouseBeforeStreet,
  matchPostalCode,
  matchRoom,
  matchStreet,
  matchStreetNoun,
  LOCAL_STREET_MARKERS,
} from './places.ts';
import type { LanguagePack } from '../packs/types.ts';
import { DASHES, firstWordsOf, onlyRangeWords, Scan, type RawFact, type ScanOptions } from './scan.ts';
import {
  matchClockTime,
  matchAccusativeHour,
  matchHourWordTime,
  matchMarkedHour,
  matchMeridiemTime,
  matchNamedTime,
  matchOrdinalWordHour,
  matchRelativeHour,
  matchSpokenHour,
  matchTwelveHourRange,
  matchTwelveNamedTime,
  matchWordOClock,
} from './times.ts';
import { matchWeekday } from './weekdays.ts';
import { readFloorGlosses } from './floor-gloss.ts';
import { tokenize } from '../text/tokenize.ts';

/**
 * Matchers in priority order. At each token the first that matches wins and
 * claims its tokens; specific kinds come before the catch-all number.
 *
 * Written as a chain of direct calls rather than a loop over an array of
 * functions: each call site then sees one function, which the JIT can
 * inline; a loop's single call site sees all of them and cannot. A number
 * token tries every matcher, so this is most of the time spent on numbers.
 */
function matchAtNumber(scan: Scan, i: number): number {
  let end = matchAroundTheClock(scan, i);
  if (end === -1) end = matchTwelveNamedTime(scan, i);
  if (end === -1) end = matchIsoDate(scan, i);
  if (end === -1) end = matchNumericDate(scan, i);
  if (end === -1) end = matchClockTime(scan, i);
  if (end === -1) end = matchMeridiemTime(scan, i);
  if (end === -1) end = matchTwelveHourRange(scan, i);
  if (end === -1) end = matchHourWordTime(scan, i);
  if (end === -1) end = matchDayMonth(scan, i);
  if (end === -1) end = matchRomanDate(scan, i);
  if (end === -1) end = matchShortNumericDate(scan, i);
  if (end === -1) end = matchFloorNumber(scan, i);
  if (end === -1) end = matchBuildingNumberFirst(scan, i);
  if (end === -1) end = matchSpokenHour(scan, i);
  if (end === -1) end = matchPostalCode(scan, i);
  if (end === -1) end = matchHouseBeforeStreet(scan, i);
  if (end === -1) end = matchAmountAfterNumber(scan, i);
  if (end === -1) end = matchYear(scan, i);
  if (end === -1) end = matchNumber(scan, i);
  return end;
}

function matchAtWord(scan: Scan, i: number): number {
  let end = matchHoliday(scan, i);
  if (end === -1) end = matchQuarter(scan, i);
  if (end === -1) end = matchLetteredIdentifier(scan, i);
  if (end === -1) end = matchStreet(scan, i);
  if (end === -1) end = matchStreetNoun(scan, i);
  if (end === -1) end = matchWeekday(scan, i);
  if (end === -1) end = matchMonthDay(scan, i);
  if (end === -1) end = matchMonthAlone(scan, i);
  if (end === -1) end = matchNamedTime(scan, i);
  if (end === -1) end = matchRelativeHour(scan, i);
  if (end === -1) end = matchWordOClock(scan, i);
  if (end === -1) end = matchTwelveHourRange(scan, i);
  if (end === -1) end = matchOrdinalWordHour(scan, i);
  if (end === -1) end = matchAccusativeHour(scan, i);
  if (end === -1) end = matchMarkedHour(scan, i);
  if (end === -1) end = matchFloorRoman(scan, i);
  if (end === -1) end = matchFloorWords(scan, i);
  if (end === -1) end = matchFloorNounFirst(scan, i);
  if (end === -1) end = matchRoom(scan, i);
  if (end === -1) end = matchBuilding(scan, i);
  if (end === -1) end = matchAmountBeforeNumber(scan, i);
  if (end === -1) end = matchAmountWord(scan, i);
  if (end === -1) end = matchDurationPhrase(scan, i);
  if (end === -1) end = matchPercentPhrase(scan, i);
  if (end === -1) end = matchEveryOther(scan, i);
  if (end === -1) end = matchRomanNumber(scan, i);
  if (end === -1) end = matchNumberWord(scan, i);
  if (end === -1) end = matchCompoundNumber(scan, i);
  return end;
}



/**
 * A number between two others, one space apart, none of three digits: "12 19
 * 115" (bus lines), "19 19 19". Nothing but a number starts inside such a run
 * (a thousands group such as "5 000" has three digits), so only the number
 * matcher is asked, which keeps long runs of digits cheap.
 */
function insideNumberRun(scan: Scan, i: number): boolean {
  const { tokens } = scan;
  const spaceBefore = i - 1;
  const spaceAfter = i + 1;
  if (!tokens.isNum(i - 2) || !tokens.isNum(i + 2) || !tokens.isSpace(spaceBefore) || !tokens.isSpace(spaceAfter)) return false;
  const single = (k: number) => tokens.end(k) - tokens.start(k) === 1;
  const threeDigits = (k: number) => tokens.end(k) - tokens.start(k) === 3;
  return single(spaceBefore) && single(spaceAfter) && !threeDigits(i) && !threeDigits(i + 2) && !threeDigits(i - 2);
}

const ROMAN_NUMERAL = /^[IVX\u0406\u0425]+$/;
/** Whether word i may be a Roman numeral; a first-letter test before the regular expression, as most words start with another letter. */
const mayBeRomanNumeral = (scan: Scan, i: number) => {
  const first = scan.text.charCodeAt(scan.tokens.start(i));
  return (first === 0x49 || first === 0x56 || first === 0x58 || first === 0x406 || first === 0x425) && ROMAN_NUMERAL.test(scan.raw(i) ?? '');
};
const triggerCache = new WeakMap<LanguagePack, Set<string>>();

/**
 * Every word a word matcher can start with. Most words of running text are
 * not in it, so they skip all matchers at the cost of one set lookup.
 */
function triggerWords(pack: LanguagePack): Set<string> {
  let words = triggerCache.get(pack);
  if (words) return words;
  const { floor } = pack;
  words = new Set([
    ...LOCAL_STREET_MARKERS,
    ...pack.streetMarkers,
    ...pack.streetNouns,
    ...pack.weekdays.keys(),
    ...pack.weekdayAbbreviations.keys(),
    ...pack.recurringWeekdays.keys(),
    ...pack.recurringAfterPreposition.forms.keys(),
    ...pack.monthsAfterDay.keys(),
    ...pack.monthsAlone.keys(),
    ...pack.namedTimes.keys(),
    ...pack.hourOrdinalWords.keys(),
    ...pack.relativeHourWords.keys(),
    ...(pack.accusativeHours?.words.keys() ?? []),
    ...firstWordsOf(pack.relativeHourPhrases),
    ...firstWordsOf(pack.holidays),
    ...pack.strongTimeMarkers,
    ...floor.groundWords,
    ...floor.basementWords,
    ...floor.ordinalWords.keys(),
    ...floor.groundAdjectives,
    ...floor.basementAdjectives,
    ...floor.nouns,
    ...floor.pluralNouns,
    ...floor.levelWords,
    ...pack.roomWords,
    ...pack.buildingWords,
    ...pack.currencies.keys(),
    ...pack.amountWords.keys(),
    ...pack.numberWords.keys(),
    ...firstWordsOf(pack.numberPhrases),
    ...firstWordsOf(pack.durationPhrases),
    ...firstWordsOf(pack.percentPhrases),
    ...firstWordsOf(pack.everyOther.phrases),
  ]);
  triggerCache.set(pack, words);
  return words;
}

export interface BlockScan {
  facts: RawFact[];
  /** A floor glossed one level lower in the building's numbering: this text counts the ground floor as the first. */
  floorsShifted: boolean;
  /** Words not claimed by any fact, for telling the language of the block. */
  scan: Scan;
}

/** Reads every fact in one block of text. Linear in the length of the text. */
export function scanBlock(text: string, options: ScanOptions): BlockScan {
  const scan = new Scan(tokenize(text), text, options);
  matchUrls(scan);
  matchEmails(scan);
  matchBankAccounts(scan);
  matchPhones(scan);

  const { tokens } = scan;
  const triggers = triggerWords(options.pack);
  for (let i = 0; i < tokens.length; ) {
    if (scan.claimed[i] || tokens.isSpace(i)) {
      i++;
      continue;
    }
    const isWord = tokens.isWord(i);
    if (isWord && !triggers.has(tokens.lower(i) ?? '') && !mayBeRomanNumeral(scan, i) && !(tokens.isNum(i + 1) && scan.raw(i) === 'Q') && !mayBeCompoundNumber(scan, i) && !opensCode(scan, i)) {
      i++;
      continue;
    }
    const next = tokens.isNum(i) ? (insideNumberRun(scan, i) ? matchNumber(scan, i) : matchAtNumber(scan, i)) : isWord ? matchAtWord(scan, i) : matchAmountBeforeNumber(scan, i);
    i = next > i ? next : i + 1;
  }

  scan.facts.sort((a, b) => a.from - b.from);
  readRangeEndHours(scan);
  dropBracketedNumberGlosses(scan);
  const { shifted: floorsShifted } = readFloorGlosses(scan);
  dropCurrencyConversions(scan);
  shareCurrencyInRanges(scan);
  resolveYears(scan, options.publicationDate);
  dropNamedDatesWrittenOut(scan);
  const hasWeekday = scan.facts.some((fact) => fact.kind === 'weekday');
  return { facts: hasWeekday ? tieWeekdays(scan) : scan.facts, scan, floorsShifted };
}

const CONNECTOR_GAP = 6;
/** The longest phrase of relativeYears, in words. */
const MAX_RELATIVE_YEAR_WORDS = 2;

/** "19 czerwca ub.r.", "w czerwcu br.", "on 19 June last year": the years from the publication year, if such words follow at i. */
function relativeYearAfter(scan: Scan, i: number): number | undefined {
  const table = scan.pack.relativeYears;
  let phrase = '';
  for (let k = i, words = 0; k < i + 8 && words < MAX_RELATIVE_YEAR_WORDS; k++) {
    if (scan.isSpace(k) || (scan.punct(k) === '.' && words > 0)) continue;
    const word = scan.word(k);
    if (word === undefined) return undefined;
    phrase = phrase ? `${phrase} ${word}` : word;
    words++;
    const years = table.get(phrase);
    if (years !== undefined) return years;
  }
  return undefined;
}

/**
 * A holiday named beside its date ("New Year's Eve, 31 December 2024") says
 * the date once: the name stands for it only where the date is not written.
 * Right beside a written date the date is what counts, so "Christmas Eve,
 * 25 December" is compared as 25 December.
 */
function dropNamedDatesWrittenOut(scan: Scan): void {
  const { facts } = scan;
  if (!facts.some((fact) => fact.holiday)) return;
  // By day and month: the name's year was only inferred.
  const dayOf = (fact: RawFact) => fact.key.slice(5);
  const written = new Set(facts.filter((fact) => fact.kind === 'date' && !fact.holiday).map(dayOf));
  const besideDate = (k: number) =>
    [facts[k - 1], facts[k + 1]].some((other) => other?.kind === 'date' && !other.holiday && Math.abs((other.from > (facts[k]?.from ?? 0) ? other.from - (facts[k]?.to ?? 0) : (facts[k]?.from ?? 0) - other.to)) <= 3);
  // "3–6 April (Good Friday to Easter Monday)": names in brackets after dates gloss them.
  const inBracketsAfterDate = (k: number) => {
    const fact = facts[k];
    if (!fact) return false;
    let open = fact.from - 1;
    while (open >= 0 && scan.punct(open) !== '(' && scan.punct(open) !== ')' && fact.from - open < 12) open--;
    if (scan.punct(open) !== '(') return false;
    const before = facts.findLast((other) => other.to <= open);
    return before?.kind === 'date' && !before.holiday && open - before.to <= 3;
  };
  for (let k = facts.length - 1; k >= 0; k--) {
    const fact = facts[k];
    if (fact?.holiday && (written.has(dayOf(fact)) || besideDate(k) || inBracketsAfterDate(k))) facts.splice(k, 1);
  }
}

/** The year, of the one before, the same or the next, that puts a day and month closest to a date. */
function closestYear(anchor: { year: number; month: number; day: number }, month: number, day: number): number {
  const at = Date.UTC(anchor.year, anchor.month - 1, anchor.day);
  const distance = (year: number) => Math.abs(Date.UTC(year, month - 1, day) - at);
  return [anchor.year - 1, anchor.year + 1].reduce((best, year) => (distance(year) < distance(best) ? year : best), anchor.year);
}

/**
 * Gives dates without a written year the year of the next date they form a
 * range with ("od 13 czerwca do 5 lipca 2024"), or else the year that puts
 * them closest to the publication date. Then sets their keys and labels.
 */
function resolveYears(scan: Scan, publicationDate: string): void {
  const { facts } = scan;
  const dates = facts.filter((f) => f.kind === 'date' && f.date && f.date.month > 0);
  // Full dates whose year is written: a later date in the block without one follows them.
  const written = dates.map((f) => (f.date?.year !== undefined && f.date.day !== undefined ? f.date : undefined));
  for (let k = dates.length - 1; k >= 0; k--) {
    const fact = dates[k];
    const date = fact?.date;
    if (!fact || !date || date.year !== undefined) continue;
    const next = dates[k + 1];
    if (next?.date?.year !== undefined && next.from - fact.to <= CONNECTOR_GAP && onlyRangeWords(scan, fact.to, next.from)) {
      const later = date.month > next.date.month || (date.month === next.date.month && (date.day ?? 1) > (next.date.day ?? 1));
      date.year = next.date.year - (later ? 1 : 0);
    } else {
      // "16 березня (середа) цього року": past a weekday in brackets.
      const bracketed = scan.punct(scan.skip(fact.to)) === '(' && scan.punct(scan.skip(fact.to) + 2) === ')';
      const relative = relativeYearAfter(scan, bracketed ? scan.skip(fact.to) + 3 : fact.to);
      const anchor = written.slice(0, k).findLast((d) => d !== undefined);
      if (relative !== undefined) date.year = Number(publicationDate.slice(0, 4)) + relative;
      // "sobota 16 maja 2026 r. … do 1:00 w niedzielę 17 maja": the year that puts it closest to the date before.
      else if (anchor?.year !== undefined && anchor.day !== undefined) date.year = closestYear(anchor as { year: number; month: number; day: number }, date.month, date.day ?? 15);
      else date.year = inferYear(publicationDate, date.month, date.day ?? 15);
    }
  }
  for (const fact of facts) {
    const date = fact.date;
    if (fact.kind !== 'date' || !date || date.month === 0 || date.year === undefined) continue;
    const month = String(date.month).padStart(2, '0');
    if (date.day !== undefined && !isRealCalendarDate(date.year, date.month, date.day)) {
      fact.invalid = true;
      fact.key = `invalid:${date.year}-${month}-${String(date.day).padStart(2, '0')}`;
      fact.label = formatLongEnglishDate(date.year, date.month, date.day);
    } else if (date.day === undefined) {
      fact.key = `${date.year}-${month}`;
      fact.label = formatLongEnglishDate(date.year, date.month);
    } else {
      fact.key = `${date.year}-${month}-${String(date.day).padStart(2, '0')}`;
      fact.label = formatLongEnglishDate(date.year, date.month, date.day);
    }
  }
}

/** Only one comma or slash (and spaces) between from and to: the items of a list ("pon., śr., pt.", "Tue/Thu"). */
function onlyListComma(scan: Scan, from: number, to: number): boolean {
  let separators = 0;
  for (let i = from; i < to; i++) {
    if (scan.isSpace(i)) continue;
    const sign = scan.punct(i);
    if (sign !== ',' && sign !== '/') return false;
    separators++;
  }
  return separators === 1;
}

const TIE_GAP = new Set([',', '(', ')', ...DASHES]);

/** Whether only spaces, commas and brackets stand between token a (exclusive) and b (exclusive). */
function onlySeparators(scan: Scan, from: number, to: number): boolean {
  if (to - from > 5) return false;
  let joiners = 0;
  for (let i = from; i < to; i++) {
    const token = scan.token(i);
    if (!token) return false;
    if (token.type === 'word' && scan.pack.weekdayDateJoiners.has(token.lower) && joiners++ === 0) continue;
    if (token.type !== 'space' && !TIE_GAP.has(token.text)) return false;
  }
  return true;
}

const isBareHour = (fact: RawFact | undefined) => fact?.kind === 'number' && !fact.ordinal && /^\d{1,2}$/.test(fact.key) && Number(fact.key) <= 24;

/** Fact k starts hours: a time, or a span of two bare hours ("8–17"). */
function isHoursStart(scan: Scan, facts: readonly RawFact[], k: number): boolean {
  const fact = facts[k];
  if (fact?.kind === 'time') return !fact.invalid;
  const next = facts[k + 1];
  return isBareHour(fact) && isBareHour(next) && fact !== undefined && next !== undefined && onlyRangeWords(scan, fact.to, next.from);
}

/**
 * A number right after another, alone in brackets, is the same number in
 * another notation: "the 24th (XXIV) session", "5 (pięć)". It is no second
 * fact, whatever it says: the number written first is the one compared.
 */
function dropBracketedNumberGlosses(scan: Scan): void {
  const { facts } = scan;
  for (let k = facts.length - 1; k >= 1; k--) {
    const [before, fact] = [facts[k - 1], facts[k]];
    if (before?.kind !== 'number' || fact?.kind !== 'number') continue;
    // After a space: "Article 39(3)" is a subsection, not a gloss.
    const open = scan.skip(before.to);
    const close = fact.to;
    if (open > before.to && scan.punct(open) === '(' && scan.skip(open + 1) === fact.from && scan.punct(close) === ')') facts.splice(k, 1);
  }
}

/**
 * A bare number that ends a range begun by a time is an hour: "od 10:30 do
 * 12", "10:30–12", "з 10.30 до 12". The end must come later in the day.
 */
function readRangeEndHours(scan: Scan): void {
  const { facts } = scan;
  for (let k = 1; k < facts.length; k++) {
    const [start, end] = [facts[k - 1], facts[k]];
    if (start?.kind !== 'time' || start.invalid || !isBareHour(end) || !end) continue;
    // Joined by a dash or a range word that is also a preposition ("do", "to", "до"), not by "and":
    // "о 9-й та 11 учнів" counts pupils.
    const connector = scan.skip(start.to);
    const word = scan.word(connector);
    const endsRange = word === undefined ? DASHES.has(scan.punct(connector) ?? '') : scan.pack.rangeWords.has(word) && scan.pack.periodPrepositions.has(word);
    if (!endsRange || scan.skip(connector + 1) !== end.from) continue;
    const hour = Number(end.key);
    const startMinutes = Number(start.key.slice(0, 2)) * 60 + Number(start.key.slice(3));
    if (hour * 60 <= startMinutes || hour > 24) continue;
    const key = `${String(hour % 24).padStart(2, '0')}:00`;
    facts[k] = { kind: 'time', key, label: key, from: end.from, to: end.to };
  }
}

/** Whole days from one ISO date to another (Infinity when either is not a full date). */
function daysBetween(from: string | undefined, to: string | undefined): number {
  const time = (key: string | undefined) => (key && /^\d{4}-\d{2}-\d{2}$/.test(key) ? Date.parse(`${key}T00:00:00Z`) : Number.NaN);
  const days = Math.abs(time(to) - time(from)) / 86_400_000;
  return Number.isNaN(days) ? Number.POSITIVE_INFINITY : days;
}

/** Only spaces, a colon and a word such as "from" between a weekday and the hours after it. */
function onlyTimeGap(scan: Scan, from: number, to: number): boolean {
  if (to - from > 5) return false;
  let words = 0;
  for (let i = from; i < to; i++) {
    if (scan.isSpace(i) || scan.punct(i) === ':') continue;
    if (words++ === 0 && scan.pack.periodPrepositions.has(scan.word(i) ?? '')) continue;
    return false;
  }
  return true;
}

/**
 * Ties a weekday to the date written right after it ("w środę, 19 czerwca")
 * or right before it ("19 June 2024 (Monday)"). Abbreviations that are not
 * next to a date are dropped: alone, "pt." or "Sat" may mean anything.
 */
function tieWeekdays(scan: Scan): RawFact[] {
  const { facts } = scan;
  const isDay = (f: RawFact | undefined) => f?.kind === 'date' && f.date?.day !== undefined && f.key !== '' && !f.invalid;
  const isSingleWeekday = (f: RawFact | undefined) => f?.kind === 'weekday' && f.weekday !== undefined && !f.weekday.recurring;
  const paired = pairWeekdayRuns(scan, isDay, isSingleWeekday);
  const result: RawFact[] = [];
  for (let k = 0; k < facts.length; k++) {
    const fact = facts[k];
    if (!fact) continue;
    if (!isSingleWeekday(fact) || !fact.weekday) {
      result.push(fact);
      continue;
    }
    const next = facts[k + 1];
    const prev = facts[k - 1];
    const forward = isDay(next) && next && onlySeparators(scan, fact.to, next.from) ? next.key : undefined;
    const backward = isDay(prev) && prev && onlySeparators(scan, prev.to, fact.from) ? prev.key : undefined;
    // "19 June 2024 (Monday), 20 June …": a weekday in brackets belongs to the date before it.
    const bracketed = scan.punct(fact.from - 1) === '(' && scan.punct(fact.to) === ')';
    // An abbreviation stands alone only as one end of a weekday range ("pon.–pt.", "Mon–Fri", "пн–пт")
    // or in a list of weekdays ("pon., śr., pt.", "Mon, Wed and Fri", "пн, ср, пт").
    const inRange = (other: RawFact | undefined, from: number, to: number) =>
      other?.kind === 'weekday' && (onlyRangeWords(scan, from, to, true) || onlyListComma(scan, from, to));
    // A list of weekdays that did not pair with as many dates names days of the week, not the date beside it:
    // "З 16 березня 2022 року – понеділок, вівторок, четвер, п’ятниця о 8:00-16:00".
    const inList = inRange(next, fact.to, next?.from ?? 0) || inRange(prev, prev?.to ?? 0, fact.from);
    const tied = paired.has(k) ? paired.get(k) : inList ? undefined : bracketed ? (backward ?? forward) : (forward ?? backward);
    // Or right before the hours of that day: "Tue 4–6 pm", "wt. 16.00–18.00", "пт: 9:00–13:00", "pn. 8–17".
    const beforeTime = next !== undefined && isHoursStart(scan, facts, k + 1) && onlyTimeGap(scan, fact.to, next.from);
    if (tied === undefined && fact.weekday.abbreviation && !beforeTime && !inRange(next, fact.to, next?.from ?? 0) && !inRange(prev, prev?.to ?? 0, fact.from)) continue;
    result.push({ ...fact, weekday: { ...fact.weekday, ...(tied === undefined ? {} : { date: tied }) } });
  }
  return result;
}

/**
 * "w sobotę i niedzielę (6–7 lipca)", "on Saturday and Sunday, 6 and 7 July":
 * a run of weekdays followed by a run of as many dates pairs them in order.
 * Returns the date for each weekday index that is part of such a pair
 * (undefined when the runs do not match, so no date is wrongly tied).
 */
function pairWeekdayRuns(scan: Scan, isDay: (f: RawFact | undefined) => boolean, isWeekday: (f: RawFact | undefined) => boolean): Map<number, string | undefined> {
  const { facts } = scan;
  const paired = new Map<number, string | undefined>();
  for (let k = 0; k < facts.length; k++) {
    if (!isWeekday(facts[k])) continue;
    let last = k;
    // "w sobotę i niedzielę", "z piątku na sobotę"
    while (isWeekday(facts[last + 1]) && onlyRangeWords(scan, facts[last]?.to ?? 0, facts[last + 1]?.from ?? 0, true)) last++;
    const runLength = last - k + 1;
    if (runLength < 2) continue;
    const firstDate = last + 1;
    const dates: number[] = [];
    if (isDay(facts[firstDate]) && onlySeparators(scan, facts[last]?.to ?? 0, facts[firstDate]?.from ?? 0)) {
      dates.push(firstDate);
      while (dates.length < runLength) {
        const at = firstDate + dates.length;
        const previous = facts[at - 1];
        const candidate = facts[at];
        if (!isDay(candidate) || !candidate || !previous) break;
        const between = scan.slice(previous.to, candidate.from).trim();
        if (between !== ',' && between !== '/' && !onlyRangeWords(scan, previous.to, candidate.from, true)) break;
        dates.push(at);
      }
    }
    // "12–13 lipca (piątek–sobota)": the same number of dates just before the weekdays.
    if (dates.length !== runLength) {
      dates.length = 0;
      const lastDate = k - 1;
      if (isDay(facts[lastDate]) && onlySeparators(scan, facts[lastDate]?.to ?? 0, facts[k]?.from ?? 0)) {
        dates.unshift(lastDate);
        while (dates.length < runLength) {
          const at = (dates[0] ?? 0) - 1;
          const candidate = facts[at];
          const following = facts[at + 1];
          if (!isDay(candidate) || !candidate || !following) break;
          const between = scan.slice(candidate.to, following.from).trim();
          if (between !== ',' && between !== '/' && !onlyRangeWords(scan, candidate.to, following.from, true)) break;
          dates.unshift(at);
        }
      }
    }
    // Days of one week pair with their weekdays; "from 1 May to 30 September, Tuesday to Sunday" names
    // a season and the days of the week within it.
    const withinAWeek = dates.length === runLength && daysBetween(facts[dates[0] ?? -1]?.key, facts[dates[dates.length - 1] ?? -1]?.key) < 7;
    for (let w = k; w <= last; w++) paired.set(w, withinAWeek ? facts[dates[w - k] ?? -1]?.key : undefined);
    k = last;
  }
  return paired;
}
