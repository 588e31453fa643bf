import type { DayPeriod } from '../packs/types.ts';
import { DASHES, readPhrase, type Scan } from './scan.ts';

/**
 * Clock times: "17:00", "17.00" (where it cannot be a date), "godz. 17",
 * "o 17:30", "5 pm", "5:30 p.m.", "from 5 to 7 pm", "о 17 год.", "noon",
 * "o północy", "опівдні". Each becomes an "HH:MM" key on the 24-hour clock.
 */

const QUARTERS = new Set(['00', '15', '30', '45']);

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (hours: number, minutes: number) => `${pad(hours % 24)}:${pad(minutes)}`;

function addTime(scan: Scan, from: number, to: number, hours: number, minutes: number, twelveHour = false): void {
  const key = hhmm(hours, minutes);
  // An hour said without the part of the day ("o siódmej", "wpół do siódmej") may be morning or evening.
  scan.add({ kind: 'time', key, label: key, from, to, ...(twelveHour && hours >= 1 && hours <= 12 ? { twelveHour: true } : {}) });
}

/** A time that no clock shows ("25:00", "17:65", "13 pm"): reported, never compared. */
function addImpossibleTime(scan: Scan, from: number, to: number): number {
  const written = scan.slice(from, to);
  scan.add({ kind: 'time', key: `invalid:${written}`, label: written, from, to, invalid: true });
  return to;
}

/**
 * "25:00", "24:30", "17:65" with a colon (or a dot after "godz."): written as a
 * time, but no clock shows it. Two digits on each side, so "3:1" (a score)
 * and "24.99" (a price) are left alone.
 */
function impossibleClockTime(scan: Scan, i: number): number {
  const hoursText = scan.num(i);
  const sep = scan.punct(i + 1);
  const minutesText = scan.num(i + 2);
  if (hoursText?.length !== 2 || minutesText?.length !== 2 || !scan.adjacent(i) || !scan.adjacent(i + 1)) return -1;
  const [hours, minutes] = [Number(hoursText), Number(minutesText)];
  if (hours <= 24 && minutes <= 59 && !(hours === 24 && minutes > 0)) return -1;
  if (sep !== ':' && !(sep === '.' && afterStrongMarker(scan, i))) return -1;
  // "10:30:15" or a date: not a clock time.
  if (scan.punct(i + 3) !== undefined && scan.num(i + 4) !== undefined && scan.adjacent(i + 2) && scan.adjacent(i + 3)) return -1;
  if (scan.num(i - 2) !== undefined && (scan.punct(i - 1) === ':' || scan.punct(i - 1) === '.') && scan.adjacent(i - 2) && scan.adjacent(i - 1)) return -1;
  return addImpossibleTime(scan, i, i + 3);
}

/** "godz. 17.00", "godz 17.00": a word that marks a time for certain just before i. */
function afterStrongMarker(scan: Scan, i: number): boolean {
  const before = scan.word(scan.back(i));
  if (before !== undefined) return scan.pack.strongTimeMarkers.has(before);
  return scan.punct(scan.back(i)) === '.' && scan.pack.strongTimeMarkers.has(scan.word(scan.back(scan.back(i))) ?? '');
}

/** "am"/"pm", "a.m."/"p.m." at i; returns which and the index after it. */
function readMeridiem(scan: Scan, i: number): { pm: boolean; end: number } | undefined {
  const meridiem = scan.pack.meridiem;
  if (!meridiem) return undefined;
  const word = scan.word(i);
  if (word === undefined) return undefined;
  // A dot after "pm" ends the sentence more often than the abbreviation: it is not part of the time.
  if (meridiem.am.has(word) || meridiem.pm.has(word)) return { pm: meridiem.pm.has(word), end: i + 1 };
  if ((word === 'a' || word === 'p') && scan.punct(i + 1) === '.' && scan.word(i + 2) === 'm' && scan.adjacent(i) && scan.adjacent(i + 1)) {
    const end = scan.punct(i + 3) === '.' && scan.adjacent(i + 2) ? i + 4 : i + 3;
    return { pm: word === 'p', end };
  }
  return undefined;
}

function to24(hours: number, pm: boolean): number {
  if (hours === 12) return pm ? 12 : 0;
  return pm ? hours + 12 : hours;
}

function hourValue(text: string | undefined, max = 24): number | undefined {
  if (text === undefined || text.length > 2) return undefined;
  const value = Number(text);
  return value <= max ? value : undefined;
}

function isMarker(word: string | undefined, scan: Scan): boolean {
  return word !== undefined && (scan.pack.strongTimeMarkers.has(word) || scan.pack.weakTimeMarkers.has(word));
}

