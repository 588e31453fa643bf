import { DASHES, isCapitalised, type Scan } from './scan.ts';
import { skipOrdinalSuffix } from './numbers.ts';

/**
 * Where to go: floors ("1 piętro", "I piętro", "parter", "1st floor",
 * "ground floor", "2-й поверх", "цокольний поверх"), rooms ("sala 204",
 * "room 204", "аудиторія 204"), buildings ("budynek A", "корпус А") and
 * addresses (postal code and house number: "ul. Zabłocie 20, 30-701").
 */

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;

/** Cyrillic letters that look like Roman numerals ("ІІ етап" typed with the Ukrainian І). */
const CYRILLIC_NUMERALS: Readonly<Record<string, string>> = { '\u0406': 'I', '\u0425': 'X' };

/** The value of a Roman numeral up to XXXIX, Latin or Cyrillic look-alike letters. */
export function romanValue(written: string): number | undefined {
  // Asked of every capital I, V and X: the Cyrillic look-alikes are replaced only where there are some.
  const text = /[\u0406\u0425]/.test(written) ? written.replace(/[\u0406\u0425]/g, (letter) => CYRILLIC_NUMERALS[letter] ?? letter) : written;
  if (!text || !ROMAN.test(text)) return undefined;
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let k = 0; k < text.length; k++) {
    const value = values[text[k] ?? ''] ?? 0;
    const next = values[text[k + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : undefined;
}

/** Level in the building's own numbering, after the language's floor convention. */
function buildingLevel(scan: Scan, written: number): number {
  return scan.options.floorConvention === 'ground-is-first' && written >= 1 ? written - 1 : written;
}

export function floorLabel(level: number): string {
  if (level === 0) return 'the ground floor';
  if (level < 0) return `level ${level} (below ground)`;
  return `floor ${level}`;
}

function addFloor(scan: Scan, from: number, to: number, level: number): number {
  scan.add({ kind: 'floor', key: `floor:${level}`, label: floorLabel(level), from, to });
  return to;
}

function floorNounAt(scan: Scan, i: number): boolean {
  const word = scan.word(i);
  return word !== undefined && scan.pack.floor.nouns.has(word);
}

/** "1 piętro", "na 2. piętrze", "1st floor", "2-й поверх", "2-му поверсі"; lists "1. i 2. piętro", "2nd and 3rd floors", "2-й і 3-й поверхи". */
export function matchFloorNumber(scan: Scan, i: number): number {
  return matchFloorList(scan, i, readFloorNumber);
}

/** "I piętro", "II piętrze"; lists "I i II piętro", "на I та II поверхах", and "II/III piętro" (a floor between two). */
export function matchFloorRoman(scan: Scan, i: number): number {
  return matchFloorList(scan, i, readRomanFloor, true);
}

interface ListedFloor {
  from: number;
  end: number;
  /** As written, before the language's floor convention. */
  written: number;
  /** "1st", "2-й", "2.": written as an ordinal. */
  ordinal: boolean;
}

/** "Budynek ma 2 piętra" (two storeys), not "z 2 piętra" (from the second floor): see countForms. */
function countsStoreys(scan: Scan, i: number, floors: readonly ListedFloor[], noun: number): boolean {
  const counted = scan.pack.floor.countForms;
  const [only] = floors;
  if (!counted || floors.length > 1 || !only || only.ordinal || scan.num(only.from) === undefined || !counted.nouns.has(scan.word(noun) ?? '')) return false;
  return !counted.levelAfter.has(scan.word(scan.back(i)) ?? '');
}

/** A minus sign ("-", "−") at j - 1, touching the number at j: "-1". */
const isMinusBefore = (scan: Scan, j: number): boolean => (scan.punct(j - 1) === '-' || scan.punct(j - 1) === '−') && scan.adjacent(j - 1);

/** A floor number at j ("2", "2.", "2nd", "2-му", "-1"), or undefined. */
function readFloorNumber(scan: Scan, j: number): ListedFloor | undefined {
  const text = scan.num(j);
  if (text === undefined || text.length > 3) return undefined;
  let end = skipOrdinalSuffix(scan, j + 1);
  if (end === j + 1 && scan.punct(end) === '.' && scan.adjacent(j)) end++;
  // "-1 piętro", "(-1 piętro)": a minus that touches the number but no number or word before it ("1-2 piętro" is a range).
  const touchesBefore = j >= 2 && scan.adjacent(j - 2) && (scan.tokens.isNum(j - 2) || scan.tokens.isWord(j - 2));
  const signed = isMinusBefore(scan, j) && !touchesBefore;
  return { from: signed ? j - 1 : j, end, written: signed ? -Number(text) : Number(text), ordinal: end > j + 1 };
}

/** A Roman floor number at j ("II", "II."), or undefined. */
function readRomanFloor(scan: Scan, j: number): ListedFloor | undefined {
  const written = scan.tokens.isWord(j) ? romanValue(scan.raw(j) ?? '') : undefined;
  if (written === undefined) return undefined;
  const end = scan.punct(j + 1) === '.' && scan.adjacent(j) ? j + 2 : j + 1;
  return { from: j, end, written, ordinal: false };
}

/** Floors read by `read`, one or a list of them before one floor noun (a plural noun only after a list). */
function matchFloorList(scan: Scan, i: number, read: (scan: Scan, j: number) => ListedFloor | undefined, slashJoins = false): number {
  // Made only when a list goes on: every number of every text starts here, and most are no floor.
  let floors: ListedFloor[] | undefined;
  let joiners: number[] | undefined;
  let j = i;
  for (;;) {
    const floor = read(scan, j);
    if (!floor) return -1;
    const noun = scan.skip(floor.end);
    const isNoun = floorNounAt(scan, noun);
    // "II/III": Roman numerals only, as "1/2" may be a half.
    const joins = (k: number) => joinsFloors(scan, k) || (slashJoins && scan.punct(k) === '/' && scan.adjacent(k - 1) && scan.adjacent(k));
    if (!isNoun && floors === undefined && !joins(noun)) return -1;
    (floors ??= []).push(floor);
    if (isNoun || (floors.length > 1 && scan.pack.floor.pluralNouns.has(scan.word(noun) ?? ''))) {
      if (!isFloorList(scan, floors, joiners ?? []) || countsStoreys(scan, i, floors, noun)) return -1;
      floors.forEach((listed, k, all) => addFloor(scan, listed.from, k === all.length - 1 ? noun + 1 : listed.end, buildingLevel(scan, listed.written)));
      return noun + 1;
    }
    if (floors.length >= MAX_LISTED_FLOORS || !joins(noun)) return -1;
    (joiners ??= []).push(noun);
    j = scan.skip(noun + 1);
  }
}

/**
 * Whether numbers before a floor noun are one list of floors: written alike
 * ("1st, 2nd and 3rd floors", not "10-12, 1st floor"), a comma never last
 * ("rooms 5, 2nd floor" names one floor) and a dash only between two.
 */
function isFloorList(scan: Scan, levels: ReadonlyArray<{ ordinal: boolean }>, joiners: readonly number[]): boolean {
  if (levels.length < 2) return true;
  const last = levels[levels.length - 1];
  if (levels.some((level) => level.ordinal !== last?.ordinal)) return false;
  if (scan.punct(joiners[joiners.length - 1] ?? -1) === ',') return false;
  return levels.length === 2 || !joiners.some((at) => DASHES.has(scan.punct(at) ?? ''));
}

/** What may stand between two floors of a list or a range: ",", "and", "i", "і", "to", a dash. */
function joinsFloors(scan: Scan, i: number): boolean {
  // Asked after every number of every text: read without building a token object.
  const sign = scan.punct(i);
  return sign === ',' || (sign !== undefined && DASHES.has(sign)) || scan.isRangeWord(i);
}

/** A floor number after the noun, not the hour of a time ("level 2", not "level 2.30"). */
function floorNumberAt(scan: Scan, j: number): number | undefined {
  const text = scan.num(j);
  // "piętro I", "поверх II": a Roman numeral in capitals.
  if (text === undefined) {
    if (!scan.tokens.isWord(j)) return undefined;
    // "floor three", "piętro drugie" is read by the ordinal words; a number word is the floor's number.
    const said = scan.pack.numberWords.get(scan.word(j) ?? '');
    if (said !== undefined && Number.isInteger(said) && said <= 20) return said;
    return scan.pack.floor.romanAfterNoun ? romanValue(scan.raw(j) ?? '') : undefined;
  }
  if (text.length > 3) return undefined;
  if ((scan.punct(j + 1) === ':' || scan.punct(j + 1) === '.') && scan.num(j + 2) !== undefined && scan.adjacent(j)) return undefined;
  return Number(text);
}

const MAX_LISTED_FLOORS = 4;
/** How far apart two floors listed after a singular noun may be. */
const MAX_FLOOR_STEP = 5;

/** "pierwsze piętro", "first floor", "першому поверсі", "ground floor", "цокольний поверх", "lower ground floor". */
export function matchFloorWords(scan: Scan, i: number): number {
  const word = scan.word(i);
  if (word === undefined) return -1;
  const { floor } = scan.pack;
  if (floor.groundWords.has(word)) return addFloor(scan, i, i + 1, 0);
  if (floor.basementWords.has(word)) return addFloor(scan, i, i + 1, -1);
  // "second floor", and as an adjective "a second-floor room", "ground-floor toilets"
  const next = scan.punct(i + 1) === '-' && scan.adjacent(i) && scan.adjacent(i + 1) ? i + 2 : scan.skip(i + 1);
  const ordinal = floor.ordinalWords.get(word);
  if (ordinal !== undefined && floorNounAt(scan, next)) return addFloor(scan, i, next + 1, buildingLevel(scan, ordinal));
  if (floor.groundAdjectives.has(word) && floorNounAt(scan, next)) return addFloor(scan, i, next + 1, 0);
  if (floor.basementAdjectives.has(word)) {
    if (floorNounAt(scan, next)) return addFloor(scan, i, next + 1, -1);
    // "lower ground floor"
    const after = scan.skip(next + 1);
    if (floor.groundAdjectives.has(scan.word(next) ?? '') && floorNounAt(scan, after)) return addFloor(scan, i, after + 1, -1);
  }
  return matchFloorWordList(scan, i);
}

/** The level a floor adjective names: "first", "pierwszym", "першому"; "ground"; "lower". */
function levelOfWord(scan: Scan, word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const { floor } = scan.pack;
  const ordinal = floor.ordinalWords.get(word);
  if (ordinal !== undefined) return buildingLevel(scan, ordinal);
  if (floor.groundAdjectives.has(word)) return 0;
  return floor.basementAdjectives.has(word) ? -1 : undefined;
}

/** "the ground and first floors", "na pierwszym i drugim piętrze", "на першому та другому поверхах": floor words sharing one noun. */
function matchFloorWordList(scan: Scan, i: number): number {
  const levels: Array<{ from: number; level: number }> = [];
  for (let k = i; levels.length < MAX_LISTED_FLOORS; ) {
    const level = levelOfWord(scan, scan.word(k));
    if (level === undefined) return -1;
    levels.push({ from: k, level });
    const next = scan.skip(k + 1);
    if (floorNounAt(scan, next) || scan.pack.floor.pluralNouns.has(scan.word(next) ?? '')) {
      if (levels.length < 2) return -1;
      levels.forEach(({ from, level: value }, n) => addFloor(scan, from, n === levels.length - 1 ? next + 1 : from + 1, value));
      return next + 1;
    }
    if (!joinsPlaces(scan, next)) return -1;
    k = scan.skip(next + 1);
  }
  return -1;
}

/**
 * Whether "level N" at i (N at j) names a storey: after a preposition ("on
 * level 2", "na poziomie -1"), or opening a clause ("Parking, level -1") and
 * not followed by the noun it grades ("Level 2 smog alert"). After any other
 * word it is a grade ("a level 2 alert", "alert level 2", "poziom hałasu 2").
 */
function levelIsPlace(scan: Scan, i: number, j: number): boolean {
  const before = scan.back(i);
  const previous = scan.word(before);
  if (previous !== undefined) return scan.pack.floor.levelPrepositions.has(previous);
  if (scan.num(before) !== undefined) return false;
  const after = scan.skip(j + 1);
  const next = scan.word(after);
  return next === undefined || isCapitalised(scan.raw(after) ?? '') || scan.pack.rangeWords.has(next);
}

/** "floor 2", "piętro 2", "poziom -1", "level 2", "рівень -1". */
export function matchFloorNounFirst(scan: Scan, i: number): number {
  const word = scan.word(i);
  if (word === undefined) return -1;
  const { floor } = scan.pack;
  const isLevel = floor.levelWords.has(word);
  if (!isLevel && !floor.nouns.has(word) && !floor.pluralNouns.has(word)) return -1;
  // "fl. 2", "пов. 2": an abbreviated noun keeps its dot (not "p.", which is "pan" or "punkt" as often).
  let j = scan.skip(word.length >= 2 && word.length <= 3 && scan.punct(i + 1) === '.' && scan.adjacent(i) ? i + 2 : i + 1);
  let sign = 1;
  if (isMinusBefore(scan, j + 1)) {
    sign = -1;
    j++;
  }
  const first = floorNumberAt(scan, j);
  if (first === undefined) return -1;
  if (isLevel && !levelIsPlace(scan, i, j)) {
    // A grade ("a level 2 alert", "II stopień", "другий рівень"): a number counted as an ordinal, which
    // other languages may write in words.
    if (scan.num(j) !== undefined) scan.add({ kind: 'number', key: String(first), label: String(first), from: j, to: j + 1, ordinal: true });
    scan.claim(i, j + 1);
    return j + 1;
  }
  const level = (written: number) => (isLevel ? written : buildingLevel(scan, written));
  // More floors after the first: "floors 2 and 3", "piętra 1–3", "на поверхах 1, 2 і 3". After a
  // singular noun only a floor a little higher, joined by a word or a dash ("piętro 2 i 3"), not
  // "piętro 2 i 15 miejsc" or "floor 2, 3 rooms".
  const plural = floor.pluralNouns.has(word);
  const more: Array<{ at: number; level: number }> = [];
  for (let k = scan.skip(j + 1), last = first; more.length < MAX_LISTED_FLOORS - 1 && joinsFloors(scan, k); ) {
    const at = scan.skip(k + 1);
    const next = floorNumberAt(scan, at);
    if (next === undefined || (!plural && (scan.punct(k) === ',' || next <= last || next - last > MAX_FLOOR_STEP))) break;
    more.push({ at, level: level(next) });
    last = next;
    k = scan.skip(at + 1);
  }
  addFloor(scan, i, j + 1, level(sign * first));
  for (const { at, level: next } of more) addFloor(scan, at, at + 1, next);
  return more.length > 0 ? (more[more.length - 1]?.at ?? j) + 1 : j + 1;
}

/**
 * Cyrillic capitals read as Latin, so "корпус А" and "building A" name the
 * same building: look-alikes by their look, and the letters a translator
 * transliterates ("корпус Б" for "budynek B") by their sound.
 */
const LATIN_FOR_CYRILLIC: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', У: 'Y',
  Б: 'B', Г: 'G', Ґ: 'G', Д: 'D', Ф: 'F', Л: 'L', П: 'P',
};

/** Upper case, Cyrillic letters read as Latin: "28а" → "28A". */
function latinCapitals(text: string): string {
  return text.toUpperCase().replace(/[АВЕКМНОРСТХІУБГҐДФЛП]/g, (c) => LATIN_FOR_CYRILLIC[c] ?? c);
}

/** Room and building identifiers: "B-204" and "B 204" are the same room. */
export function normaliseIdentifier(text: string): string {
  return latinCapitals(text)
    .replace(/[\s–—]/g, '')
    .replace(/-/g, '');
}

/** A room or building identifier right after its noun: "204", "A", "2.14", "B-204", "A12". */
function readIdentifier(scan: Scan, i: number): { text: string; end: number } | undefined {
  let j = scan.skip(i);
  const marker = scan.token(j);
  if (marker && scan.pack.numberMarkers.has(marker.lower)) {
    j++;
    if (scan.punct(j) === '.' && scan.adjacent(j - 1)) j++;
    j = scan.skip(j);
  }
  const first = scan.token(j);
  if (!first) return undefined;
  const isLetter = first.type === 'word' && first.text.length <= 2 && first.text === first.text.toUpperCase() && first.text !== first.text.toLowerCase();
  if (first.type !== 'num' && !isLetter) return undefined;
  let end = j + 1;
  // Continue while tokens touch: "A12", "2.14", "B-204".
  for (let steps = 0; steps < 4 && scan.adjacent(end - 1); steps++) {
    const next = scan.token(end);
    if (!next) break;
    // After a number any single letter belongs to it ("12a"); otherwise only capitals ("A12").
    const letterAfterNumber = next.type === 'word' && next.text.length === 1 && scan.token(end - 1)?.type === 'num';
    if (next.type === 'num' || letterAfterNumber || (next.type === 'word' && next.text.length === 1 && next.text === next.text.toUpperCase())) {
      end++;
    } else if ((next.text === '.' || next.text === '-' || next.text === '/') && scan.adjacent(end)) {
      const after = scan.token(end + 1);
      if (after?.type !== 'num' && !(after?.type === 'word' && after.text.length === 1)) break;
      // "sale 101-104": two numbers written alike, the second higher, are a range of rooms, not one.
      if (next.text === '-' && after.type === 'num' && end === j + 1 && isPlaceRange(scan.slice(j, end), after.text)) break;
      end++;
    } else break;
  }
  // "sala 204 A", "аудиторія 204 А": a capital letter after one space still names the room.
  const letter = scan.raw(end + 1);
  if (scan.num(end - 1) !== undefined && scan.raw(end) === ' ' && letter?.length === 1 && scan.tokens.isWord(end + 1) && letter !== letter.toLowerCase()) {
    return { text: scan.slice(j, end + 2), end: end + 2 };
  }
  return { text: scan.slice(j, end), end };
}

function matchNamedPlace(scan: Scan, i: number, nouns: ReadonlySet<string>, kind: 'room' | 'building'): number {
  const word = scan.word(i);
  if (word === undefined || !nouns.has(word)) return -1;
  const start = scan.afterAbbreviation(i);
  const id = readIdentifier(scan, start) ?? afterAdjective(scan, start);
  if (!id) return -1;
  const places = [{ from: i, ...id }];
  // "rooms 12 and 13", "sale 12, 13 i 14", "budynek A i B": one list after the noun.
  const joiners: number[] = [];
  for (let k = scan.skip(id.end); places.length < MAX_LISTED_PLACES; ) {
    const dash = DASHES.has(scan.punct(k) ?? '');
    if (!dash && !joinsPlaces(scan, k)) break;
    const next = readIdentifier(scan, scan.skip(k + 1));
    const last = places[places.length - 1];
    if (!next || !last || startsWithDigit(next.text) !== startsWithDigit(last.text)) break;
    // "sale 101–104", "gabinety 0.12–0.20": a range of rooms written alike, the last after the first.
    if (dash && (places.length > 1 || !isPlaceRange(last.text, next.text) || beforeTimeWord(scan, next.end))) break;
    joiners.push(k);
    places.push({ from: scan.skip(k + 1), ...next });
    k = scan.skip(next.end);
  }
  // A comma does not end a list ("sala 12, 15 osób" names one room).
  while (joiners.length > 0 && scan.punct(joiners[joiners.length - 1] ?? -1) === ',') {
    joiners.pop();
    places.pop();
  }
  for (const place of places) {
    const key = normaliseIdentifier(place.text);
    scan.add({ kind, key: `${kind}:${key}`, label: `${kind} ${key}`, from: place.from, to: place.end });
  }
  return places[places.length - 1]?.end ?? id.end;
}

const MAX_LISTED_PLACES = 6;

/**
 * Whether two identifiers are the ends of a range: written alike in two
 * characters or more, the second after the first ("101–104", "0.12–0.20",
 * "12A–12C"); "sala 5–7" may as well be a room and a time.
 */
function isPlaceRange(first: string, last: string): boolean {
  if (first.length < 2 || first.length !== last.length) return false;
  for (let k = 0; k < first.length; k++) {
    const a = first.charCodeAt(k);
    const b = last.charCodeAt(k);
    if (a !== b && !(isDigitCode(a) && isDigitCode(b)) && !(isLetterCode(a) && isLetterCode(b))) return false;
  }
  // Written alike, so the text orders them as their numbers do ("0.12" < "0.20", "12A" < "12C").
  return first < last;
}

const isDigitCode = (code: number) => code >= 48 && code <= 57;
/** A letter of an identifier ("12A", "12А"): Latin or Cyrillic. */
const isLetterCode = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0x400 && code <= 0x4ff);

