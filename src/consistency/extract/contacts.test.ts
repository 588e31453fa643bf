import { describe, expect, it } from 'vitest';
import { checkTexts, keys, md } from '../../../test/helpers/check-texts.ts';
import { normaliseUrl } from './contacts.ts';

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

  it('reads a country code in parentheses as part of the number, leaving no number behind', () => {
    expect(keys('uk', 'тел.: (+48) 12-616-12-00')).toEqual(['+48126161200']);
    expect(keys('en', 'phone (+44) 20 7946 0958')).toEqual(['+442079460958']);
  });

  it('does not read other digit groups as phone numbers', () => {
    expect(keys('pl', '84 512 głosów, 2024 - 2028, 30-701', 'phone')).toEqual([]);
  });

  it('reads e-mail addresses case-insensitively', () => {
    expect(keys('en', 'write to Konsultacje@Example.Krakow.pl.', 'email')).toEqual(['konsultacje@example.krakow.pl']);
  });

  it('reads e-mail addresses with the "@" written out against spam robots, not as web addresses', () => {
    expect(keys('pl', 'e-mail: info [at] krakow.pl', undefined)).toEqual(['info@krakow.pl']);
    expect(keys('pl', 'pisz na info(at)krakow.pl.', undefined)).toEqual(['info@krakow.pl']);
    expect(keys('pl', 'info [małpa] krakow.pl', undefined)).toEqual(['info@krakow.pl']);
    expect(keys('uk', 'info (собака) krakow.pl', undefined)).toEqual(['info@krakow.pl']);
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

describe('the same page in another language', () => {
  it('counts language paths and language parameters as the same place', () => {
    expect(normaliseUrl('https://www.krakow.pl/en/news/')).toBe(normaliseUrl('krakow.pl/pl/news'));
    expect(normaliseUrl('https://krakow.pl/ua/news?lang=uk&id=3')).toBe(normaliseUrl('https://krakow.pl/en/news?lang=en&id=3'));
    expect(normaliseUrl('https://x.pl/a?hl=en#top')).toBe('x.pl/a#top');
  });

  it('keeps paths that only start like a language code', () => {
    expect(normaliseUrl('https://example.com/enroll')).toBe('example.com/enroll');
    expect(normaliseUrl('https://example.com/uk-visa')).toBe('example.com/uk-visa');
    expect(normaliseUrl('https://krakow.pl/en/news')).not.toBe(normaliseUrl('https://krakow.pl/en/events'));
  });

  it('does not report written URLs that differ only in their language path', () => {
    const result = checkTexts({
      x: {
        pl: md('Szczegóły: www.krakow.pl/pl/konsultacje'),
        en: md('Details: www.krakow.pl/en/konsultacje'),
        uk: md('Деталі: www.krakow.pl/ua/konsultacje'),
      },
    });
    expect(result.findings.filter((f) => f.fact === 'url')).toEqual([]);
  });
});
