import { isCapitalised, readPhrase, type Scan } from './scan.ts';

export interface ReadNumber {
  /** Normalised decimal value, e.g. "84512", "12.5". */
  value: string;
  end: number;
}

/**
 * Reads a number as the language groups and separates it: "84 512" and
 * "12,5" in Polish and Ukrainian, "84,512" and "12.5" in English.
 */
export function readNumber(scan: Scan, i: number): ReadNumber | undefined {
  // Several matchers read the number at the same token in turn; read it once.
  if (scan.numberAt === i) return scan.numberRead;
  const number = readNumberUncached(scan, i);
  scan.numberAt = i;
  scan.numberRead = number;
  return number;
}

function readNumberUncached(scan: Scan, i: number): ReadNumber | undefined {
  const first = scan.num(i);
  if (first === undefined) return undefined;
  const { thousandsSeparators, decimalSeparator } = scan.pack;
  let digits = first;
  let end = i + 1;
  // In a run of digit groups ("12 19 115") the groups are not thousands: every language reads them one by one.
  const inRun = scan.raw(i - 1) === ' ' && scan.num(i - 2) !== undefined;
  if (first.length <= 3 && !inRun) {
    // Thousands groups: a separator of one character, then exactly three digits.
    for (;;) {
      const sep = scan.raw(end);
      const group = scan.num(end + 1);
      if (sep?.length !== 1 || !thousandsSeparators.includes(sep) || group?.length !== 3) break;
      // "1,234,5" or "12 616 75 55" are not grouped numbers.
      if (scan.tokens.isNum(end + 2)) break;
      digits += group;
      end += 2;
    }
  }
  let value = withoutLeadingZeros(digits);
  const sep = scan.punct(end);
  const fraction = scan.num(end + 1);
  // "7.01 km" in a language of the decimal comma: a decimal point before a unit, as in the English it was copied from.
  const pointBeforeUnit = sep === '.' && decimalSeparator === ',' && fraction !== undefined && fraction.length <= 2 && beforeUnit(scan, end + 2);
  if ((sep === decimalSeparator || pointBeforeUnit) && fraction !== undefined && scan.adjacent(end - 1) && scan.adjacent(end) && !(scan.tokens.isPunct(end + 2) && scan.num(end + 3) !== undefined && scan.adjacent(end + 1))) {
    let last = fraction.length;
    while (last > 0 && fraction.charCodeAt(last - 1) === 0x30) last--;
    if (last > 0) value += `.${fraction.slice(0, last)}`;
    end += 2;
  }
  // "2 mln", "1,5 tys.", "2.5 million", "300 тис.": the value in units.
  const scaleAt = scan.skip(end);
  const scaleWord = scan.word(scaleAt);
  const exponent = scaleWord === undefined ? undefined : scan.pack.scaleWords.get(scaleWord);
  if (exponent !== undefined && (scaleAt === end || !(scan.raw(end)?.includes('\n') ?? true))) {
    value = scaled(value, exponent);
    end = scan.afterAbbreviation(scaleAt);
  }
  return { value, end };
}

/** "007" → "7", "0" stays "0" (read for every number, so without a regular expression). */
function withoutLeadingZeros(digits: string): string {
  let first = 0;
  while (first < digits.length - 1 && digits.charCodeAt(first) === 0x30) first++;
  return first === 0 ? digits : digits.slice(first);
}

/** Units written after a measure in every language: "km", "kg", "л", "га". */
const MEASURE_UNITS: ReadonlySet<string> = new Set(['km', 'm', 'cm', 'mm', 'kg', 'g', 't', 'l', 'ml', 'ha', 'kw', 'kwh', 'mw', 'gb', 'mb', 'км', 'м', 'см', 'мм', 'кг', 'г', 'т', 'л', 'мл', 'га', 'квт']);

/** Whether a unit, a currency or a per cent sign follows the token at i (after one space at most). */
export function beforeUnit(scan: Scan, i: number): boolean {
  const at = scan.skip(i);
  if (at - i > 1) return false;
  const word = scan.tokens.lower(at);
  return word !== undefined && (MEASURE_UNITS.has(word) || scan.pack.currencies.has(word) || scan.pack.percentWords.has(word));
}

