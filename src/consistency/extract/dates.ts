import { beforeUnit, skipOrdinalSuffix } from './numbers.ts';
import { DASHES, isCapitalised, type Scan } from './scan.ts';
import { matchWeekday } from './weekdays.ts';

/**
 * Dates in every notation the packs know: "19 czerwca 2024 r.", "June 19th",
 * "19th of June", "19.06.2024", "2024-06-19", "19/06/2024", "19 VI 2024",
 * ranges ("13–15 września", "13-15.09") and months or years on their own
 * ("w sierpniu", "since 2015"). A year that is not written is inferred later.
 */

const ROMAN_MONTHS = new Map(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'].map((r, i) => [r, i + 1]));

/** The largest day number read as a (then impossible) day when written as one ("32nd"). */
const MAX_WRITTEN_DAY = 39;

/**
 * Records a date. Whether the day exists ("31 czerwca" does not) is decided
 * once the year is known; impossible dates are kept so they can be reported.
 */
function addDate(scan: Scan, from: number, to: number, month: number, day: number | undefined, year: number | undefined): boolean {
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > MAX_WRITTEN_DAY))) return false;
  scan.add({ kind: 'date', key: '', label: '', from, to, date: { month, ...(day === undefined ? {} : { day }), ...(year === undefined ? {} : { year }) } });
  return true;
}

function dayValue(text: string | undefined): number | undefined {
  if (text === undefined || text.length > 2) return undefined;
  // Two digits at most, so read them directly rather than through Number().
  const first = text.charCodeAt(0) - 48;
  const day = text.length === 2 ? first * 10 + text.charCodeAt(1) - 48 : first;
  return day >= 1 && day <= 31 ? day : undefined;
}

/** A day number with its ordinal suffix ("19", "19th", "19-го"). */
function readDay(scan: Scan, i: number, afterMonth = false): { day: number; end: number } | undefined {
  const day = dayValue(scan.num(i));
  if (day === undefined) {
    // "January 27th to 32nd", "32-го": written as a day, so an impossible date rather than a number.
    const text = scan.num(i);
    // "32 października": a month name after it makes it a day too.
    const end = skipOrdinalSuffix(scan, i + 1);
    const beforeMonth = end === i + 1 && scan.isSpace(i + 1) && readMonthWord(scan, i + 2, scan.pack.monthsAfterDay) !== undefined;
    // "December 32, 2025": after a month name with a year ("in June 35 people came" is a count).
    const yearFollows = afterMonth && end === i + 1 && readYearAfter(scan, i + 1) !== undefined;
    return text?.length === 2 && Number(text) <= MAX_WRITTEN_DAY && (end > i + 1 || beforeMonth || yearFollows) ? { day: Number(text), end } : undefined;
  }
  // "19." before a month word, as some Polish editors write it.
  if (scan.punct(i + 1) === '.' && scan.adjacent(i) && scan.isSpace(i + 2) && readMonthWord(scan, i + 3, scan.pack.monthsAfterDay)) {
    return { day, end: i + 2 };
  }
  return { day, end: skipOrdinalSuffix(scan, i + 1) };
}

function readMonthWord(scan: Scan, i: number, table: ReadonlyMap<string, number>): { month: number; end: number } | undefined {
  const lower = scan.word(i);
  const month = lower === undefined ? undefined : table.get(lower);
  if (month === undefined) return undefined;
  const text = scan.raw(i) ?? '';
  if (scan.pack.capitalisedNames && text[0] === text[0]?.toLowerCase()) return undefined;
  // Abbreviations may carry a dot: "Sept.", "Jun."; after a full name ("in July.") it ends the sentence.
  const end = scan.punct(i + 1) === '.' && scan.adjacent(i) && text.length <= 4 && !scan.pack.monthsAlone.has(lower ?? '') ? i + 2 : i + 1;
  return { month, end };
}