/** "am"/"pm" or an hour word right after i: "room 10 – 11 am" is a room and a time. */
function beforeTimeWord(scan: Scan, i: number): boolean {
  const word = scan.word(scan.skip(i));
  if (word === undefined) return false;
  const { meridiem, hourWords } = scan.pack;
  return hourWords.has(word) || (meridiem !== undefined && (meridiem.am.has(word) || meridiem.pm.has(word) || word === 'a' || word === 'p'));
}

const startsWithDigit = (text: string) => isDigitCode(text.charCodeAt(0));

/** A comma or a list word ("and", "i", "і") between two rooms or buildings; not "to", "do", "до" ("room 5 to 7 pm"). */
function joinsPlaces(scan: Scan, i: number): boolean {
  const word = scan.word(i);
  return scan.punct(i) === ',' || (scan.isRangeWord(i) && !scan.pack.weakTimeMarkers.has(word ?? ''));
}

/** "sala konferencyjna nr 1.08": one adjective between the noun and a numbered identifier. */
function afterAdjective(scan: Scan, i: number): { text: string; end: number } | undefined {
  const at = scan.skip(i);
  const adjective = scan.raw(at);
  if (!scan.tokens.isWord(at) || adjective === undefined || isCapitalised(adjective)) return undefined;
  const marker = scan.skip(at + 1);
  if (scan.pack.numberMarkers.has(scan.word(marker) ?? scan.punct(marker) ?? '')) return readIdentifier(scan, marker);
  // "w sali konferencyjnej B", "sala widowiskowa 2": a number or a single capital letter right after the adjective
  // (not a name: "w sali konferencyjnej Ratusza"; not after a preposition: "w salach na I piętrze").
  if (adjective.length < 4 || scan.pack.periodPrepositions.has(scan.word(at) ?? '')) return undefined;
  const raw = scan.raw(marker) ?? '';
  const single = scan.tokens.isWord(marker) && raw.length === 1 && raw !== raw.toLowerCase() && !scan.tokens.isWord(marker + 1) && !scan.tokens.isNum(marker + 1);
  // A number followed by a word other than a preposition is a count: "w sali gimnastycznej 3 razy w tygodniu".
  const after = scan.word(scan.skip(marker + 1));
  const number = scan.tokens.isNum(marker) && !scan.tokens.isWord(marker + 1) && (after === undefined || scan.pack.periodPrepositions.has(after) || scan.raw(scan.skip(marker + 1)) !== after);
  if (!single && !number) return undefined;
  return { text: raw, end: marker + 1 };
}