/** Moves the decimal point: scaled("2.5", 6) is "2500000". Exact, unlike floating point. */
export function scaled(value: string, exponent: number): string {
  const [whole = '', fraction = ''] = value.split('.');
  const digits = (whole + fraction.padEnd(exponent, '0')).replace(/^0+(?=\d)/, '');
  const point = whole.length + exponent;
  const result = fraction.length > exponent ? `${digits.slice(0, point)}.${digits.slice(point)}` : digits;
  return result.replace(/^0+(?=\d)/, '');
}

/** Formats a normalised value for English messages ("84512" → "84,512"). */
export function formatNumber(value: string): string {
  if (value.length <= 3) return value;
  const [whole = '', fraction] = value.split('.');
  // Grouped from the right in one pass (a look-ahead regex would be quadratic on long digit runs).
  let grouped = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += ',';
    grouped += whole[i];
  }
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** Digit runs longer than this are serial numbers or noise, not facts a reader compares. */
export const MAX_DIGITS = 15;

/** True when the number at i is glued to letters, as in a code ("COVID-19", "A4", "5G"). */
export function isPartOfCode(scan: Scan, i: number): boolean {
  // Tokens are contiguous: the one before touches this one unless it is a space.
  if (scan.word(i - 1) !== undefined) return true;
  const joiner = scan.punct(i - 1);
  if ((joiner === '-' || joiner === '/' || joiner === '_') && scan.word(i - 2) !== undefined) return true;
  const next = scan.word(i + 1);
  // "a 5K run", "10K": kilometres, as "bieg na 5 km" writes them.
  return next !== undefined && !scan.pack.ordinalSuffixes.has(next) && !(next === 'k' && !scan.tokens.isWord(i + 2) && !scan.tokens.isNum(i + 2)) && !isGluedUnit(scan, i + 1);
}

/** A unit an editor glued to its number: "10min", "2godz", "5km", "20zł", "18lat". */
function isGluedUnit(scan: Scan, at: number): boolean {
  const word = scan.word(at) ?? '';
  // Units are written in small letters: "5G" and "4K" are names.
  if (scan.raw(at) !== word && scan.raw(at)?.toLowerCase() !== scan.raw(at)) return false;
  return timeUnit(scan, word) !== undefined || MEASURE_UNITS.has(word) || scan.pack.currencies.has(word) || scan.pack.yearsOfAge.has(word);
}

/** Reads an ordinal suffix after a number ("1st", "2-й", "2-му"); returns the index after it. */
export function skipOrdinalSuffix(scan: Scan, end: number): number {
  const word = scan.word(end);
  if (word !== undefined && scan.adjacent(end - 1) && scan.pack.ordinalSuffixes.has(word)) return end + 1;
  const dash = scan.punct(end);
  if ((dash === '-' || dash === '–') && scan.adjacent(end - 1) && scan.adjacent(end)) {
    const suffix = scan.word(end + 1);
    if (suffix !== undefined && scan.pack.ordinalSuffixes.has(suffix)) return end + 2;
  }
  return end;
}

/** A full stop at i that makes the number before it an ordinal: a small letter follows, so no sentence ends ("2. edycja"). */
function isOrdinalFullStop(scan: Scan, i: number): boolean {
  if (scan.punct(i) !== '.' || !scan.adjacent(i - 1) || scan.raw(i + 1) !== ' ') return false;
  const next = scan.raw(i + 2);
  return next !== undefined && scan.word(i + 2) !== undefined && !isCapitalised(next);
}

/** The word joined to token i by a hyphen ("50-procentowa", "24-hour", "90-minute"), or undefined. */
function wordAfterHyphen(scan: Scan, i: number): string | undefined {
  return scan.punct(i + 1) === '-' && scan.adjacent(i) && scan.adjacent(i + 1) ? scan.word(i + 2) : undefined;
}

/** Whether a hyphen then a word starting with one of `stems` follow token i: "50-procentowa", "24-hour". */
function hyphenatedAdjective(scan: Scan, i: number, stems: readonly string[]): boolean {
  const adjective = wordAfterHyphen(scan, i);
  return adjective !== undefined && stems.some((stem) => adjective.startsWith(stem));
}

function addPercent(scan: Scan, value: string, from: number, to: number): number {
  scan.add({ kind: 'number', key: `${value}%`, label: `${formatNumber(value)}%`, from, to });
  return to;
}

/**
 * "24/7" and "24-hour" say "always", as "całą dobę" and "цілодобово" do: no
 * date, no numbers to compare.
 */