/** "cze.", "черв." or "cze 2024": a short month name with its dot, or with a year after it. */
function readAbbreviatedMonth(scan: Scan, i: number): { month: number; end: number } | undefined {
  const month = scan.pack.monthAbbreviations.get(scan.word(i) ?? '');
  if (month === undefined) return undefined;
  if (scan.punct(i + 1) === '.' && scan.adjacent(i)) return { month, end: i + 2 };
  return readYearAfter(scan, i + 1) ? { month, end: i + 1 } : undefined;
}

/** Punctuation that may follow a year written right after it: "14 March 2025;", "(2025)", "«2025»". */
const YEAR_CLOSERS = new Set([',', '.', ')', ']', ';', ':', '!', '?', '…', '"', '”', '»', '’', "'"]);

/** ", 2024", " 2024 r.", " 2024 року" after a date; returns the year and the index after it. */
function readYearAfter(scan: Scan, i: number): { year: number; end: number } | undefined {
  let j = i;
  if (scan.punct(j) === ',') j++;
  j = scan.skip(j);
  const text = scan.num(j);
  if (text?.length !== 4) return undefined;
  // "2024-го року", "2024-tym roku": the year as an ordinal.
  const suffixEnd = skipOrdinalSuffix(scan, j + 1);
  if (suffixEnd > j + 1) return { year: Number(text), end: skipYearWord(scan, suffixEnd) };
  // A year ends at a space or at punctuation that closes a phrase; "2024-06", "2024/25" go on.
  const next = scan.token(j + 1);
  // "2013р", "2022r.": the year word glued to the year.
  if (scan.adjacent(j) && scan.pack.yearWords.has(scan.word(j + 1) ?? '')) return { year: Number(text), end: skipYearWord(scan, j + 1) };
  if (scan.adjacent(j) && next?.type !== 'space' && !YEAR_CLOSERS.has(scan.punct(j + 1) ?? '')) return undefined;
  return { year: Number(text), end: skipYearWord(scan, j + 1) };
}

/** Skips "r.", "roku", "р.", "року" after a year. */
export function skipYearWord(scan: Scan, end: number): number {
  const j = scan.skip(end);
  const word = scan.word(j);
  if (word !== undefined && scan.pack.yearWords.has(word)) {
    // "r.", "р." keep their dot; after "roku", "року" it ends the sentence.
    return word.length <= 2 ? scan.afterAbbreviation(j) : j + 1;
  }
  return end;
}

/** Days that may precede one month word: at most this many ("3, 10, 17 i 24 października"). */
const MAX_LISTED_DAYS = 8;

/**
 * "19 czerwca [2024 r.]", "19th of June", day ranges "13–15 września", and
 * lists of days sharing one month: "13 and 15 June", "3, 10 i 17 października".
 */