/** True when the previous fact is of this kind and ends just before a range word or dash ending at i ("17:00–", "od 2 do 3 godz."). */
function followsFact(scan: Scan, i: number, kind: 'time' | 'number'): boolean {
  const last = scan.facts[scan.facts.length - 1];
  if (last?.kind !== kind) return false;
  const connector = scan.back(i);
  return scan.isRangeConnector(connector) && scan.back(connector) === last.to - 1;
}

const SUPERSCRIPT_DIGITS = new Map([...'⁰¹²³⁴⁵⁶⁷⁸⁹'].map((digit, value) => [digit, value]));

/** Minutes written as two superscript digits right after the hour, as on posters: "17⁰⁰", "9³⁰". */
function superscriptMinutes(scan: Scan, i: number): number | undefined {
  const tens = SUPERSCRIPT_DIGITS.get(scan.punct(i) ?? '');
  const ones = SUPERSCRIPT_DIGITS.get(scan.punct(i + 1) ?? '');
  if (tens === undefined || ones === undefined || !scan.adjacent(i - 1) || !scan.adjacent(i)) return undefined;
  const minutes = tens * 10 + ones;
  return minutes <= 59 ? minutes : undefined;
}

/**
 * "о 10-00", "з 9-30 до 18-00": a hyphen between hour and minutes, read only
 * after a time word, with round minutes, and not before a month ("з 10-15 червня").
 */
function hyphenatedTime(scan: Scan, i: number, hours: number, minutesText: string): number {
  // "od 10-15 lat", "od 10-30 osób" count ages and people: only :00 and :30, followed by no word but a range or time word.
  const after = scan.word(scan.skip(i + 3));
  const timeWordAfter = after === undefined || scan.pack.rangeWords.has(after) || scan.pack.hourWords.has(after) || scan.pack.strongTimeMarkers.has(after) || readDayPeriod(scan, scan.skip(i + 3)) !== undefined;
  const continues = scan.punct(i + 3) === '-' || scan.punct(i + 3) === '.';
  // The end of a range ("з 10-00 до 18-00 щодня") is read whatever follows it.
  const rangeEnd = followsFact(scan, i, 'time');
  if ((minutesText !== '00' && minutesText !== '30') || continues || !(rangeEnd || (timeWordAfter && isMarker(scan.word(scan.back(i)), scan)))) return -1;
  addTime(scan, i, i + 3, hours, Number(minutesText));
  return i + 3;
}

/** "10.00–16.00", "10.00 to 16.00": a range to another time follows at i (a dash or "to", not "and"). */
function beforeRangeOfTimes(scan: Scan, i: number): boolean {
  const connector = scan.skip(i);
  const word = scan.word(connector);
  const ends = word === undefined ? DASHES.has(scan.punct(connector) ?? '') : scan.pack.rangeWords.has(word) && scan.pack.periodPrepositions.has(word);
  if (!ends) return false;
  const k = scan.skip(connector + 1);
  return hourValue(scan.num(k)) !== undefined && (scan.punct(k + 1) === '.' || scan.punct(k + 1) === ':') && scan.num(k + 2)?.length === 2;
}

