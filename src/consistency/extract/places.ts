import type { Scan } from './scan.ts';
import { skipOrdinalSuffix } from './numbers.ts';

/**
 * Where to go: floors ("1 piętro", "I piętro", "parter", "1st floor",
 * "ground floor", "2-й поверх", "цокольний поверх"), rooms ("sala 204",
 * "room 204", "аудиторія 204"), buildings ("budynek A", "корпус А") and
 * addresses (postal code and house number: "ul. Zabłocie 20, 30-701").
 */

const ROMAN = /^(X{0,2})(IX|IV|V?I{0,3})$/;

function romanValue(text: string): number | undefined {
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

/** "1 piętro", "na 2. piętrze", "1st floor", "2-й поверх", "2-му поверсі". */
export function matchFloorNumber(scan: Scan, i: number): number {
  const text = scan.num(i);
  if (text === undefined || text.length > 3) return -1;
  let end = skipOrdinalSuffix(scan, i + 1);
  if (end === i + 1 && scan.punct(end) === '.' && scan.adjacent(i)) end++;
  const noun = scan.skip(end);
  if (!floorNounAt(scan, noun)) return -1;
  return addFloor(scan, i, noun + 1, buildingLevel(scan, Number(text)));
}

/** "I piętro", "II piętrze". */
export function matchFloorRoman(scan: Scan, i: number): number {
  const token = scan.token(i);
  if (token?.type !== 'word') return -1;
  const value = romanValue(token.text);
  if (value === undefined) return -1;
  let end = i + 1;
  if (scan.punct(end) === '.' && scan.adjacent(i)) end++;
  const noun = scan.skip(end);
  if (!floorNounAt(scan, noun)) return -1;
  return addFloor(scan, i, noun + 1, buildingLevel(scan, value));
}

/** "pierwsze piętro", "first floor", "першому поверсі", "ground floor", "цокольний поверх", "lower ground floor". */
export function matchFloorWords(scan: Scan, i: number): number {
  const word = scan.word(i);
  if (word === undefined) return -1;
  const { floor } = scan.pack;
  if (floor.groundWords.has(word)) return addFloor(scan, i, i + 1, 0);
  if (floor.basementWords.has(word)) return addFloor(scan, i, i + 1, -1);
  const next = scan.skip(i + 1);
  const ordinal = floor.ordinalWords.get(word);
  if (ordinal !== undefined && floorNounAt(scan, next)) return addFloor(scan, i, next + 1, buildingLevel(scan, ordinal));
  if (floor.groundAdjectives.has(word) && floorNounAt(scan, next)) return addFloor(scan, i, next + 1, 0);
  if (floor.basementAdjectives.has(word)) {
    if (floorNounAt(scan, next)) return addFloor(scan, i, next + 1, -1);
    // "lower ground floor"
    const after = scan.skip(next + 1);
    if (floor.groundAdjectives.has(scan.word(next) ?? '') && floorNounAt(scan, after)) return addFloor(scan, i, after + 1, -1);
  }
  return -1;
}

/** "floor 2", "piętro 2", "poziom -1", "level 2", "рівень -1". */
export function matchFloorNounFirst(scan: Scan, i: number): number {
  const word = scan.word(i);
  if (word === undefined) return -1;
  const isLevel = scan.pack.floor.levelWords.has(word);
  if (!isLevel && !scan.pack.floor.nouns.has(word)) return -1;
  let j = scan.skip(i + 1);
  let sign = 1;
  if ((scan.punct(j) === '-' || scan.punct(j) === '−') && scan.adjacent(j)) {
    sign = -1;
    j++;
  }
  const text = scan.num(j);
  if (text === undefined || text.length > 3) return -1;
  if ((scan.punct(j + 1) === ':' || scan.punct(j + 1) === '.') && scan.num(j + 2) !== undefined && scan.adjacent(j)) return -1;
  const written = sign * Number(text);
  return addFloor(scan, i, j + 1, isLevel ? written : buildingLevel(scan, written));
}

/** Lookalike Cyrillic capitals read as Latin, so "корпус А" and "building A" name the same building. */
const LOOKALIKES: Record<string, string> = { А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', У: 'Y' };

export function normaliseIdentifier(text: string): string {
  return text
    .toUpperCase()
    .replace(/[АВЕКМНОРСТХІУ]/g, (c) => LOOKALIKES[c] ?? c)
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
      end++;
    } else break;
  }
  return { text: scan.slice(j, end), end };
}