export const matchRoom = (scan: Scan, i: number): number => matchNamedPlace(scan, i, scan.pack.roomWords, 'room');

/** A building number before its noun, where the language writes it so: "у 2 корпусі", "2-й корпус", "w 2. budynku". */
export function matchBuildingNumberFirst(scan: Scan, i: number): number {
  const text = scan.num(i);
  if (!scan.pack.buildingNumberFirst || text === undefined || text.length > 2) return -1;
  let end = skipOrdinalSuffix(scan, i + 1);
  if (end === i + 1 && scan.punct(end) === '.' && scan.adjacent(i)) end++; // "w 2. budynku"
  const noun = scan.skip(end);
  const word = scan.word(noun);
  // Only the singular noun names a building: "2 budynki", "3 корпуси" count them.
  if (noun === end || word === undefined || !scan.pack.buildingWords.has(word)) return -1;
  const key = String(Number(text));
  scan.add({ kind: 'building', key: `building:${key}`, label: `building ${key}`, from: i, to: noun + 1 });
  return noun + 1;
}
export const matchBuilding = (scan: Scan, i: number): number => matchNamedPlace(scan, i, scan.pack.buildingWords, 'building');

/** Polish postal code "30-701": the address format of the city, in every language. */
export function matchPostalCode(scan: Scan, i: number): number {
  if (scan.num(i)?.length !== 2 || scan.punct(i + 1) !== '-' || scan.num(i + 2)?.length !== 3 || !scan.adjacent(i) || !scan.adjacent(i + 1)) return -1;
  // Tokens are contiguous, so the one after touches the code: "30-701-2" or "30-7011" is something else.
  if (scan.num(i + 3) !== undefined || scan.punct(i + 3) === '-') return -1;
  const code = scan.slice(i, i + 3);
  scan.add({ kind: 'address', key: `postal:${code}`, label: `postal code ${code}`, from: i, to: i + 3 });
  return i + 3;
}