/** "17:00", "17.00", "5:30 pm", "17⁰⁰". */
export function matchClockTime(scan: Scan, i: number): number {
  const hours = hourValue(scan.num(i));
  if (hours === undefined) return impossibleClockTime(scan, i);
  const superscript = hours === undefined ? undefined : superscriptMinutes(scan, i + 1);
  if (hours !== undefined && superscript !== undefined) {
    addTime(scan, i, i + 3, hours, superscript);
    return i + 3;
  }
  const sep = scan.punct(i + 1);
  const minutesText = scan.num(i + 2);
  if (hours === undefined || minutesText?.length !== 2 || !scan.adjacent(i) || !scan.adjacent(i + 1)) return -1;
  if (sep === '-') return hyphenatedTime(scan, i, hours, minutesText);
  if (sep !== ':' && sep !== '.') return -1;
  const minutes = Number(minutesText);
  if (minutes > 59 || (hours === 24 && minutes > 0)) return impossibleClockTime(scan, i);
  // "19.06.2024" and "10:30:15" are not clock times here.
  if ((scan.punct(i + 3) === sep || scan.punct(i + 3) === '.') && scan.num(i + 4) !== undefined && scan.adjacent(i + 2) && scan.adjacent(i + 3)) return -1;
  let end = i + 3;
  const meridiem = readMeridiem(scan, scan.skip(end));
  if (sep === '.') {
    const before = scan.word(scan.back(i));
    const strong = (before !== undefined && scan.pack.strongTimeMarkers.has(before)) || (before === undefined && scan.punct(scan.back(i)) === '.' && isMarker(scan.word(scan.back(scan.back(i))), scan));
    const marked = strong || isMarker(before, scan);
    // A full quarter ("17.00") is a time on its own in Polish and Ukrainian; English writes times with a
    // colon or am/pm, so "at least 5.00" there is a decimal, unless a range of such times follows ("10.00–16.00").
    const quarterAlone = QUARTERS.has(minutesText) && (!scan.pack.meridiem || beforeRangeOfTimes(scan, i + 3));
    if (!quarterAlone && !marked && !meridiem && !followsFact(scan, i, 'time')) return -1;
    // "od 13.09 do 15.09": after a word that also introduces dates, a valid day and month is a date.
    const couldBeDate = hours >= 1 && hours <= 31 && minutes >= 1 && minutes <= 12;
    if (couldBeDate && !QUARTERS.has(minutesText) && !strong && !meridiem && (before === undefined || scan.pack.periodPrepositions.has(before))) return -1;
  }
  if (meridiem) {
    if (hours > 12 && hours <= 24) return addImpossibleTime(scan, i, meridiem.end);
    if (hours < 1 || hours > 12) return -1;
    end = meridiem.end;
    addTime(scan, i, end, to24(hours, meridiem.pm), minutes);
    return end;
  }
  // "5:00-7:00 PM": the am/pm after the range's end holds for its start too.
  const rangeEnd = scan.pack.meridiem && hours >= 1 && hours <= 12 ? meridiemOfRangeEnd(scan, end) : undefined;
  if (rangeEnd) {
    let start = to24(hours, rangeEnd.pm) * 60 + minutes;
    if (start > rangeEnd.minutes) start = to24(hours, !rangeEnd.pm) * 60 + minutes;
    addTime(scan, i, end, Math.floor(start / 60), start % 60);
    return end;
  }
  // "7:30 in the evening", "o 7.30 wieczorem", "о 7:30 вечора": the part of the day places an hour of the 12-hour clock.
  const period = hours >= 1 && hours <= 12 && scan.isSpace(end) ? readDayPeriod(scan, end + 1) : undefined;
  const inPeriod = period ? hourInPeriod(hours, period.period) : undefined;
  if (period && inPeriod !== undefined) {
    addTime(scan, i, period.end, inPeriod, minutes);
    return period.end;
  }
  // "7:30–9:30 wieczorem": the part of the day after the range's end holds for its start too.
  const endPeriod = hours >= 1 && hours <= 12 ? dayPeriodOfRangeEnd(scan, end) : undefined;
  if (endPeriod) {
    const start = hourInPeriod(hours, endPeriod.period);
    addTime(scan, i, end, start !== undefined && start * 60 + minutes <= endPeriod.minutes ? start : hours, minutes);
    return end;
  }
  addTime(scan, i, end, afternoonEnd(scan, i, hours, minutes), minutes);
  return end;
}

/**
 * The end of a range on the 12-hour clock written without am/pm, "9:00–5:30":
 * an end before its start is in the afternoon (17:30). Elsewhere the hour as written.
 */
function afternoonEnd(scan: Scan, i: number, hours: number, minutes: number): number {
  if (!scan.pack.twelveHourRanges || hours < 1 || hours > 11 || !followsFact(scan, i, 'time')) return hours;
  const start = scan.facts[scan.facts.length - 1]?.key ?? '';
  const startMinutes = Number(start.slice(0, 2)) * 60 + Number(start.slice(3, 5));
  return startMinutes > hours * 60 + minutes && startMinutes <= 12 * 60 ? hours + 12 : hours;
}

/** After a time ending at i: a dash or range word, an hour ("9", "9:30", "9-й") and a part of the day; the end's time in minutes and that part. */
function dayPeriodOfRangeEnd(scan: Scan, i: number): { period: DayPeriod; minutes: number } | undefined {
  const connector = scan.skip(i);
  if (!scan.isRangeConnector(connector)) return undefined;
  const k = scan.skip(connector + 1);
  const spoken = readSpokenHour(scan, k);
  if (!spoken) return undefined;
  let end = spoken.end;
  let minutes = 0;
  const written = end === k + 1 ? minutesAfterHour(scan, k) : undefined;
  if (written) [minutes, end] = [written.minutes <= 59 ? written.minutes : 0, written.end];
  const period = scan.isSpace(end) ? readDayPeriod(scan, end + 1) : undefined;
  const hours = period ? hourInPeriod(spoken.hours, period.period) : undefined;
  return period && hours !== undefined ? { period: period.period, minutes: hours * 60 + minutes } : undefined;
}