export function matchDayMonth(scan: Scan, i: number): number {
  // The days before this one in a list; made only when a list goes on, as every number of every text starts here.
  let days: Array<{ day: number; from: number; end: number }> | undefined;
  // Weekdays inside the list ("Saturday 14 and Sunday 15 September"), read once the month is found.
  let weekdays: number[] | undefined;
  let j = i;
  for (;;) {
    const day = readDay(scan, j);
    if (!day) return -1;
    let next = scan.skip(day.end);
    if (scan.word(next) !== undefined && scan.pack.dayMonthJoiners.has(scan.word(next) ?? '')) next = scan.skip(next + 1);
    // "2 (другого) травня", "2 (drugiego) maja": the day again in words, in brackets.
    if (scan.punct(next) === '(' && scan.tokens.isWord(next + 1) && scan.punct(next + 2) === ')') next = scan.skip(next + 3);
    const month = readMonthWord(scan, next, scan.pack.monthsAfterDay) ?? readAbbreviatedMonth(scan, next);
    if (month) {
      const year = readYearAfter(scan, month.end);
      const end = year?.end ?? month.end;
      for (const d of days ?? []) addDate(scan, d.from, d.end, month.month, d.day, year?.year);
      addDate(scan, j, end, month.month, day.day, year?.year);
      for (const at of weekdays ?? []) matchWeekday(scan, at);
      return end;
    }
    if ((days?.length ?? 0) + 1 >= MAX_LISTED_DAYS) return -1;
    // "13–15", "13 do 15", "13 and 15", "13, 14" continue the list.
    if (scan.punct(next) === ',') next = scan.skip(next + 1);
    else if (scan.isRangeConnector(next) || scan.pack.nightWords.has(scan.word(next) ?? '')) next = scan.skip(next + 1);
    // "12/13 lipca": the night from one day to the next.
    else if (scan.punct(next) === '/' && next === day.end && scan.adjacent(next)) next += 1;
    else return -1;
    // "from the 19th to the 21st of June"
    if (scan.pack.dayArticles.has(scan.word(next) ?? '')) next = scan.skip(next + 1);
    // "14 and Sunday 15 September", "14 i w niedzielę 15 września"
    const preposition = scan.word(next);
    const weekdayAt = preposition !== undefined && scan.pack.weekdayPrepositions.has(preposition) ? scan.skip(next + 1) : next;
    // "Mon 23 – Fri 27 March", "pn. 23 – pt. 27 marca": abbreviated, perhaps with a dot.
    const weekdayWord = scan.word(weekdayAt) ?? '';
    const abbreviated = scan.pack.weekdayAbbreviations.has(weekdayWord);
    const afterWeekday = abbreviated && scan.punct(weekdayAt + 1) === '.' && scan.adjacent(weekdayAt) ? weekdayAt + 2 : weekdayAt + 1;
    if ((scan.pack.weekdays.has(weekdayWord) || abbreviated) && scan.isSpace(afterWeekday) && scan.num(afterWeekday + 1) !== undefined) {
      (weekdays ??= []).push(weekdayAt);
      next = afterWeekday + 1;
    }
    // Days listed before one month come in order: "13–17, 8–12 February" is an age range and then the days.
    const previous = days?.[days.length - 1];
    if (previous && day.day <= previous.day) return -1;
    (days ??= []).push({ day: day.day, from: j, end: day.end });
    j = next;
  }
}

/** English month-first dates: "June 19", "June 19th, 2024", "June 13–15". */
export function matchMonthDay(scan: Scan, i: number): number {
  if (!scan.pack.capitalisedNames) return -1;
  const month = readMonthWord(scan, i, scan.pack.monthsAfterDay);
  if (!month) return -1;
  const j = scan.skip(month.end);
  const day = readDay(scan, j, true);
  if (!day) return -1;
  // "June 5.30" or "June 5:30" is not a date; "until June 15." is.
  if ((scan.punct(day.end) === ':' || scan.punct(day.end) === '.') && scan.num(day.end + 1) !== undefined && scan.adjacent(day.end)) return -1;
  // "June 13–15"
  const k = scan.skip(day.end);
  if (scan.isRangeConnector(k)) {
    const m = scan.skip(k + 1);
    const second = readDay(scan, m);
    // "December 29 - 10.00 a.m.": a time after the dash, not a second day.
    const timeAfter = (scan.punct(second?.end ?? -1) === ':' || scan.punct(second?.end ?? -1) === '.') && scan.num((second?.end ?? -1) + 1) !== undefined && scan.adjacent(second?.end ?? -1);
    if (second && !timeAfter) {
      const year = readYearAfter(scan, second.end);
      const end = year?.end ?? second.end;
      addDate(scan, i, day.end, month.month, day.day, year?.year);
      addDate(scan, m, end, month.month, second.day, year?.year);
      return end;
    }
  }
  const year = readYearAfter(scan, day.end);
  const end = year?.end ?? day.end;
  return addDate(scan, i, end, month.month, day.day, year?.year) ? end : -1;
}

