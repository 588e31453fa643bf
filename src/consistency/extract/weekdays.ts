import { DASHES, type Scan } from './scan.ts';

const ENGLISH_DAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function englishWeekday(day: number): string {
  return ENGLISH_DAYS[day] ?? '';
}

/**
 * Weekday words in any case ("w środę", "on Monday", "у середу", "(pon.)"),
 * and recurring ones ("every Monday", "w każdy poniedziałek", "w soboty",
 * "щопонеділка", "по понеділках"). Whether a weekday is tied to a date is
 * decided after the whole block is read.
 */
export function matchWeekday(scan: Scan, i: number): number {
  const word = scan.word(i);
  if (word === undefined) return -1;
  const { pack } = scan;
  // Unchanged by lower-casing: written with a small letter.
  if (pack.capitalisedNames && scan.text.charCodeAt(scan.tokens.start(i)) === word.charCodeAt(0)) return -1;

  let from = i;
  const before = scan.back(i);
  const beforeWord = scan.word(before);
  let day = pack.recurringWeekdays.get(word);
  let recurring = day !== undefined;
  let abbreviation = false;

  if (day === undefined && beforeWord !== undefined && pack.recurringAfterPreposition.prepositions.has(beforeWord)) {
    day = pack.recurringAfterPreposition.forms.get(word);
    recurring = day !== undefined;
  }
  if (day === undefined) {
    day = pack.weekdays.get(word);
    if (day === undefined) {
      day = pack.weekdayAbbreviations.get(word);
      if (day === undefined) return -1;
      abbreviation = true;
    }
  }

  // "every other Wednesday", "co drugą środę", "кожну другу середу", "on alternate Wednesdays": every second week.
  const everyAt = scan.back(before);
  const afterEvery = pack.everyWords.has(scan.word(everyAt) ?? '');
  // "щодругого вівторка": one word for every other.
  const everyOtherWord = beforeWord !== undefined && pack.everyOtherWords.has(beforeWord);
  const everyOther = beforeWord !== undefined && !abbreviation && (everyOtherWord || (pack.everyOtherWeekWords.has(beforeWord) && (recurring || afterEvery))) && !ofTheMonth(scan, i + 1);
  // Quote and claim the words that introduce the weekday: "w każdą środę", "every Monday", "у середу".
  if (everyOther) {
    recurring = true;
    from = afterEvery && !everyOtherWord ? everyAt : before;
    const preposition = scan.back(from);
    if (pack.weekdayPrepositions.has(scan.word(preposition) ?? '')) from = preposition;
  } else if (beforeWord !== undefined && pack.everyWords.has(beforeWord) && !abbreviation) {
    recurring = true;
    from = before;
    const prep = scan.back(before);
    const prepWord = scan.word(prep);
    if (prepWord !== undefined && pack.weekdayPrepositions.has(prepWord)) from = prep;
  } else if (beforeWord !== undefined && (pack.weekdayPrepositions.has(beforeWord) || pack.recurringAfterPreposition.prepositions.has(beforeWord))) {
    from = before;
  }
  if (!scan.free(from, i)) from = i;
  // "every Monday and Thursday", "w każdy poniedziałek i piątek": the list shares its "every".
  if (!recurring && !abbreviation && continuesRecurringList(scan, from)) recurring = true;

  // "the Saturday timetable": a kind of timetable, not a day.
  if (!recurring && scan.isSpace(i + 1) && pack.weekdayQualifiedNouns.has(scan.word(i + 2) ?? '')) {
    scan.claim(i, i + 1);
    return i + 1;
  }
  let end = i + 1;
  // An abbreviation that is all its block says ("| Wed |", "| śr. |") names the day as a whole word would.
  let alone = false;
  if (abbreviation) {
    // Abbreviations count only in a date's company, written "(pon.)", "(Mon)" or "pon.,".
    const dotted = scan.punct(end) === '.' && scan.adjacent(i);
    if (dotted) end++;
    const bracketed = scan.punct(i - 1) === '(' && scan.punct(end) === ')';
    // "Mon–Fri", "пн–пт": joined to another weekday by a dash.
    const dashed = DASHES.has(scan.punct(end) ?? '') || DASHES.has(scan.punct(i - 1) ?? '');
    // "Wed 19 June", "ср, 19.06", "Thu, May 8": a number or a month follows; the weekday is kept only if a date does.
    const next = scan.skip(scan.punct(end) === ',' ? end + 1 : end);
    const beforeDate = scan.num(next) !== undefined || (pack.capitalisedNames && pack.monthsAfterDay.has(scan.word(next) ?? '')) || beforeHours(scan, end);
    alone = standsAlone(scan, i, end);
    if (!dotted && !bracketed && !dashed && !beforeDate && !alone && !inAbbreviationList(scan, i, end)) return -1;
  }
  scan.add({
    kind: 'weekday',
    key: everyOther ? `wd:${day}/2` : `wd:${day}`,
    label: everyOther ? `every other ${englishWeekday(day)}` : recurring ? `every ${englishWeekday(day)}` : englishWeekday(day),
    from,
    to: end,
    weekday: { day, recurring, abbreviation: abbreviation && !alone },
  });
  return end;
}