/** After a time ending at i: a dash or range word, then "7:00 PM" or "7 pm"; the end's time in minutes and its half of the day. */
function meridiemOfRangeEnd(scan: Scan, i: number): { pm: boolean; minutes: number } | undefined {
  const connector = scan.skip(i);
  if (!scan.isRangeConnector(connector)) return undefined;
  const k = scan.skip(connector + 1);
  const hours = hourValue(scan.num(k), 12);
  if (hours === undefined || hours === 0) return undefined;
  const written = minutesAfterHour(scan, k);
  const minutes = written?.minutes ?? 0;
  const meridiem = readMeridiem(scan, scan.skip(written?.end ?? k + 1));
  return meridiem ? { pm: meridiem.pm, minutes: to24(hours, meridiem.pm) * 60 + minutes } : undefined;
}

/** Two-digit minutes glued to the hour at k by one of `separators` ("9:30", "9.30"), as written, and the index after them. */
function minutesAfterHour(scan: Scan, k: number, separators = ':.'): { minutes: number; end: number } | undefined {
  const sep = scan.punct(k + 1);
  const text = scan.num(k + 2);
  if (sep === undefined || !separators.includes(sep) || text?.length !== 2 || !scan.adjacent(k) || !scan.adjacent(k + 1)) return undefined;
  return { minutes: Number(text), end: k + 3 };
}

/** "5 pm", "5pm", and ranges "5 to 7 pm", "5–7 pm", "11 to 1 pm". */
export function matchMeridiemTime(scan: Scan, i: number): number {
  if (!scan.pack.meridiem) return -1;
  const hours = hourValue(scan.num(i), 12);
  if (hours === undefined || hours === 0) {
    // "13 pm", "17 a.m.": an hour of the 24-hour clock with am or pm.
    const hour24 = hourValue(scan.num(i), 24);
    const meridiem = hour24 !== undefined && hour24 > 12 ? readMeridiem(scan, scan.skip(i + 1)) : undefined;
    return meridiem ? addImpossibleTime(scan, i, meridiem.end) : -1;
  }
  const direct = readMeridiem(scan, scan.skip(i + 1));
  if (direct) {
    addTime(scan, i, direct.end, to24(hours, direct.pm), 0);
    return direct.end;
  }
  // A range whose second end carries the am/pm: "5 to 7 pm", "5–7:30 pm".
  const connector = scan.skip(i + 1);
  if (!scan.isRangeConnector(connector)) return -1;
  const k = scan.skip(connector + 1);
  const endHours = hourValue(scan.num(k), 12);
  if (endHours === undefined || endHours === 0) return -1;
  const written = minutesAfterHour(scan, k, ':');
  const minutes = written?.minutes ?? 0;
  const meridiem = readMeridiem(scan, scan.skip(written?.end ?? k + 1));
  if (!meridiem) return -1;
  const endTime = to24(endHours, meridiem.pm) * 60 + minutes;
  let start = to24(hours, meridiem.pm);
  if (start * 60 > endTime) start = to24(hours, !meridiem.pm);
  addTime(scan, i, i + 1, start, 0);
  addTime(scan, k, meridiem.end, Math.floor(endTime / 60), minutes);
  return meridiem.end;
}

/**
 * "from 9 till 5", "open 8 to 4", "from nine to five": in a language of the
 * 12-hour clock, a range of bare hours that ends at a smaller number ends in
 * the afternoon (09:00–17:00). A range that ends at a larger one ("9 to 11")
 * may be counts and is left to the bare-hours reading.
 */
export function matchTwelveHourRange(scan: Scan, i: number): number {
  const ranges = scan.pack.twelveHourRanges;
  if (!ranges) return -1;
  const start = bareTwelveHour(scan, i);
  if (start === undefined) return -1;
  // Part of a time or a date already ("10:30", "5.6"): not a bare hour.
  if ((scan.punct(i - 1) === ':' || scan.punct(i - 1) === '.') && scan.adjacent(i - 2)) return -1;
  const connector = scan.skip(i + 1);
  const connectorWord = scan.word(connector);
  if (connectorWord === undefined ? !DASHES.has(scan.punct(connector) ?? '') : !ranges.connectors.has(connectorWord)) return -1;
  const k = scan.skip(connector + 1);
  const end = bareTwelveHour(scan, k);
  if (end === undefined || end >= start) return -1;
  // "9 – 5:30": minutes after the end.
  const written = minutesAfterHour(scan, k);
  const last = written?.end ?? k + 1;
  const minutes = written === undefined ? 0 : written.minutes <= 59 ? written.minutes : -1;
  // "9 to 5 pm" is read with its am/pm; "8 to 4 hours" and "8 to 4 people" are no hours.
  const next = scan.word(scan.skip(last));
  if (minutes < 0 || (next !== undefined && !ranges.wordsAfter.has(next) && !scan.pack.weekdays.has(next) && !scan.pack.recurringWeekdays.has(next) && !scan.pack.weekdayAbbreviations.has(next))) return -1;
  addTime(scan, i, i + 1, start, 0);
  addTime(scan, k, last, end + 12, minutes);
  return last;
}