export function matchAroundTheClock(scan: Scan, i: number): number {
  const text = scan.num(i);
  const always = text === '7' || text === '24' ? everyDayPhraseEnd(scan, Number(text), i) : -1;
  if (always !== -1) {
    scan.claim(i, always);
    return always;
  }
  if (text !== '24' || !scan.adjacent(i) || !scan.adjacent(i + 1)) return -1;
  if (hyphenatedAdjective(scan, i, scan.pack.hourStems)) {
    scan.claim(i, i + 3);
    return i + 3;
  }
  if (scan.punct(i + 1) !== '/' || scan.num(i + 2) !== '7') return -1;
  if (scan.tokens.isNum(i + 4) && scan.adjacent(i + 2)) return -1; // "24/7/2024" is a date
  scan.claim(i, i + 3);
  return i + 3;
}

/**
 * "24 h", "24 hours (a day)", "24 godziny (na dobę)", "24 години (на добу)":
 * the end of the phrase, or -1. Read as "always", like "całą dobę", which has
 * no number: a language that writes 24 would otherwise state a number the
 * others do not. (A 24 changed to 48 in one language still shows as its 48.)
 */
function hoursPerDay(scan: Scan, i: number): number {
  if (!scan.isSpace(i + 1)) return -1;
  const at = i + 2;
  const unit = scan.word(at);
  if (timeUnit(scan, unit) !== 60) return -1;
  // "o 24 godz.", "до 24 год.": the hour of midnight, not a duration ("up to 24 hours", "do 24 godzin" are one).
  const before = scan.word(scan.back(i));
  if (before !== undefined && scan.pack.hourWords.has(unit ?? '') && (scan.pack.weakTimeMarkers.has(before) || scan.pack.strongTimeMarkers.has(before))) return -1;
  const end = scan.afterAbbreviation(at);
  // "a day", "per day", "na dobę", "на добу": at most one short word before the day.
  let k = scan.skip(end);
  const between = scan.word(k);
  if (between !== undefined && between.length <= 3 && !scan.pack.dayWords.has(between)) k = scan.skip(k + 1);
  return scan.pack.dayWords.has(scan.word(k) ?? '') ? k + 1 : end;
}

/** Where "24 hours a day" or "7 days a week" ends, after the number `value` ending at token i, in digits or words; else -1. */
function everyDayPhraseEnd(scan: Scan, value: number, i: number): number {
  return value === 24 ? hoursPerDay(scan, i) : value === 7 ? daysPerWeek(scan, i) : -1;
}

/** "7 days a week", "7 dni w tygodniu", "сім днів на тиждень" (the number ending at i): the end of the phrase, or -1. */
function daysPerWeek(scan: Scan, i: number): number {
  const { days, weeks } = scan.pack.daysAWeek;
  if (!scan.isSpace(i + 1) || !days.has(scan.word(i + 2) ?? '')) return -1;
  // "a week", "w tygodniu", "на тиждень": one short word before the week.
  let k = scan.skip(i + 3);
  const between = scan.word(k);
  if (between !== undefined && between.length <= 3 && !weeks.has(between)) k = scan.skip(k + 1);
  return weeks.has(scan.word(k) ?? '') ? k + 1 : -1;
}