/** Street words written before Polish street names in every language ("ul. Zabłocie 20"). */
export const LOCAL_STREET_MARKERS = new Set(['ul', 'ulica', 'ulicy', 'al', 'aleja', 'alei', 'pl', 'plac', 'placu', 'os', 'osiedle', 'rondo']);
/**
 * Polish month names in the genitive: with a capital after a day they name a
 * street ("al. 3 Maja", "ul. 29 Listopada", "3 Maja Avenue"), in every language.
 */
const LOCAL_NAME_MONTHS = new Set(['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia']);

/**
 * Where a name made of a day and a capitalised month ends ("3 Maja", "29
 * Listopada", "3 Травня"), or -1: a street named after a date, whose number
 * is neither a house number nor a date (a date's month is written small).
 */
function namedDayEnd(scan: Scan, k: number): number {
  if (scan.num(k) === undefined || scan.raw(k + 1) !== ' ') return -1;
  const month = scan.word(k + 2);
  if (month === undefined || !isCapitalised(scan.raw(k + 2) ?? '')) return -1;
  return LOCAL_NAME_MONTHS.has(month) || scan.pack.monthsAfterDay.has(month) ? k + 3 : -1;
}

/** Lower-case words that may sit inside a street name ("al. Jana Pawła II", "ul. św. Filipa"). */
const NAME_CONNECTORS = new Set(['św', 'gen', 'ks', 'im', 'bp', 'kard', 'marsz', 'prof', 'dr', 'de', 'la', 'i']);