/** A month without a day: "w sierpniu", "in August", "у серпні", "sierpień 2024", "August 2024". */
export function matchMonthAlone(scan: Scan, i: number): number {
  const first = readMonthWord(scan, i, scan.pack.monthsAlone) ?? readMonthWithYear(scan, i);
  if (!first) return -1;
  // "in July and August", "w lipcu i sierpniu 2025", "у липні та серпні": one list, one year.
  const months = [{ ...first, from: i }];
  for (;;) {
    const last = months[months.length - 1] ?? months[0];
    if (!last || months.length >= MAX_LISTED_MONTHS || readYearAfter(scan, last.end)) break;
    let next = scan.skip(last.end);
    if (scan.punct(next) !== ',' && !scan.isRangeConnector(next)) break;
    next = scan.skip(next + 1);
    const month = readMonthWord(scan, next, scan.pack.monthsAlone);
    if (!month) break;
    months.push({ ...month, from: next });
  }
  const lastMonth = months[months.length - 1] ?? first;
  const year = readYearAfter(scan, lastMonth.end);
  if (!year && !afterPeriodWord(scan, i) && !ofNoun(scan, i)) return -1;
  const end = year?.end ?? lastMonth.end;
  let added = false;
  months.forEach((m, k) => {
    if (addDate(scan, m.from, k === months.length - 1 ? end : m.end, m.month, undefined, year?.year)) added = true;
  });
  return added ? end : -1;
}

const MAX_LISTED_MONTHS = 4;

/**
 * "w weekendy lipca", "na przełomie czerwca", "вихідні липня": in languages
 * that write month names in small letters, a month name after a noun is that
 * month ("of July"), as English "weekends in July" is.
 */
function ofNoun(scan: Scan, i: number): boolean {
  if (scan.pack.capitalisedNames || !scan.pack.monthsAfterDay.has(scan.word(i) ?? '')) return false;
  if (isCapitalised(scan.raw(i) ?? '')) return false;
  const before = scan.back(i);
  const word = scan.raw(before);
  return scan.tokens.isWord(before) && word !== undefined && !isCapitalised(word);
}

/** "w sierpniu", "in August", "in mid-June", "у середині червня": a word that makes a month name a date. */
function afterPeriodWord(scan: Scan, i: number): boolean {
  let before = scan.back(i);
  // "mid-June"
  if (scan.punct(before) === '-' && scan.adjacent(before) && scan.adjacent(before - 1)) before--;
  const word = scan.word(before);
  return word !== undefined && scan.pack.periodPrepositions.has(word);
}

/** Abbreviated or genitive month names count alone only with a year ("Aug 2024"). */
function readMonthWithYear(scan: Scan, i: number): { month: number; end: number } | undefined {
  const month = readMonthWord(scan, i, scan.pack.monthsAfterDay);
  return month && readYearAfter(scan, month.end) ? month : undefined;
}

/** "2024-06-19" */
export function matchIsoDate(scan: Scan, i: number): number {
  const y = scan.num(i);
  const sep = scan.punct(i + 1);
  // "2024-06-19", and the year first with dots or slashes, as some Polish offices write it ("2024.06.19", "2024/06/19").
  if (y?.length !== 4 || (sep !== '-' && sep !== '.' && sep !== '/') || scan.punct(i + 3) !== sep) return -1;
  const m = scan.num(i + 2);
  const d = scan.num(i + 4);
  if (m?.length !== 2 || d?.length !== 2 || !scan.adjacent(i) || !scan.adjacent(i + 1) || !scan.adjacent(i + 2) || !scan.adjacent(i + 3)) return -1;
  return addDate(scan, i, i + 5, Number(m), Number(d), Number(y)) ? i + 5 : -1;
}

/**
 * "19.06.2024", "19/06/2024", "19-06-2024", "19.06.24", and the range
 * "13-15.09[.2024]". English dates with "/" are read day-first (British)
 * unless only month-first makes sense.
 */