/**
 * Whether nothing but spaces and punctuation stands in the block before token
 * i and from `end` on: a table cell that says "Wed" or "śr.". Stops at the
 * first other token either way, so a long text costs no more than its neighbours.
 */
function standsAlone(scan: Scan, i: number, end: number): boolean {
  const { tokens } = scan;
  for (let k = i - 1; k >= 0; k--) if (tokens.isWord(k) || tokens.isNum(k)) return false;
  for (let k = end; k < tokens.length; k++) if (tokens.isWord(k) || tokens.isNum(k)) return false;
  return true;
}

/** "of the month", "miesiąca", "місяця" within the three words from i: "every second Saturday of the month" is monthly. */
function ofTheMonth(scan: Scan, i: number): boolean {
  let k = i;
  for (let words = 0; words < 3; words++) {
    k = scan.skip(k);
    const word = scan.word(k);
    if (word === undefined) return false;
    if (scan.pack.monthNouns.has(word)) return true;
    k++;
  }
  return false;
}

/**
 * "Mon, Wed, Fri", "пн, ср і пт": weekday abbreviation i (ending at `end`)
 * is joined by a comma or a list word to another one after or before it.
 */
function inAbbreviationList(scan: Scan, i: number, end: number): boolean {
  const { weekdayAbbreviations } = scan.pack;
  const joins = (k: number) => joinsWeekdays(scan, k);
  const after = scan.skip(end);
  if (joins(after) && weekdayAbbreviations.has(scan.word(scan.skip(after + 1)) ?? '')) return true;
  const joiner = scan.back(i);
  if (!joins(joiner)) return false;
  let previous = scan.back(joiner);
  if (scan.punct(previous) === '.' && scan.adjacent(previous - 1)) previous--;
  return weekdayAbbreviations.has(scan.word(previous) ?? '');
}

/** True when a recurring weekday ends just before i, joined to it by one list word or comma. */
function continuesRecurringList(scan: Scan, i: number): boolean {
  const last = scan.facts[scan.facts.length - 1];
  if (last?.kind !== 'weekday' || !last.weekday?.recurring) return false;
  const connector = scan.back(i);
  return joinsWeekdays(scan, connector) && scan.back(connector) === last.to - 1;
}

/** A comma, a slash ("Tue/Thu", "wt./czw.") or a list word ("and", "i", "та", "&") between two weekdays of a list. */
function joinsWeekdays(scan: Scan, k: number): boolean {
  const sign = scan.punct(k);
  return sign === ',' || sign === '/' || scan.isRangeWord(k);
}

/**
 * "Tue: 8 a.m.", "вт: з 8:00", "сб з 8:00", "śr.: od 9.00": perhaps a colon,
 * perhaps a word such as "from", then a number; whether that number is an hour is decided once
 * the block's facts are known.
 */
function beforeHours(scan: Scan, end: number): boolean {
  let next = scan.skip(scan.punct(end) === ':' ? end + 1 : end);
  if (scan.pack.periodPrepositions.has(scan.word(next) ?? '')) next = scan.skip(next + 1);
  return scan.num(next) !== undefined;
}
