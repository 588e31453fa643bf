/**
 * Single-fact mutations for measuring recall: change one fact, as a
 * careless translator might, and keep everything else as it was.
 */
import { normaliseIdentifier, romanValue } from '../../src/consistency/extract/places.ts';
import type { LanguagePack } from '../../src/consistency/packs/types.ts';
import type { Fact } from '../../src/consistency/types.ts';

/** A number up to 39 in Roman numerals. */
function toRoman(value: number): string {
  const tens = 'X'.repeat(Math.floor(value / 10));
  const ones = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][value % 10] ?? '';
  return tens + ones;
}

/** Another floor than `level`, written the language's way. */
function otherFloor(lang: string, level: number): string | undefined {
  // Two floors up: another floor whether the text counts the ground floor as 0 or as 1.
  const target = level + 2;
  const suffix = target % 10 === 1 && target !== 11 ? 'st' : target % 10 === 2 && target !== 12 ? 'nd' : target % 10 === 3 && target !== 13 ? 'rd' : 'th';
  const written: Record<string, string> = { pl: `${target} piętro`, en: `${target}${suffix} floor`, uk: `${target}-й поверх` };
  return written[lang];
}
const OTHER_TIME: Record<string, string> = { pl: '13:00', en: '1 pm', uk: '13:00' };

/** The next letter of the same alphabet that names another building ("A" → "B", "А" → "Б", "Б" → "Г": В reads as B). */
function nextLetter(letter: string): string {
  if (letter === 'Z') return 'Y';
  if (letter === 'Я') return 'Ю';
  let next = String.fromCharCode(letter.charCodeAt(0) + 1);
  while (normaliseIdentifier(next) === normaliseIdentifier(letter)) next = String.fromCharCode(next.charCodeAt(0) + 1);
  return next;
}

function otherWeekday(word: string, fact: Fact, pack: LanguagePack, avoid: ReadonlySet<string>): string | undefined {
  const day = fact.weekday?.day ?? 1;
  // The next day its paragraph does not name already: "Sat, Sun" → "Mon, Sun", not "Sun, Sun".
  let target = (day % 7) + 1;
  while (avoid.has(`wd:${target}`) && target !== day) target = (target % 7) + 1;
  const table = fact.weekday?.recurring && pack.recurringWeekdays.has(word.toLowerCase()) ? pack.recurringWeekdays : pack.weekdays;
  const candidates = [...table].filter(([, d]) => d === target).map(([form]) => form);
  const ending = word.slice(-2).toLowerCase();
  const pick = candidates.find((form) => form.endsWith(ending)) ?? candidates[0];
  if (!pick) return undefined;
  return word[0] === word[0]?.toUpperCase() ? pick[0]?.toUpperCase() + pick.slice(1) : pick;
}

/** The fact's text with its value changed, or undefined when no sensible change exists. */
/**
 * `avoid`: the keys its paragraph already states for the fact's kind. A change
 * to one of them would repeat a value rather than change one ("IV." → "V."
 * beside the next item's "V."), which no reading can tell from a reordering.
 */
export function mutateFactText(fact: Fact, pack: LanguagePack, avoid: ReadonlySet<string> = new Set()): string | undefined {
  const { text } = fact;
  switch (fact.kind) {
    case 'weekday': {
      const words = text.split(/(\s+)/);
      for (let i = words.length - 1; i >= 0; i--) {
        const word = words[i] ?? '';
        const lower = word.toLowerCase().replace(/[’ʼ]/g, "'");
        if (pack.weekdays.has(lower) || pack.recurringWeekdays.has(lower) || pack.weekdayAbbreviations.has(lower)) {
          const replacement = otherWeekday(word, fact, pack, avoid);
          if (!replacement) return undefined;
          words[i] = replacement;
          return words.join('');
        }
      }
      return undefined;
    }
    case 'email':
      return text.replace('@', 'x@');
    case 'url': {
      // A path gets a typo at its end; a bare domain in its name (a typo in the ending, "krakow.plx", would be no address at all).
      const hasPath = /^(?:[a-z]+:\/\/)?[^/]+\/[^/]/i.test(text);
      const lastDot = text.lastIndexOf('.');
      return hasPath || lastDot === -1 ? `${text}x` : `${text.slice(0, lastDot)}x${text.slice(lastDot)}`;
    }
    case 'building': {
      const match = /[A-ZА-ЯІ](?=[^A-ZА-ЯІ]*$)/u.exec(text);
      if (match) return text.slice(0, match.index) + nextLetter(match[0]) + text.slice(match.index + 1);
      break;
    }
    default:
      break;
  }
  // A Roman numeral is changed to the next one ("II" → "III").
  if (/^[IVX]+\.?$/.test(text)) {
    let value = (romanValue(text.replace('.', '')) ?? 0) + 1;
    // Nor a single letter, which reads as a numeral only beside certain words.
    while (avoid.has(String(value)) || toRoman(value).length === 1) value++;
    return toRoman(value) + (text.endsWith('.') ? '.' : '');
  }
  // "two-year" → "three-year": a number word is changed to the next one, written the same way.
  const compound = /^([^\s-]+)-(.+)$/u.exec(text);
  const wordValue = compound ? pack.numberWords.get((compound[1] ?? '').toLowerCase()) : undefined;
  if (compound && wordValue !== undefined) {
    const next = [...pack.numberWords].find(([, value]) => value === wordValue + 1)?.[0];
    if (next) return `${next}-${compound[2]}`;
  }
  // "12 noon" → "13 noon" or "11 noon" names no time: another time is written the language's way.
  if (fact.kind === 'time' && /noon|midnight|południ|północ|опівд|опівноч/i.test(text)) return OTHER_TIME[pack.code];
  // A floor moves two up, written the language's way: one up may be the same floor in the other count
  // ("2-й поверх (I piętro)" is how a Ukrainian text writes the first floor).
  if (fact.kind === 'floor') return otherFloor(pack.code, Number(fact.key.replace('floor:', '')));
  const digits = /\d+/.exec(text);
  if (digits) {
    // Another real value, not an impossible one ("32 October", "25:00", "13 pm"): those are the calendar rules' to catch.
    const number = Number(digits[0]);
    const twelveHour = fact.kind === 'time' && /[ap]\.?\s*m\b/i.test(text);
    const limit = fact.kind === 'date' && digits[0].length <= 2 ? 31 : fact.kind === 'time' && digits.index === 0 ? (twelveHour ? 12 : 23) : Infinity;
    const value = String(number + 1 > limit ? number - 1 : number + 1).padStart(digits[0].length, '0');
    return text.slice(0, digits.index) + value + text.slice(digits.index + digits[0].length);
  }
  if (fact.kind === 'time') return OTHER_TIME[pack.code];
  if (fact.kind === 'number') return '13';
  return undefined;
}