export function matchNumericDate(scan: Scan, i: number): number {
  const a = scan.num(i);
  if (dayValue(a) === undefined) return -1;
  const sep = scan.punct(i + 1);
  if (!scan.adjacent(i)) return -1;
  // Range "13-15.09.2024"
  if (sep !== undefined && DASHES.has(sep) && scan.adjacent(i + 1)) {
    const b = scan.num(i + 2);
    if (dayValue(b) !== undefined && scan.punct(i + 3) === '.' && scan.adjacent(i + 2) && scan.adjacent(i + 3)) {
      const month = Number(scan.num(i + 4));
      if (!(month >= 1 && month <= 12)) return -1;
      const { year, end } = readNumericYear(scan, i + 5);
      if (!addDate(scan, i, i + 1, month, Number(a), year)) return -1;
      addDate(scan, i + 2, end, month, Number(b), year);
      return end;
    }
    if (sep !== '-') return -1;
  }
  if (sep !== '.' && sep !== '/' && sep !== '-') return -1;
  const b = scan.num(i + 2);
  if (b === undefined || b.length > 2 || scan.punct(i + 3) !== sep || !scan.adjacent(i + 1) || !scan.adjacent(i + 2) || !scan.adjacent(i + 3)) return -1;
  const yearText = scan.num(i + 4);
  if (yearText === undefined || (yearText.length !== 4 && yearText.length !== 2)) return -1;
  const [day, month] = dayAndMonth(scan, sep, Number(a), Number(b));
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const end = skipYearWord(scan, i + 5);
  return addDate(scan, i, end, month, day, year) ? end : -1;
}

function readNumericYear(scan: Scan, i: number): { year?: number; end: number } {
  if (scan.punct(i) === '.' && scan.num(i + 1)?.length === 4 && scan.adjacent(i - 1) && scan.adjacent(i)) {
    return { year: Number(scan.num(i + 1)), end: skipYearWord(scan, i + 2) };
  }
  return { end: scan.punct(i) === '.' && scan.adjacent(i - 1) ? i + 1 : i };
}

/**
 * "19.06" or "19.06." (day and month), where the language writes dates so;
 * in any language right after a weekday, with a dot or a slash ("Wed 19/6",
 * "Wednesday 19.06"), where nothing else can be meant. Runs after times.
 */
export function matchShortNumericDate(scan: Scan, i: number): number {
  const sep = scan.punct(i + 1);
  if (sep !== '.' && sep !== '/') return -1;
  const weekdayBefore = afterWeekday(scan, i);
  if (!weekdayBefore && (!scan.pack.shortNumericDates || sep !== '.')) return -1;
  const written = dayValue(scan.num(i));
  const monthText = scan.num(i + 2);
  if (written === undefined || monthText === undefined || monthText.length > 2) return -1;
  if (!scan.adjacent(i) || !scan.adjacent(i + 1)) return -1;
  // "Wed 6/19": American order, when only it makes a date.
  const [day, month] = dayAndMonth(scan, sep, written, Number(monthText));
  if (month < 1 || month > 12) return -1;
  const { end } = readNumericYear(scan, i + 3);
  // "7.01 km", "2.50 zł", "1.05 %": a measure, not a date.
  if (end === i + 3 && beforeUnit(scan, end)) return -1;
  return addDate(scan, i, end, month, day, undefined) ? end : -1;
}


/** Day and month of "a/b": day first, unless the language also writes month first and only that makes a date ("6/19"). */
function dayAndMonth(scan: Scan, sep: string, a: number, b: number): [number, number] {
  return sep === '/' && scan.pack.monthFirstSlashDates && b > 12 && a <= 12 ? [b, a] : [a, b];
}

/** Whether a weekday name stands just before token i ("Wed 19/6", "śr., 19.06"). */
function afterWeekday(scan: Scan, i: number): boolean {
  let k = scan.back(i);
  if (scan.punct(k) === ',' || scan.punct(k) === '(') k = scan.back(k);
  if (scan.punct(k) === '.' && scan.adjacent(k - 1)) k--;
  const word = scan.word(k);
  return word !== undefined && (scan.pack.weekdays.has(word) || scan.pack.weekdayAbbreviations.has(word));
}

