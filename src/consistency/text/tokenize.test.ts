import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

const all = (text: string) => {
  const tokens = tokenize(text);
  return Array.from({ length: tokens.length }, (_, i) => tokens.at(i));
};

describe('tokenize', () => {
  it('splits numbers, words, spaces and punctuation, covering the text without gaps', () => {
    const tokens = all('o 17:30, sala 204A');
    expect(tokens.map((t) => t?.text)).toEqual(['o', ' ', '17', ':', '30', ',', ' ', 'sala', ' ', '204', 'A']);
    expect(tokens.map((t) => t?.type)).toEqual(['word', 'space', 'num', 'punct', 'num', 'punct', 'space', 'word', 'space', 'num', 'word']);
    expect(tokens.map((t) => `${t?.start}-${t?.end}`).join(' ')).toBe('0-1 1-2 2-4 4-5 5-7 7-8 8-9 9-13 13-14 14-17 17-18');
  });

  it('keeps apostrophes inside words and folds typographic ones in the lower case', () => {
    const tokens = tokenize('У П’ЯТНИЦЮ, at 5 O’Clock ’quoted’');
    const words = Array.from({ length: tokens.length }, (_, i) => i).filter((i) => tokens.isWord(i));
    expect(words.map((i) => tokens.text(i))).toEqual(['У', 'П’ЯТНИЦЮ', 'at', 'O’Clock', 'quoted']);
    expect(words.map((i) => tokens.lower(i))).toEqual(['у', "п'ятницю", 'at', "o'clock", 'quoted']);
    // A typographic apostrophe outside a word is punctuation, as written.
    expect(tokens.lower(tokens.length - 1)).toBe('’');
  });

  it('lower-cases words right when lower-casing changes the length of the text (İ)', () => {
    const tokens = tokenize('İSTANBUL i WARSZAWA');
    expect(tokens.lower(0)).toBe('i̇stanbul');
    expect(tokens.lower(4)).toBe('warszawa');
    expect(tokens.text(4)).toBe('WARSZAWA');
  });

  it('reads letters outside the Basic Multilingual Plane as letters', () => {
    const tokens = tokenize('a𝒜b 12');
    expect(tokens.text(0)).toBe('a𝒜b');
    expect(tokens.isNum(2)).toBe(true);
  });
});