/** An hour from 1 to 12 at i, in digits or in words ("nine"). */
function bareTwelveHour(scan: Scan, i: number): number | undefined {
  const digits = hourValue(scan.num(i), 12);
  const hours = digits ?? scan.pack.relativeHourWords.get(scan.word(i) ?? '');
  return hours !== undefined && hours >= 1 ? hours : undefined;
}

/** "17 год.", "5 o'clock", "17 h". */
export function matchHourWordTime(scan: Scan, i: number): number {
  const military = matchFourDigitTime(scan, i);
  if (military !== -1) return military;
  const hours = hourValue(scan.num(i));
  if (hours === undefined) return -1;
  const j = scan.skip(i + 1);
  const word = scan.word(j);
  if (word === undefined || !scan.pack.hourWords.has(word)) return matchHourRangeStart(scan, i, hours, j);
  // "trwa 2 godz.", "2 год 30 хв", "2 hrs" count hours: a clock time needs "o"/"о"/"at" or a label before it, or an afternoon hour.
  // The end of a range of counted hours ("od 2 do 3 godz.") counts hours too, though "do" may mark a time.
  const marked = isMarker(scan.word(scan.back(i)), scan) && !followsFact(scan, i, 'number');
  if (scan.pack.durationHourWords.has(word) && hours < 13 && !marked) return -1;
  // "czynne 24 h", "24 год на добу": the whole day, never the time 00:00.
  if (scan.pack.durationHourWords.has(word) && hours === 24) return -1;
  const end = scan.afterAbbreviation(j);
  // "17h30": minutes straight after the hour word.
  const glued = end === j + 1 && scan.adjacent(j) && scan.num(j + 1)?.length === 2 ? hourValue(scan.num(j + 1), 59) : undefined;
  if (glued !== undefined && !scan.tokens.isWord(j + 2)) {
    addTime(scan, i, j + 2, hours, glued);
    return j + 2;
  }
  // "о 17 год. 30 хв.", "17 godz. 30 min": the minutes in words after the hour.
  const minutesAt = scan.skip(end);
  const minutes = hourValue(scan.num(minutesAt), 59);
  const minuteWordAt = scan.skip(minutesAt + 1);
  if (minutes !== undefined && minuteWordAt > minutesAt + 1 && scan.pack.minuteWords.has(scan.word(minuteWordAt) ?? '')) {
    const after = scan.afterAbbreviation(minuteWordAt);
    addTime(scan, i, after, hours, minutes);
    return after;
  }
  // "5 o'clock in the afternoon", "о 8 годині вечора"
  const period = scan.isSpace(end) ? readDayPeriod(scan, end + 1) : undefined;
  const inPeriod = period ? hourInPeriod(hours, period.period) : undefined;
  if (period && inPeriod !== undefined) {
    addTime(scan, i, period.end, inPeriod, 0);
    return period.end;
  }
  addTime(scan, i, end, hours, 0);
  return end;
}

/**
 * Hours and minutes as four digits before an hour word: "1700 hrs", "0930 h",
 * and after a time preposition "at 1700 hours" (not "1000 hours of volunteering").
 */
function matchFourDigitTime(scan: Scan, i: number): number {
  const text = scan.num(i);
  if (text?.length !== 4) return -1;
  const hours = hourValue(text.slice(0, 2));
  const minutes = hourValue(text.slice(2), 59);
  const j = scan.skip(i + 1);
  const word = scan.word(j);
  if (hours === undefined || minutes === undefined || j === i + 1 || word === undefined) return -1;
  const hourWord = scan.pack.hourWords.has(word) || (isMarker(scan.word(scan.back(i)), scan) && scan.pack.hourStems.some((stem) => word.startsWith(stem)));
  if (!hourWord) return -1;
  const end = scan.afterAbbreviation(j);
  addTime(scan, i, end, hours, minutes);
  return end;
}

