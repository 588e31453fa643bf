/**
 * Single-fact mutations for measuring recall: change one fact, as a
 * careless translator might, and keep everything else as it was.
 */
import type { LanguagePack } from '../../src/consistency/packs/types.ts';
import type { Fact } from '../../src/consistency/types.ts';

const OTHER_FLOOR: Record<string, string> = { pl: '3 piętro', en: '3rd floor', uk: '3-й поверх' };
const OTHER_TIME: Record<string, string> = { pl: '13:00', en: '1 pm', uk: '13:00' };

/** The next letter of the same alphabet ("A" → "B", "А" → "Б"). */
function nextLetter(letter: string): string {
  if (letter === 'Z') return 'Y';
  if (letter === 'Я') return 'Ю';
  return String.fromCharCode(letter.charCodeAt(0) + 1);
}

function otherWeekday(word: string, fact: Fact, pack: LanguagePack): string | undefined {
  const day = fact.weekday?.day ?? 1;
  const target = (day % 7) + 1;
  const table = fact.weekday?.recurring && pack.recurringWeekdays.has(word.toLowerCase()) ? pack.recurringWeekdays : pack.weekdays;
  const candidates = [...table].filter(([, d]) => d === target).map(([form]) => form);
  const ending = word.slice(-2).toLowerCase();
  const pick = candidates.find((form) => form.endsWith(ending)) ?? candidates[0];
  if (!pick) return undefined;
  return word[0] === word[0]?.toUpperCase() ? pick[0]?.toUpperCase() + pick.slice(1) : pick;
}

/** The fact's text with its value changed, or undefined when no sensible change exists. */
export function mutateFactText(fact: Fact, pack: LanguagePack): string | undefined {
  const { text } = fact;
  switch (fact.kind) {
    case 'weekday': {
      const words = text.split(/(\s+)/);
      for (let i = words.length - 1; i >= 0; i--) {
        const word = words[i] ?? '';
        const lower = word.toLowerCase().replace(/[’ʼ]/g, "'");
        if (pack.weekdays.has(lower) || pack.recurringWeekdays.has(lower) || pack.weekdayAbbreviations.has(lower)) {
          const replacement = otherWeekday(word, fact, pack);
          if (!replacement) return undefined;
          words[i] = replacement;
          return words.join('');
        }
      }
      return undefined;
    }
    case 'email':
      return text.replace('@', 'x@');
    case 'url':
      return `${text}x`;
    case 'building': {
      const match = /[A-ZА-ЯІ](?=[^A-ZА-ЯІ]*$)/u.exec(text);
      if (match) return text.slice(0, match.index) + nextLetter(match[0]) + text.slice(match.index + 1);
      break;
    }
    default:
      break;
  }
  const digits = /\d+/.exec(text);
  if (digits) {
    const value = String(Number(digits[0]) + 1).padStart(digits[0].length, '0');
    return text.slice(0, digits.index) + value + text.slice(digits.index + digits[0].length);
  }
  if (fact.kind === 'floor') return OTHER_FLOOR[pack.code];
  if (fact.kind === 'time') return OTHER_TIME[pack.code];
  if (fact.kind === 'number') return '13';
  return undefined;
}
