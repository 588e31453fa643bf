/**
 * Splits text into number, word, space and punctuation tokens in one linear
 * pass. Extractors match on tokens, never on the raw string with open-ended
 * regular expressions, so adversarial input cannot make them slow.
 */

export type TokenType = 'num' | 'word' | 'space' | 'punct';

export interface Token {
  type: TokenType;
  text: string;
  /** Lower case with typographic apostrophes folded to ASCII (words only; otherwise the text). */
  lower: string;
  /** Index of the first character in the tokenised string. */
  start: number;
  end: number;
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/;

// Character classes of the first 0x530 code units (ASCII, Latin, Cyrillic), precomputed: 0 other, 1 letter, 2 digit, 3 space.
const OTHER = 0;
const IS_LETTER = 1;
const IS_DIGIT = 2;
const IS_SPACE = 3;
const TABLE_SIZE = 0x530;
const CLASSES = new Uint8Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) {
  const char = String.fromCharCode(code);
  CLASSES[code] = code >= 48 && code <= 57 ? IS_DIGIT : SPACE.test(char) ? IS_SPACE : LETTER.test(char) ? IS_LETTER : OTHER;
}

function classOf(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < TABLE_SIZE) return CLASSES[code] ?? OTHER;
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(index) ?? 0;
    return LETTER.test(String.fromCodePoint(point)) ? IS_LETTER : OTHER;
  }
  const char = text[index] ?? '';
  return SPACE.test(char) ? IS_SPACE : LETTER.test(char) ? IS_LETTER : OTHER;
}

const isApostrophe = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2bc;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const start = i;
    const kind = classOf(text, i);
    if (kind === IS_DIGIT) {
      do i++;
      while (i < length && classOf(text, i) === IS_DIGIT);
      const value = text.slice(start, i);
      tokens.push({ type: 'num', text: value, lower: value, start, end: i });
    } else if (kind === IS_LETTER) {
      let folded = false;
      for (;;) {
        i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
        if (i >= length) break;
        const next = classOf(text, i);
        if (next === IS_LETTER) continue;
        // An apostrophe between letters belongs to the word: п'ятниця, o'clock.
        const code = text.charCodeAt(i);
        if (isApostrophe(code) && i + 1 < length && classOf(text, i + 1) === IS_LETTER) {
          if (code !== 0x27) folded = true;
          continue;
        }
        break;
      }
      const value = text.slice(start, i);
      const lower = value.toLowerCase();
      tokens.push({ type: 'word', text: value, lower: folded ? lower.replace(/[’ʼ]/g, "'") : lower, start, end: i });
    } else if (kind === IS_SPACE) {
      do i++;
      while (i < length && classOf(text, i) === IS_SPACE);
      const value = text.slice(start, i);
      tokens.push({ type: 'space', text: value, lower: value, start, end: i });
    } else {
      i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff && i + 1 < length ? 2 : 1;
      const value = text.slice(start, i);
      tokens.push({ type: 'punct', text: value, lower: value, start, end: i });
    }
  }
  return tokens;
}