/**
 * A house number at token i: "20", "12a", "3-4", "12/14". Returns its end,
 * or -1. The letter is read only when it touches the number.
 */
function readHouseNumber(scan: Scan, i: number): number {
  const digits = scan.num(i);
  // No house number starts with 0: "Rondo Mogilskie 01" is a stop's platform.
  if (digits === undefined || digits.length > 4 || digits.charCodeAt(0) === 0x30) return -1;
  let end = i + 1;
  while ((DASHES.has(scan.punct(end) ?? '') || scan.punct(end) === '/') && scan.num(end + 1) !== undefined && scan.adjacent(end - 1) && scan.adjacent(end)) end += 2;
  if (scan.word(end)?.length === 1 && scan.adjacent(end - 1)) end++;
  // "31/B", "31/Б": a letter after a slash is the letter of the house, as in "31b".
  else if (scan.punct(end) === '/' && scan.word(end + 1)?.length === 1 && scan.adjacent(end - 1) && scan.adjacent(end) && !scan.tokens.isNum(end + 2)) end += 2;
  return end;
}

function addHouse(scan: Scan, from: number, to: number): void {
  // "3-4" and "3–4" are the same house numbers; "31/B" is "31B".
  const house = latinCapitals(scan.slice(from, to)).replace(/[–—]/g, '-').replace(/\/(?=[A-Z]$)/, '');
  scan.add({ kind: 'address', key: `house:${house}`, label: `house number ${house}`, from, to });
}


