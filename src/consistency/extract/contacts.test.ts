import { describe, expect, it } from 'vitest';
import { keys } from '../../../test/helpers/check-texts.ts';

describe('phones, e-mails and URLs', () => {
  it.each([
    ['pl', 'tel. 12 616 75 55', ['+48126167555']],
    ['en', 'phone +48 12 616 75 55', ['+48126167555']],
    ['pl', 'tel. 0 12 616 75 55', ['+48126167555']],
    ['pl', 'tel. (0-12) 616 75 55', ['+48126167555']],
    ['pl', 'tel. 0048 12 616 75 55', ['+48126167555']],
    ['uk', 'тел. (12) 616-75-55', ['+48126167555']],
    ['pl', 'tel. 600 123 456', ['+48600123456']],
    ['en', 'call +380 44 123 4567', ['+380441234567']],
  ] as const)('%s: reads the phone number in "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'phone')).toEqual(expected);
  });

  it('does not read other digit groups as phone numbers', () => {
    expect(keys('pl', '84 512 głosów, 2024 - 2028, 30-701', 'phone')).toEqual([]);
  });

  it('reads e-mail addresses case-insensitively', () => {
    expect(keys('en', 'write to Konsultacje@Example.Krakow.pl.', 'email')).toEqual(['konsultacje@example.krakow.pl']);
  });

  it('reads bare URLs and ignores trailing punctuation', () => {
    expect(keys('pl', 'Zobacz https://www.Krakow.pl/konsultacje/.', 'url')).toEqual(['krakow.pl/konsultacje']);
    expect(keys('en', '(see www.krakow.pl)', 'url')).toEqual(['krakow.pl']);
  });

  it('never takes numbers from inside URLs, e-mails and phone numbers', () => {
    expect(keys('en', 'https://example.com/2024/06/19 and a2024@example.com, tel. 12 616 75 55', 'number')).toEqual([]);
    expect(keys('en', 'https://example.com/2024/06/19', 'date')).toEqual([]);
  });
});