/**
 * "з 8 до 16 год.", "od 8 do 16 godz.": one hour word after both ends of a
 * range makes the first a time too (the second is read when the scan gets
 * there). Not for durations ("od 2 do 3 godz.").
 */
function matchHourRangeStart(scan: Scan, i: number, hours: number, connector: number): number {
  if (!scan.isRangeConnector(connector)) return -1;
  const second = scan.skip(connector + 1);
  const secondHours = hourValue(scan.num(second));
  const wordAt = scan.skip(second + 1);
  const word = scan.word(wordAt);
  if (secondHours === undefined || secondHours <= hours || word === undefined || !scan.pack.hourWords.has(word)) return -1;
  // Small hours may be a duration ("od 2 do 3 godz.") unless "godz." stands before them too.
  if (scan.pack.durationHourWords.has(word) && secondHours < 13 && !scan.pack.strongTimeMarkers.has(scan.word(scan.back(i)) ?? '')) return -1;
  // "з 8 до 10 год. вечора": the period may move both ends; left to the bare-hours reading.
  const end = scan.afterAbbreviation(wordAt);
  if (scan.isSpace(end) && readDayPeriod(scan, end + 1)) return -1;
  addTime(scan, i, i + 1, hours, 0);
  return i + 1;
}

/**
 * An hour in words before "o'clock" ("at ten o'clock", "seven o'clock in the
 * evening") or, after a time preposition, before a part of the day ("at
 * seven in the evening", "until one in the morning").
 */
export function matchWordOClock(scan: Scan, i: number): number {
  const hours = scan.pack.relativeHourWords.get(scan.word(i) ?? '');
  if (hours === undefined || !scan.isSpace(i + 1)) return -1;
  const word = scan.word(i + 2);
  if (word === undefined || !scan.pack.hourWords.has(word) || scan.pack.durationHourWords.has(word)) {
    if (!isMarker(scan.word(scan.back(i)), scan)) return -1;
    const spoken = hourWithPeriodAfter(scan, hours, i + 1);
    if (!spoken.withPeriod || spoken.hours === undefined) return -1;
    addTime(scan, i, spoken.end, spoken.hours, 0);
    return spoken.end;
  }
  const hour = hourWithPeriodAfter(scan, hours, i + 3);
  if (hour.hours === undefined) return -1;
  addTime(scan, i, hour.end, hour.hours, 0);
  return hour.end;
}

/** "godz. 17", "w godzinach 9–14", "o godz. 17 do 19": a bare hour after a strong time word. */
export function matchMarkedHour(scan: Scan, i: number): number {
  const word = scan.word(i);
  if (word === undefined || !scan.pack.strongTimeMarkers.has(word)) return -1;
  let j = i + 1;
  if (scan.punct(j) === '.' && scan.adjacent(i)) j++;
  j = scan.skip(j);
  // "w godz. od 9 do 17"
  if (scan.pack.weakTimeMarkers.has(scan.word(j) ?? '')) j = scan.skip(j + 1);
  const hours = hourValue(scan.num(j));
  // "godz. 17:00" and "godz. 17⁰⁰" are read by the clock-time matcher; here only bare hours.
  if (hours === undefined || ((scan.punct(j + 1) === ':' || scan.punct(j + 1) === '.') && scan.num(j + 2) !== undefined && scan.adjacent(j))) return -1;
  if (superscriptMinutes(scan, j + 1) !== undefined) return -1;
  addTime(scan, j, j + 1, hours, 0);
  let end = j + 1;
  const connector = scan.skip(end);
  if (scan.isRangeConnector(connector)) {
    const k = scan.skip(connector + 1);
    const endHours = hourValue(scan.num(k));
    if (endHours !== undefined && !(scan.punct(k + 1) === ':' && scan.adjacent(k))) {
      addTime(scan, k, k + 1, endHours, 0);
      end = k + 1;
    }
  }
  return end;
}

/** A part of the day starting at i ("rano", "in the evening", "після обіду"); returns it and the index after it. */
function readDayPeriod(scan: Scan, i: number): { period: DayPeriod; end: number } | undefined {
  const phrase = readPhrase(scan, i, scan.pack.dayPeriods);
  return phrase && { period: phrase.value, end: phrase.end };
}

/** The hour on the 24-hour clock: "7 wieczorem" is 19, "11 w nocy" 23, "2 ночі" 2. */
function hourInPeriod(hours: number, period: DayPeriod): number | undefined {
  if (period === 'am') return hours <= 12 ? hours % 12 : undefined;
  if (period === 'pm') return hours < 12 ? hours + 12 : hours;
  return hours >= 6 && hours <= 12 ? (hours + 12) % 24 : hours;
}

