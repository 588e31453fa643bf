import { packs } from '../packs/index.ts';
import { matchFloorNounFirst, matchFloorNumber, matchFloorRoman, matchFloorWords } from './places.ts';
import { Scan, type RawFact } from './scan.ts';

/** Signs that open a gloss after a floor: "другий поверх (I piętro)", "(3-й поверх, II piętro)", "2nd floor / 1 piętro". */
const GLOSS_OPENERS = new Set(['(', ',', '/', '[', '—', '–', '-', '=']);

/** The floor another language's words give at i, read with that language's pack over the same tokens. */
function floorInOtherLanguage(scan: Scan, i: number, others: Map<string, Scan>): RawFact | undefined {
  for (const [code, pack] of Object.entries(packs)) {
    if (pack === scan.pack) continue;
    let other = others.get(code);
    if (!other) others.set(code, (other = new Scan(scan.tokens, scan.text, { ...scan.options, pack, floorConvention: 'building' })));
    const before = other.facts.length;
    const isWord = scan.tokens.isWord(i);
    let end = isWord ? matchFloorRoman(other, i) : matchFloorNumber(other, i);
    if (end === -1 && isWord) end = matchFloorWords(other, i);
    if (end === -1 && isWord) end = matchFloorNounFirst(other, i);
    const found = other.facts[before];
    if (end !== -1 && found?.kind === 'floor') return found;
  }
  return undefined;
}

/**
 * A floor glossed with the building's own numbering in the language of the
 * place: "другий поверх (I piętro)", "3-й поверх, II piętro", "first floor
 * (parter)". Translators write the gloss where readers count floors another
 * way, so it says which floor the text means: the floor takes the gloss's
 * level, the gloss is no fact of its own, and `shifted` tells that this text
 * counts the ground floor as the first.
 */
export function readFloorGlosses(scan: Scan): { shifted: boolean } {
  let shifted = false;
  const floors = scan.facts.filter((fact) => fact.kind === 'floor');
  if (floors.length === 0) return { shifted };
  const others = new Map<string, Scan>();
  for (const floor of floors) {
    let k = scan.skip(floor.to);
    if (!GLOSS_OPENERS.has(scan.punct(k) ?? '')) continue;
    k = scan.skip(k + 1);
    const gloss = floorInOtherLanguage(scan, k, others);
    if (!gloss) continue;
    const level = Number(gloss.key.replace('floor:', ''));
    const written = Number(floor.key.replace('floor:', ''));
    // A gloss names the same floor in the other count, or in the same; "3-й поверх (I piętro)" does neither,
    // and the floor is compared as written.
    if (written !== level && written !== level + 1) continue;
    if (written === level + 1) shifted = true;
    floor.key = gloss.key;
    floor.label = gloss.label;
    floor.glossed = true;
    // Whatever this language read inside the gloss ("I" as a number) is the gloss.
    for (let f = scan.facts.length - 1; f >= 0; f--) {
      const fact = scan.facts[f];
      if (fact && fact !== floor && fact.from >= gloss.from && fact.to <= gloss.to) scan.facts.splice(f, 1);
    }
    scan.claim(gloss.from, gloss.to);
  }
  return { shifted };
}
