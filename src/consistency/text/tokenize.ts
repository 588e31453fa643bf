/**
 * Splits text into number, word, space and punctuation tokens in one linear
 * pass. Extractors match on tokens, never on the raw string with open-ended
 * regular expressions, so adversarial input cannot make them slow.
 */

export type TokenType = 'num' | 'word' | 'space' | 'punct';

export interface Token {
  type: TokenType;
  text: string;
  /** Lower case, typographic apostrophes folded to ASCII. */
  lower: string;
  /** Index of the first character in the tokenised string. */
  start: number;
  end: number;
}

// Digits; letters with inner apostrophes (п'ятниця, o'clock); whitespace; any other single code point.
const TOKEN = /(\d+)|([\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*)|(\s+)|([\s\S])/uy;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(text)) !== null) {
    const value = match[0];
    const type: TokenType = match[1] !== undefined ? 'num' : match[2] !== undefined ? 'word' : match[3] !== undefined ? 'space' : 'punct';
    const lower = type === 'word' ? value.toLowerCase().replace(/[’ʼ]/g, "'") : value;
    tokens.push({ type, text: value, lower, start: match.index, end: match.index + value.length });
    if (TOKEN.lastIndex >= text.length) break;
  }
  return tokens;
}