/** Any number not read as something more specific: counts, ages, line numbers, percentages. */
export function matchNumber(scan: Scan, i: number): number {
  if (isPartOfCode(scan, i) || (scan.num(i)?.length ?? 0) > MAX_DIGITS) {
    scan.claim(i, i + 1);
    return i + 1;
  }
  const identifier = matchHyphenatedIdentifier(scan, i);
  if (identifier !== -1) return identifier;
  const number = readNumber(scan, i);
  if (!number) return -1;
  let end = skipOrdinalSuffix(scan, number.end);
  if (end === number.end && scan.pack.ordinalFullStop && isOrdinalFullStop(scan, end)) end++;
  if (end > number.end) {
    // Ordinals ("2nd", "2-й", "2. edycja", "od 45. roku życia") are as often written as words ("drugie",
    // "second"): they count where another language gives the number, and in its place.
    scan.add({ kind: 'number', key: number.value, label: formatNumber(number.value), from: i, to: end, ordinal: true });
    return end;
  }
  // "50-procentowa zniżka", "50-відсоткова знижка", "a 50-percent discount"
  if (hyphenatedAdjective(scan, end - 1, scan.pack.percentStems)) return addPercent(scan, number.value, i, end + 2);
  // "12%", "12 %" (a space before the sign is the rule in Polish and Ukrainian), "12 procent", "12 відсотків", "12 per cent"
  const after = scan.skip(end);
  const percent = scan.tokens.lower(after);
  const sameLine = after === end || !(scan.raw(end)?.includes('\n') ?? false);
  const perCent = percent === 'per' && scan.word(scan.skip(after + 1)) === 'cent' ? scan.skip(after + 1) + 1 : -1;
  if (percent !== undefined && sameLine && (scan.pack.percentWords.has(percent) || perCent !== -1)) {
    return addPercent(scan, number.value, i, perCent !== -1 ? perCent : after + 1);
  }
  const duration = durationAfter(scan, Number(number.value), end);
  if (duration) return addDuration(scan, duration.minutes, i, duration.end);
  scan.add({ kind: 'number', key: number.value, label: formatNumber(number.value), from: i, to: end });
  return end;
}

const MIN_IDENTIFIER_GROUPS = 3;
const MAX_IDENTIFIER_GROUPS = 8;

/**
 * Digit groups joined by hyphens, three or more ("NIP 676-101-37-17", a case
 * number "2025-12-0044"): one identifier, compared whole, so a changed group
 * is reported as the identifier it belongs to. Two groups are a range or a
 * house number ("10-12", "3-4") and are read elsewhere.
 */
function matchHyphenatedIdentifier(scan: Scan, i: number): number {
  const { groups, end } = gluedGroups(scan, i, HYPHEN, false);
  if (groups < MIN_IDENTIFIER_GROUPS || scan.punct(end) === '-' || scan.tokens.isWord(end)) return -1;
  const written = scan.slice(i, end);
  scan.add({ kind: 'number', key: `id:${written.replace(/-/g, '')}`, label: written, from: i, to: end });
  return end;
}

const HYPHEN: ReadonlySet<string> = new Set(['-']);
const CODE_JOINERS: ReadonlySet<string> = new Set(['/', '-', '.']);
const MAX_CODE_LETTERS = 6;

/**
 * The groups glued to token i by one of `joiners`, each a number or, with
 * `letters`, a word of capitals: how many there are (token i included), how
 * many are numbers after the first, and where they end.
 */
function gluedGroups(scan: Scan, i: number, joiners: ReadonlySet<string>, letters: boolean): { groups: number; numbers: number; end: number } {
  let groups = 1;
  let numbers = 0;
  let end = i + 1;
  while (groups < MAX_IDENTIFIER_GROUPS && joiners.has(scan.punct(end) ?? '') && scan.adjacent(end - 1) && scan.adjacent(end)) {
    const isNumber = scan.num(end + 1) !== undefined;
    if (!isNumber && !(letters && isCodeLetters(scan, end + 1))) break;
    if (isNumber) numbers++;
    groups++;
    end += 2;
  }
  return { groups, numbers, end };
}