function matchNamedPlace(scan: Scan, i: number, nouns: ReadonlySet<string>, kind: 'room' | 'building'): number {
  const word = scan.word(i);
  if (word === undefined || !nouns.has(word)) return -1;
  const start = scan.punct(i + 1) === '.' && scan.adjacent(i) ? i + 2 : i + 1;
  const id = readIdentifier(scan, start);
  if (!id) return -1;
  const key = normaliseIdentifier(id.text);
  scan.add({ kind, key: `${kind}:${key}`, label: `${kind} ${key}`, from: i, to: id.end });
  return id.end;
}

export const matchRoom = (scan: Scan, i: number): number => matchNamedPlace(scan, i, scan.pack.roomWords, 'room');
export const matchBuilding = (scan: Scan, i: number): number => matchNamedPlace(scan, i, scan.pack.buildingWords, 'building');

/** Polish postal code "30-701": the address format of the city, in every language. */
export function matchPostalCode(scan: Scan, i: number): number {
  if (scan.num(i)?.length !== 2 || scan.punct(i + 1) !== '-' || scan.num(i + 2)?.length !== 3 || !scan.adjacent(i) || !scan.adjacent(i + 1)) return -1;
  const after = scan.token(i + 3);
  if (after && after.start === scan.token(i + 2)?.end && (after.type === 'num' || after.text === '-')) return -1;
  const code = scan.slice(i, i + 3);
  scan.add({ kind: 'address', key: `postal:${code}`, label: `postal code ${code}`, from: i, to: i + 3 });
  return i + 3;
}

/** Street words written before Polish street names in every language ("ul. Zabłocie 20"). */
export const LOCAL_STREET_MARKERS = new Set(['ul', 'ulica', 'ulicy', 'al', 'aleja', 'alei', 'pl', 'plac', 'placu', 'os', 'osiedle', 'rondo']);
/** Lower-case words that may sit inside a street name ("al. Jana Pawła II", "ul. św. Filipa"). */
const NAME_CONNECTORS = new Set(['św', 'gen', 'ks', 'im', 'bp', 'kard', 'marsz', 'prof', 'dr', 'de', 'la', 'i']);

/**
 * A street and house number: "ul. Zabłocie 20", "pl. Wszystkich Świętych 3-4",
 * "вул. Заблоцє 20". The street name may be translated or transliterated, so
 * only the house number is a fact; the name is claimed so its digits ("ul. 3
 * Maja 5") are not read as numbers.
 */
export function matchStreet(scan: Scan, i: number): number {
  const word = scan.word(i);
  if (word === undefined || !(LOCAL_STREET_MARKERS.has(word) || scan.pack.streetMarkers.has(word))) return -1;
  let j = i + 1;
  if (scan.punct(j) === '.' && scan.adjacent(i)) j++;
  if (!scan.isSpace(j)) return -1;
  j++;
  let nameWords = 0;
  let lastNumber = -1;
  let numberEnd = -1;
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
      if (lastNumber !== -1 && numberEnd === k && token.text.length === 1) {
        numberEnd = k + 1; // "12a"
        k++;
        continue;
      }
      const capital = token.text[0] !== token.text[0]?.toLowerCase();
      if (!capital && !NAME_CONNECTORS.has(token.lower)) break;
      nameWords++;
      k++;
      continue;
    }
    if (token.type === 'num') {
      lastNumber = k;
      numberEnd = k + 1;
      // "3-4", "12/14"
      while ((scan.punct(numberEnd) === '-' || scan.punct(numberEnd) === '/') && scan.num(numberEnd + 1) !== undefined && scan.adjacent(numberEnd - 1) && scan.adjacent(numberEnd)) {
        numberEnd += 2;
      }
      k = numberEnd;
      continue;
    }
    if (token.text === '.' || token.text === '-' || token.text === '’' || token.text === "'") {
      k++;
      continue;
    }
    break;
  }
  if (nameWords === 0) return -1;
  if (lastNumber === -1) {
    scan.claim(i, j);
    return j;
  }
  const house = scan.slice(lastNumber, numberEnd).toUpperCase();
  scan.claim(i, lastNumber);
  scan.add({ kind: 'address', key: `house:${house}`, label: `house number ${house}`, from: lastNumber, to: numberEnd });
  return numberEnd;
}