/**
 * An hour said in words, ending at `end`, and the part of the day that may
 * follow it ("o piątej po południu" is 17): the hour on the 24-hour clock
 * (undefined when it does not fit that part of the day) and the index after.
 */
function hourWithPeriodAfter(scan: Scan, hours: number, end: number): { hours: number | undefined; end: number; withPeriod: boolean } {
  const period = scan.isSpace(end) ? readDayPeriod(scan, end + 1) : undefined;
  return period ? { hours: hourInPeriod(hours, period.period), end: period.end, withPeriod: true } : { hours, end, withPeriod: false };
}

/** A bare hour with an optional ordinal ending and hour word: "17-ej", "15-й годині"; returns its end. */
function readSpokenHour(scan: Scan, i: number): { hours: number; end: number; ordinal: boolean; marked: boolean } | undefined {
  const hours = hourValue(scan.num(i));
  if (hours === undefined) return undefined;
  let end = i + 1;
  let ordinal = false;
  const suffixes = scan.pack.hourOrdinalSuffixes;
  if (scan.adjacent(i)) {
    const dash = scan.punct(end);
    if ((dash === '-' || dash === '–') && scan.adjacent(end) && suffixes.has(scan.word(end + 1) ?? '')) [end, ordinal] = [end + 2, true];
    else if (suffixes.has(scan.word(end) ?? '')) [end, ordinal] = [end + 1, true];
  }
  let marked = false;
  const next = scan.skip(end);
  const word = scan.word(next);
  if (word !== undefined && (scan.pack.strongTimeMarkers.has(word) || scan.pack.hourWords.has(word))) {
    end = scan.afterAbbreviation(next);
    marked = true;
  }
  return { hours, end, ordinal, marked };
}

/**
 * Hours told the spoken way, after a time preposition: "o 7 rano",
 * "о 8-й ранку", "at 7 in the evening", "o 17-ej", "о 15-й годині",
 * "od 7 do 9 wieczorem".
 */
export function matchSpokenHour(scan: Scan, i: number): number {
  if (!isMarker(scan.word(scan.back(i)), scan)) return -1;
  const first = readSpokenHour(scan, i);
  if (!first) return -1;
  const period = scan.isSpace(first.end) ? readDayPeriod(scan, first.end + 1) : undefined;
  if (period) {
    const hours = hourInPeriod(first.hours, period.period);
    if (hours === undefined) return -1;
    addTime(scan, i, period.end, hours, 0);
    return period.end;
  }
  // The second end of a range, after a connector: "od 7 do 9 wieczorem", "між 9-ю та 11-ю годинами".
  const connector = scan.skip(first.end);
  const k = scan.isRangeConnector(connector) ? scan.skip(connector + 1) : -1;
  const second = k === -1 ? undefined : readSpokenHour(scan, k);
  // It carries the part of the day for both ends: "od 7 do 9 wieczorem".
  const secondPeriod = second && scan.isSpace(second.end) ? readDayPeriod(scan, second.end + 1) : undefined;
  if (second && secondPeriod) {
    const endHours = hourInPeriod(second.hours, secondPeriod.period);
    let startHours = hourInPeriod(first.hours, secondPeriod.period);
    if (endHours !== undefined && startHours !== undefined) {
      if (startHours > endHours) startHours = first.hours;
      addTime(scan, i, first.end, startHours, 0);
      addTime(scan, k, secondPeriod.end, endHours, 0);
      return secondPeriod.end;
    }
  }
  if (first.ordinal) {
    addTime(scan, i, first.end, first.hours, 0);
    // After an ordinal hour the second end needs no time word: "між 9-ю та 11-ю годинами".
    if (second && (second.ordinal || second.marked)) {
      addTime(scan, k, second.end, second.hours, 0);
      return second.end;
    }
    return first.end;
  }
  return -1;
}

/** True after a time preposition or hour word: "o piątej", "o godzinie piątej", "o godz. piątej". */
function afterTimeWord(scan: Scan, i: number): boolean {
  let before = scan.back(i);
  if (scan.punct(before) === '.' && scan.adjacent(before - 1)) before--;
  return isMarker(scan.word(before), scan);
}

/**
 * An hour said as an ordinal word after a time preposition: "o piątej",
 * "o piątej po południu", "о шостій вечора", "до сьомої". Alone, "pierwszej"
 * or "другої" mean first and second, so the preposition is required.
 */