/** "19 VI 2024", "19.VI.2024", "19 VI" */
export function matchRomanDate(scan: Scan, i: number): number {
  const day = dayValue(scan.num(i));
  if (day === undefined) return -1;
  // "19-20 VI 2024": a range of days before one Roman month.
  let at = i;
  let firstDay: number | undefined;
  const dash = scan.punct(i + 1);
  const secondDay = dash !== undefined && DASHES.has(dash) && scan.adjacent(i) && scan.adjacent(i + 1) ? dayValue(scan.num(i + 2)) : undefined;
  if (secondDay !== undefined && secondDay > day) [at, firstDay] = [i + 2, day];
  // "19 VI", "19.VI", "19-VI-2024".
  const hyphen = scan.punct(at + 1) === '-' && scan.adjacent(at) && scan.adjacent(at + 1);
  if (!scan.isSpace(at + 1) && scan.punct(at + 1) !== '.' && !hyphen) return -1;
  const month = scan.tokens.isWord(at + 2) ? ROMAN_MONTHS.get(scan.raw(at + 2) ?? '') : undefined;
  if (month === undefined) return -1;
  let end = at + 3;
  let year: number | undefined;
  const yearHyphen = hyphen && scan.punct(end) === '-' && scan.adjacent(end - 1) && scan.adjacent(end);
  // With hyphens only the full "19-VI-2024" is a date: "12-X" may be a label.
  if (hyphen && !(yearHyphen && scan.num(end + 1)?.length === 4)) return -1;
  if ((scan.isSpace(end) || scan.punct(end) === '.' || yearHyphen) && scan.num(end + 1)?.length === 4) {
    year = Number(scan.num(end + 1));
    end = skipYearWord(scan, end + 2);
  }
  if (firstDay !== undefined && !addDate(scan, i, i + 1, month, firstDay, year)) return -1;
  return addDate(scan, at, end, month, firstDay !== undefined && secondDay !== undefined ? secondDay : day, year) ? end : -1;
}

/** A year standing alone: "2015", "od 2015 roku", "since 2015", "з 2015 року", "2024–2028". */
/** How many years a "2024/25" may span. */
const MAX_SHORT_YEAR_SPAN = 9;

export function matchYear(scan: Scan, i: number): number {
  const text = scan.num(i);
  if (text?.length !== 4) return -1;
  const year = Number(text);
  const end = skipYearWord(scan, i + 1);
  const before = scan.word(scan.back(i));
  const marked = end > i + 1 || (before !== undefined && scan.pack.periodPrepositions.has(before));
  if (!(year >= 1900 && year <= 2099) && !(marked && year >= 1000)) return -1;
  scan.add({ kind: 'date', key: String(year), label: String(year), from: i, to: end, date: { year, month: 0 } });
  // "2024/25", "2024–25": a school or budget year whose second year is shortened.
  const sep = scan.punct(end);
  const short = scan.num(end + 1);
  if (end === i + 1 && (sep === '/' || (sep !== undefined && DASHES.has(sep))) && short?.length === 2 && scan.adjacent(i) && scan.adjacent(end)) {
    const sameCentury = Math.floor(year / 100) * 100 + Number(short);
    // "1999/00" is 2000.
    const next = sameCentury < year ? sameCentury + 100 : sameCentury;
    // Usually the year after; read as a year whatever it is ("2025/27", "2026/26"), for another language to contradict.
    if (next <= year + MAX_SHORT_YEAR_SPAN) {
      const to = skipYearWord(scan, end + 2);
      scan.add({ kind: 'date', key: String(next), label: String(next), from: end + 1, to, date: { year: next, month: 0 } });
      return to;
    }
  }
  return end;
}