/**
 * A street and house number: "ul. Zabłocie 20", "pl. Wszystkich Świętych 3-4",
 * "вул. Заблоцє 20", "вул. Велицька, 28а". The street name may be translated
 * or transliterated, so only the house number is a fact; the name is claimed
 * so its digits ("ul. 3 Maja 5") are not read as numbers.
 */
export function matchStreet(scan: Scan, i: number): number {
  const word = scan.word(i);
  if (word === undefined || !(LOCAL_STREET_MARKERS.has(word) || scan.pack.streetMarkers.has(word))) return -1;
  let j = i + 1;
  if (scan.punct(j) === '.' && scan.adjacent(i)) j++;
  if (!scan.isSpace(j)) return -1;
  j++;
  let nameWords = 0;
  let house = -1;
  let houseEnd = -1;
  /** The end of a date in the name ("al. 3 Maja"), which no other matcher may read. */
  let nameEnd = j;
  let k = j;
  for (let steps = 0; steps < 14; steps++) {
    const token = scan.token(k);
    if (!token) break;
    if (token.type === 'space') {
      if (token.text.includes('\n')) break;
      k++;
      continue;
    }
    if (token.type === 'word') {
      if (!isCapitalised(token.text) && !NAME_CONNECTORS.has(token.lower)) break;
      // A number before every word of the name was part of it ("ul. 1 Pułku Strzelców 5").
      if (house !== -1 && nameWords === 0) house = -1;
      nameWords++;
      k++;
      continue;
    }
    if (token.type === 'num') {
      // "al. 3 Maja", "вул. 3 Травня": a street named after a date.
      const named = namedDayEnd(scan, k);
      if (named !== -1) {
        nameWords++;
        k = nameEnd = named;
        continue;
      }
      // "на вулиці Кракова 1 квітня": after a name, a day before its month, not a house number
      // (before any name it is part of one: "ul. 3 Maja 5", "al. 29 Listopada 12").
      if (nameWords > 0 && scan.pack.monthsAfterDay.has(scan.word(scan.skip(k + 1)) ?? '')) break;
      const end = readHouseNumber(scan, k);
      if (end === -1) break;
      [house, houseEnd] = [k, end];
      // A number may belong to the name ("ul. 3 Maja 5"); one with more to it ("3-4", "30/32", "28a"),
      // or followed by punctuation ("3-4. Wstęp 20 zł"), is the house number and ends the address.
      if (end > k + 1 || !scan.isSpace(end)) break;
      k = end;
      continue;
    }
    // A comma may part the name from the number ("вул. Велицька, 28"), but ends the address after it.
    if (token.text === ',' && nameWords > 0 && house === -1 && scan.num(scan.skip(k + 1)) !== undefined) {
      k++;
      continue;
    }
    if (token.text === '.' || token.text === '-' || token.text === '’' || token.text === "'") {
      k++;
      continue;
    }
    break;
  }
  if (nameWords === 0) return -1;
  if (house === -1) {
    scan.claim(i, nameEnd);
    return nameEnd;
  }
  scan.claim(i, house);
  addHouse(scan, house, houseEnd);
  return houseEnd;
}

