/**
 * Splits text into number, word, space and punctuation tokens in one linear
 * pass. Extractors match on tokens, never on the raw string with open-ended
 * regular expressions, so adversarial input cannot make them slow.
 */

import { sharedInt32Array, sharedUint8Array } from './typed-arrays.ts';

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

/** Typographic apostrophes as the ASCII one: п’ятниця = п'ятниця. */
const foldApostrophes = (text: string) => (text.includes('\u2019') || text.includes('\u02bc') ? text.replace(/[\u2019\u02bc]/g, "'") : text);

const isApostrophe = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2bc;

/** Token types by class code (OTHER, IS_LETTER, IS_DIGIT, IS_SPACE). */
const TYPE_NAMES: readonly TokenType[] = ['punct', 'word', 'num', 'space'];

/**
 * The tokens of one text, kept as two typed arrays (class and start of each
 * token) rather than one object per token: a paragraph of a million digits
 * would otherwise allocate a million long-lived objects. Tokens are
 * contiguous, so a token ends where the next one starts.
 */
export class Tokens {
  readonly length: number;
  readonly source: string;
  private readonly classes: Uint8Array;
  private readonly starts: Int32Array;
  /**
   * The whole text lower-cased with apostrophes folded, made on the first
   * word asked for: one conversion per text instead of two strings per
   * word. Null when lower-casing changes the length (a dotted capital İ),
   * which would shift the offsets; words are then converted one by one.
   */
  private lowerSource: string | null | undefined;

  constructor(source: string, classes: Uint8Array, starts: Int32Array, length: number) {
    this.source = source;
    this.classes = classes;
    this.starts = starts;
    this.length = length;
  }

  /** Class code of token i (see TYPE_NAMES), or -1 outside the text. */
  private classAt(i: number): number {
    return i >= 0 && i < this.length ? (this.classes[i] ?? -1) : -1;
  }

  type(i: number): TokenType | undefined {
    return TYPE_NAMES[this.classAt(i)];
  }

  isWord(i: number): boolean {
    return this.classAt(i) === IS_LETTER;
  }

  isNum(i: number): boolean {
    return this.classAt(i) === IS_DIGIT;
  }

  isSpace(i: number): boolean {
    return this.classAt(i) === IS_SPACE;
  }

  isPunct(i: number): boolean {
    return this.classAt(i) === OTHER;
  }

  /** Where token i starts in the text; -1 outside the text. */
  start(i: number): number {
    return i >= 0 && i < this.length ? (this.starts[i] ?? -1) : -1;
  }

  /** Where token i ends in the text (the next one's start); -1 outside the text. */
  end(i: number): number {
    return i >= 0 && i < this.length ? (this.starts[i + 1] ?? -1) : -1;
  }

  text(i: number): string | undefined {
    return i >= 0 && i < this.length ? this.source.slice(this.start(i), this.end(i)) : undefined;
  }

  /** Lower case with typographic apostrophes folded to ASCII for words; the text for other tokens. */
  lower(i: number): string | undefined {
    if (!this.isWord(i)) return this.text(i);
    if (this.lowerSource === undefined) {
      const whole = foldApostrophes(this.source.toLowerCase());
      this.lowerSource = whole.length === this.source.length ? whole : null;
    }
    return this.lowerSource === null ? foldApostrophes((this.text(i) ?? '').toLowerCase()) : this.lowerSource.slice(this.start(i), this.end(i));
  }

  /** Token i as an object, for code that reads several of its parts. */
  at(i: number): Token | undefined {
    const type = this.type(i);
    if (type === undefined) return undefined;
    const text = this.text(i) ?? '';
    return { type, text, lower: type === 'word' ? (this.lower(i) ?? text) : text, start: this.start(i), end: this.end(i) };
  }
}

export function tokenize(text: string): Tokens {
  const length = text.length;
  // At most one token per code unit; the arrays are trimmed by `count`, not copied.
  const classes = sharedUint8Array(length);
  const starts = sharedInt32Array(length + 1);
  let count = 0;
  let i = 0;
  while (i < length) {
    const start = i;
    const kind = classOf(text, i);
    if (kind === IS_DIGIT) {
      do i++;
      while (i < length && classOf(text, i) === IS_DIGIT);
    } else if (kind === IS_LETTER) {
      for (;;) {
        i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
        if (i >= length) break;
        const next = classOf(text, i);
        if (next === IS_LETTER) continue;
        // An apostrophe between letters belongs to the word: п'ятниця, o'clock.
        if (isApostrophe(text.charCodeAt(i)) && i + 1 < length && classOf(text, i + 1) === IS_LETTER) continue;
        break;
      }
    } else if (kind === IS_SPACE) {
      do i++;
      while (i < length && classOf(text, i) === IS_SPACE);
    } else {
      i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff && i + 1 < length ? 2 : 1;
    }
    classes[count] = kind;
    starts[count] = start;
    count++;
  }
  starts[count] = length;
  return new Tokens(text, classes, starts, count);
}