/** A word of capitals (or a Roman numeral) that can open a code: "XII", "WS", "PL". */
function isCodeLetters(scan: Scan, k: number): boolean {
  const raw = scan.tokens.isWord(k) ? scan.raw(k) : undefined;
  return raw !== undefined && raw.length <= MAX_CODE_LETTERS && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

/** Whether word i opens a code such as "XII/345/25": capitals glued by a joiner to a number. */
export function opensCode(scan: Scan, i: number): boolean {
  return CODE_JOINERS.has(scan.punct(i + 1) ?? '') && scan.adjacent(i) && scan.adjacent(i + 1) && scan.num(i + 2) !== undefined && isCodeLetters(scan, i);
}

/**
 * A reference number that starts with capitals, its groups glued by "/", "-"
 * or ".", three groups or more of which two are numbers: a resolution "nr
 * XII/345/25", a file mark "WS-01.6220.5.2024". One identifier, compared
 * whole, as every translation copies it.
 */
export function matchLetteredIdentifier(scan: Scan, i: number): number {
  if (!opensCode(scan, i)) return -1;
  const { groups, numbers, end } = gluedGroups(scan, i, CODE_JOINERS, true);
  // A full stop after the last group ends the sentence; a letter or digit glued on is another code.
  if (groups < MIN_IDENTIFIER_GROUPS || numbers < 2 || scan.tokens.isWord(end) || scan.tokens.isNum(end)) return -1;
  const written = scan.slice(i, end);
  scan.add({ kind: 'number', key: `id:${written}`, label: written, from: i, to: end });
  return end;
}

const MINUTES_A_DAY = 24 * 60;

/**
 * The minutes in a unit of time: hours ("hours", "godz", "години"), minutes
 * ("minutes", "min", "хвилин"), days and weeks ("dni", "weeks", "тижнів",
 * "14-денний"); undefined for any other word.
 */
function timeUnit(scan: Scan, word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const { pack } = scan;
  if (pack.durationHourWords.has(word) || pack.hourStems.some((stem) => word.startsWith(stem))) return 60;
  if (pack.minuteWords.has(word) || pack.minuteStems.some((stem) => word.startsWith(stem))) return 1;
  const days = pack.dayUnits.words.get(word) ?? pack.dayUnits.stems.find(([stem]) => word.startsWith(stem))?.[1];
  return days === undefined ? undefined : days * MINUTES_A_DAY;
}

/**
 * A number of hours or minutes ("2 godziny", "90 minutes", "a 90-minute
 * workshop", "півтори години"), read as minutes: translators write "1,5
 * godziny" as "90 minutes" as often as "1.5 hours". Returns the minutes and
 * where the unit ends.
 */
function durationAfter(scan: Scan, value: number, end: number): { minutes: number; end: number } | undefined {
  if (!Number.isFinite(value)) return undefined;
  // "a 90-minute workshop", "2-godzinne zajęcia", "90-хвилинний"
  const adjective = wordAfterHyphen(scan, end - 1);
  if (adjective !== undefined) {
    const unit = timeUnit(scan, adjective);
    return unit ? { minutes: value * unit, end: end + 2 } : undefined;
  }
  let at = scan.skip(end);
  // "10min", "2godz": a unit glued to the number.
  const glued = at === end && scan.tokens.isWord(end) && timeUnit(scan, scan.word(end)) !== undefined;
  if ((at === end && !glued) || scan.raw(end)?.includes('\n')) return undefined;
  // "14 working days", "14 робочих днів": one word may qualify days.
  if (scan.pack.dayUnitQualifiers.has(scan.word(at) ?? '') && scan.isSpace(at + 1) && (timeUnit(scan, scan.word(at + 2)) ?? 0) >= MINUTES_A_DAY) at += 2;
  const word = scan.word(at);
  const unit = timeUnit(scan, word);
  if (!unit) return undefined;
  // The full stop of "godz." and "min." belongs to the unit; the one after "hours." ends a sentence.
  // Units of days are whole words ("dni", "діб"): a full stop after them ends the sentence.
  const unitEnd = unit >= MINUTES_A_DAY ? at + 1 : scan.afterAbbreviation(at);
  return unit === 60 ? withMinutesAfter(scan, value * 60, unitEnd) : { minutes: value * unit, end: unitEnd };
}

/** "3 godz. 30 min", "3 hours 30 minutes", "3 год 30 хв": the minutes after the hours belong to one duration. */
function withMinutesAfter(scan: Scan, minutes: number, end: number): { minutes: number; end: number } {
  const at = scan.skip(end);
  const extra = at > end ? scan.num(at) : undefined;
  const unitAt = scan.skip(at + 1);
  if (extra === undefined || extra.length > 2 || Number(extra) > 59 || unitAt === at + 1 || timeUnit(scan, scan.word(unitAt)) !== 1) return { minutes, end };
  return { minutes: minutes + Number(extra), end: scan.afterAbbreviation(unitAt) };
}

/**
 * A duration as minutes, or when it is whole days as the number of days,
 * which is what "14 dni", "14 days" and "14 днів" give as plain counts too:
 * "two weeks" = "14 dni" = "14", as "3 open days" = "3 dni otwarte" = "3".
 */
function addDuration(scan: Scan, minutes: number, from: number, to: number): number {
  if (minutes >= MINUTES_A_DAY && minutes % MINUTES_A_DAY === 0) {
    const days = String(minutes / MINUTES_A_DAY);
    scan.add({ kind: 'number', key: days, label: `${formatNumber(days)} day${days === '1' ? '' : 's'}`, from, to });
    return to;
  }
  const rounded = String(Math.round(minutes * 100) / 100);
  scan.add({ kind: 'number', key: `${rounded} min`, label: `${formatNumber(rounded)} minutes`, from, to });
  return to;
}

/** A share said in words: "half price", "pół ceny", "півціни" (50%). */
export function matchPercentPhrase(scan: Scan, i: number): number {
  const phrase = readPhrase(scan, i, scan.pack.percentPhrases);
  return phrase ? addPercent(scan, String(phrase.value), i, phrase.end) : -1;
}

/** A duration said in words: "pół godziny", "half an hour", "півгодини" (30 minutes), "kwadrans" (15). */
export function matchDurationPhrase(scan: Scan, i: number): number {
  const phrase = readPhrase(scan, i, scan.pack.durationPhrases);
  return phrase ? addDuration(scan, phrase.value, i, phrase.end) : -1;
}

/** "every other week", "co drugi tydzień", "кожного другого тижня": the number of "every two weeks". */
export function matchEveryOther(scan: Scan, i: number): number {
  const { everyOther } = scan.pack;
  const phrase = readPhrase(scan, i, everyOther.phrases);
  if (!phrase || !scan.isSpace(phrase.end) || !everyOther.units.has(scan.word(phrase.end + 1) ?? '')) return -1;
  // "every other week" = "co dwa tygodnie": 14 days; months and years have no fixed length, and stay a count.
  const unit = timeUnit(scan, scan.word(phrase.end + 1));
  if (unit !== undefined && unit >= MINUTES_A_DAY) return addDuration(scan, phrase.value * unit, i, phrase.end + 2);
  const value = String(phrase.value);
  scan.add({ kind: 'number', key: value, label: value, from: i, to: phrase.end + 2 });
  return phrase.end + 2;
}

/** Small numbers written as words ("two", "dwie", "три", "półtorej", "one and a half"). */
export function matchNumberWord(scan: Scan, i: number): number {
  const phrase = readPhrase(scan, i, scan.pack.numberPhrases);
  if (phrase) {
    // "an hour and a half": the unit is inside the phrase.
    let inside: number | undefined;
    for (let k = i; k < phrase.end && inside === undefined; k++) inside = timeUnit(scan, scan.word(k));
    const duration = inside ? { minutes: phrase.value * inside, end: phrase.end } : durationAfter(scan, phrase.value, phrase.end);
    if (duration) return addDuration(scan, duration.minutes, i, duration.end);
    scan.add({ kind: 'number', key: String(phrase.value), label: String(phrase.value), from: i, to: phrase.end });
    return phrase.end;
  }
  const word = scan.word(i);
  // "round one", "item two": a number that numbers, as "I runda" does, even a one (the words of the clock's hours).
  const numbering = word === undefined || !scan.pack.singleRomanAfter?.has(scan.word(scan.back(i)) ?? '') ? undefined : scan.pack.relativeHourWords.get(word);
  if (numbering !== undefined && !scan.tokens.isNum(scan.skip(i + 1))) {
    scan.add({ kind: 'number', key: String(numbering), label: String(numbering), from: i, to: i + 1, ordinal: true });
    return i + 1;
  }
  const first = word === undefined ? undefined : scan.pack.numberWords.get(word);
  if (first === undefined) return -1;
  const { value, end } = Number.isInteger(first) ? readNumberWords(scan, i + 1, first) : { value: first, end: i + 1 };
  // "a two-year term", "a three-day festival": Polish and Ukrainian write such words as one
  // ("dwuletnia", "дворічний"), which give no number, so the English gives none either
  // ("dwa-trzy razy", two numbers, is not such a word).
  if (scan.punct(end) === '-' && scan.adjacent(end - 1) && scan.adjacent(end) && scan.tokens.isWord(end + 1) && !scan.pack.numberWords.has(scan.word(end + 1) ?? '')) {
    // Except units of time, which they write as one word with a number ("dwudniowy", "дводенний"): "a two-day course".
    const unit = timeUnit(scan, scan.word(end + 1));
    if (unit !== undefined) return addDuration(scan, value * unit, i, end + 2);
    // Counted as an ordinal is: where the others give the number ("seven-round" beside "7 rund"), not alone.
    scan.add({ kind: 'number', key: String(value), label: String(value), from: i, to: end + 2, ordinal: true });
    return end + 2;
  }
  // "twenty-four hours a day", "dwadzieścia cztery godziny na dobę": always, as with digits.
  const always = everyDayPhraseEnd(scan, value, end - 1);
  if (always !== -1) {
    scan.claim(i, always);
    return always;
  }
  const duration = durationAfter(scan, value, end);
  if (duration) return addDuration(scan, duration.minutes, i, duration.end);
  scan.add({ kind: 'number', key: String(value), label: String(value), from: i, to: end });
  return end;
}

/**
 * The rest of a number said in several words, after its first word (worth
 * `first`): "twenty-five", "dwadzieścia pięć", "двісті п'ятдесят", "two
 * hundred", "trzy tysiące", "п'ять тисяч". Each word must fit below the one
 * before ("twenty five", not "twelve five" or "two three", which are two numbers).
 */
function readNumberWords(scan: Scan, i: number, first: number): { value: number; end: number } {
  let total = 0;
  let current = first;
  let last = first;
  let end = i;
  for (let words = 0; words < 6; words++) {
    const joined = scan.punct(end) === '-' && scan.adjacent(end - 1) && scan.adjacent(end);
    if (!joined && scan.raw(end) !== ' ') break;
    const k = end + 1;
    const word = scan.word(k);
    if (word === undefined) break;
    const exponent = scan.pack.scaleWords.get(word);
    if (exponent !== undefined && current > 0 && !joined) {
      total += current * 10 ** exponent;
      current = 0;
      last = 10 ** exponent;
      end = scan.afterAbbreviation(k);
      continue;
    }
    const value = scan.pack.numberWords.get(word);
    if (value === undefined || !Number.isInteger(value)) break;
    // "two hundred": a unit times a hundred.
    if (value === 100 && current === last && current >= 1 && current <= 9) {
      current *= 100;
      last = 100;
      end = k + 1;
      continue;
    }
    const room = last % 1000 === 0 ? 1000 : last % 100 === 0 ? 100 : last >= 20 && last % 10 === 0 ? 10 : 0;
    if (value >= room) break;
    current += value;
    last = value;
    end = k + 1;
  }
  return { value: total + current, end };
}

/** The pack's compound prefixes, longest first, and the first two letters any of them starts with. */
const compoundCache = new WeakMap<Scan['pack'], { prefixes: Array<[string, number]>; starts: Set<string> }>();

function compoundPrefixes(pack: Scan['pack']): { prefixes: Array<[string, number]>; starts: Set<string> } {
  let cached = compoundCache.get(pack);
  if (!cached) {
    const prefixes = [...pack.compoundNumbers.prefixes].sort((a, b) => b[0].length - a[0].length);
    cached = { prefixes, starts: new Set(prefixes.map(([prefix]) => prefix.slice(0, 2))) };
    compoundCache.set(pack, cached);
  }
  return cached;
}

/** Whether word i may open a compound number ("piętnastominutowy"): a cheap test for the scan's loop. */
export function mayBeCompoundNumber(scan: Scan, i: number): boolean {
  // Most words are short or the pack has no compounds: settled before the word is made.
  if (scan.tokens.end(i) - scan.tokens.start(i) <= 6 || scan.pack.compoundNumbers.prefixes.size === 0) return false;
  const word = scan.word(i);
  return word !== undefined && word.length > 6 && compoundPrefixes(scan.pack).starts.has(word.slice(0, 2));
}

/**
 * A number that opens a compound word: "piętnastominutowa przerwa" (15
 * minutes, as "a 15-minute break" and "15-хвилинна перерва" say it),
 * "dwudniowy kurs" (2 days), "trzykrotnie" (3), "дводенний".
 */
export function matchCompoundNumber(scan: Scan, i: number): number {
  if (!mayBeCompoundNumber(scan, i)) return -1;
  const word = scan.word(i) ?? '';
  for (const [prefix, value] of compoundPrefixes(scan.pack).prefixes) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 4) continue;
    const rest = word.slice(prefix.length);
    const unit = timeUnit(scan, rest);
    if (unit !== undefined) return addDuration(scan, value * unit, i, i + 1);
    if (scan.pack.compoundNumbers.countStems.some((stem) => rest.startsWith(stem))) {
      scan.add({ kind: 'number', key: String(value), label: formatNumber(String(value)), from: i, to: i + 1 });
      return i + 1;
    }
  }
  return -1;
}