const MAX_NAME_WORDS = 4;

/**
 * English order, the number before the name and a street noun after it:
 * "28a Wielicka Street", "12 Józefa St.".
 */
export function matchHouseBeforeStreet(scan: Scan, i: number): number {
  if (scan.pack.streetNouns.size === 0) return -1;
  // "3 Maja Avenue": a street named after a date, with no house number before it.
  const named = namedDayEnd(scan, i);
  const end = named !== -1 ? named : readHouseNumber(scan, i);
  if (end === -1 || !scan.isSpace(end)) return -1;
  let k = end + 1;
  let nameWords = named !== -1 ? 1 : 0;
  for (; nameWords <= MAX_NAME_WORDS; ) {
    // "130 29 Listopada Avenue"
    const namedEnd = nameWords === 0 ? namedDayEnd(scan, k) : -1;
    if (namedEnd !== -1 && scan.isSpace(namedEnd)) {
      nameWords++;
      k = namedEnd + 1;
      continue;
    }
    const token = scan.token(k);
    if (token?.type !== 'word') return -1;
    if (nameWords > 0 && scan.pack.streetNouns.has(token.lower)) {
      scan.claim(end, k + 1);
      if (named === -1) addHouse(scan, i, end);
      else scan.claim(i, end);
      return k + 1;
    }
    if (!isCapitalised(token.text)) return -1;
    nameWords++;
    k++;
    if (scan.punct(k) === '.' && scan.adjacent(k - 1) && scan.isSpace(k + 1)) k++; // "17 Św. Filipa Street"
    if (scan.punct(k) === '-' && scan.adjacent(k - 1)) k++;
    else if (scan.isSpace(k)) k++;
    else return -1;
  }
  return -1;
}

/**
 * A street noun after the name, then the number: "Wielicka Street 28a",
 * "Wielicka St., 28a".
 */
export function matchStreetNoun(scan: Scan, i: number): number {
  const word = scan.word(i);
  if (word === undefined || !scan.pack.streetNouns.has(word)) return -1;
  const name = scan.token(scan.back(i));
  if (name?.type !== 'word' || !isCapitalised(name.text)) return -1;
  let j = i + 1;
  if (scan.punct(j) === '.' && scan.adjacent(i)) j++;
  if (scan.punct(j) === ',') j++;
  if (!scan.isSpace(j)) return -1;
  const end = readHouseNumber(scan, j + 1);
  if (end === -1) return -1;
  const after = scan.token(end);
  // "Main Street 5 June" is not a house number; a following month or unit word makes it something else.
  if (after && scan.adjacent(end - 1) && (after.type === 'num' || after.text === ':' || after.text === '.')) return -1;
  scan.claim(i, j + 1);
  addHouse(scan, j + 1, end);
  return end;
}