export function matchOrdinalWordHour(scan: Scan, i: number): number {
  const word = scan.word(i);
  const hours = word === undefined ? undefined : scan.pack.hourOrdinalWords.get(word);
  if (hours === undefined || !afterTimeWord(scan, i)) return -1;
  // "o drugiej rano", "о шостій вечора"; a following noun makes it an ordinal ("o drugiej turze", "о першій зміні").
  let end = i + 1;
  const marker = scan.skip(end);
  if (scan.pack.strongTimeMarkers.has(scan.word(marker) ?? '')) end = marker + 1; // "о шостій годині"
  const hour = hourWithPeriodAfter(scan, hours, end);
  if (hour.hours === undefined) return -1;
  const next = scan.token(hour.withPeriod ? hour.end : scan.skip(end));
  if (!hour.withPeriod && end === i + 1 && next?.type === 'word' && !scan.pack.rangeWords.has(next.lower)) return -1;
  addTime(scan, i, hour.end, hour.hours, 0, !hour.withPeriod);
  return hour.end;
}

/**
 * An hour as an ordinal in the accusative, placed by the part of the day
 * after it: "na pierwszą w nocy", "на першу годину ночі" (1:00). Without the
 * part of the day it is the first of something, and no time.
 */
export function matchAccusativeHour(scan: Scan, i: number): number {
  const accusative = scan.pack.accusativeHours;
  const hours = accusative?.words.get(scan.word(i) ?? '');
  if (!accusative || hours === undefined || !accusative.prepositions.has(scan.word(scan.back(i)) ?? '')) return -1;
  let end = i + 1;
  const noun = scan.skip(end);
  if (accusative.nouns.has(scan.word(noun) ?? '')) end = noun + 1;
  const hour = hourWithPeriodAfter(scan, hours, end);
  if (!hour.withPeriod || hour.hours === undefined) return -1;
  addTime(scan, i, hour.end, hour.hours, 0);
  return hour.end;
}

/**
 * An hour told relative to a full hour: "wpół do szóstej" (5:30),
 * "kwadrans po piątej" (5:15), "о пів на шосту вечора" (17:30),
 * "half past five" (5:30), "quarter to 6 in the evening" (17:45).
 */
export function matchRelativeHour(scan: Scan, i: number): number {
  const phrase = readPhrase(scan, i, scan.pack.relativeHourPhrases);
  if (!phrase || !scan.isSpace(phrase.end)) return -1;
  const at = phrase.end + 1;
  const hours = scan.pack.relativeHourWords.get(scan.word(at) ?? '') ?? hourValue(scan.num(at), 12);
  if (hours === undefined) return -1;
  let end = at + 1;
  let hour24: number | undefined = hours;
  const period = scan.isSpace(end) ? readDayPeriod(scan, end + 1) : undefined;
  const meridiem = scan.isSpace(end) ? readMeridiem(scan, end + 1) : readMeridiem(scan, end);
  if (period) [hour24, end] = [hourInPeriod(hours, period.period), period.end];
  else if (meridiem) [hour24, end] = [to24(hours, meridiem.pm), meridiem.end];
  if (hour24 === undefined) return -1;
  // A phrase of one word ("half six", British for 6:30) could be other words: a time preposition or a part of the day must vouch for it.
  if (phrase.end === i + 1 && !period && !meridiem && !afterTimeWord(scan, i)) return -1;
  const minutes = (((hour24 * 60 + phrase.value) % 1440) + 1440) % 1440;
  addTime(scan, i, end, Math.floor(minutes / 60), minutes % 60, !period && !meridiem);
  return end;
}

/** "noon", "midnight", "w południe", "o północy", "опівдні". */
export function matchNamedTime(scan: Scan, i: number): number {
  const word = scan.word(i);
  const named = word === undefined ? undefined : scan.pack.namedTimes.get(word);
  if (!named) return -1;
  if (named.needsPreposition) {
    const before = scan.word(scan.back(i));
    if (before === undefined || !scan.pack.namedTimePrepositions.has(before)) return -1;
  }
  return addNamedTime(scan, named.time, i, i + 1);
}

function addNamedTime(scan: Scan, time: string, from: number, to: number): number {
  scan.add({ kind: 'time', key: time, label: time === '12:00' ? 'noon (12:00)' : 'midnight (00:00)', from, to });
  return to;
}

/** "12 noon", "12 midnight": the number says the same as the word, and is one time with it, not a number of its own. */
export function matchTwelveNamedTime(scan: Scan, i: number): number {
  if (scan.num(i) !== '12') return -1;
  const next = scan.skip(i + 1);
  if (next === i + 1) return -1;
  const word = scan.word(next);
  const named = word === undefined ? undefined : scan.pack.namedTimes.get(word);
  return named ? addNamedTime(scan, named.time, i, next + 1) : -1;
}
