import { describe, expect, it } from 'vitest';
import { keys } from '../../../test/helpers/check-texts.ts';

describe('times that no clock shows', () => {
  it.each([
    ['pl', 'o 25:00', 'invalid:25:00'],
    ['pl', 'do 24:30', 'invalid:24:30'],
    ['uk', 'о 17:65', 'invalid:17:65'],
    ['pl', 'godz. 25.00', 'invalid:25.00'],
    ['en', 'at 13 pm', 'invalid:13 pm'],
    ['en', 'at 13:00 a.m.', 'invalid:13:00 a.m.'],
  ] as const)('%s: "%s" is an impossible time', (lang, text, key) => {
    expect(keys(lang, text, 'time')).toEqual([key]);
  });

  it.each([
    ['pl', 'wynik 3:1'],
    ['pl', 'cena 24.99 zł'],
    ['pl', 'o 10:30:15'],
    ['en', 'at least 5.00'],
  ] as const)('%s: "%s" is no time at all', (lang, text) => {
    expect(keys(lang, text, 'time')).toEqual([]);
  });

  it('reads British "10.00–16.00" and "at 10.00" as times in English', () => {
    expect(keys('en', 'open 10.00–16.00 daily', 'time')).toEqual(['10:00', '16:00']);
    expect(keys('en', 'opens at 10.00', 'time')).toEqual(['10:00']);
  });
});

describe('hours and days in schedules', () => {
  it('reads a bare hour that ends a range begun by a time as a time, not one joined by "and"', () => {
    expect(keys('pl', 'od 10:30 do 12 w budynku', 'time')).toEqual(['10:30', '12:00']);
    expect(keys('uk', 'з 10.30 до 12', 'time')).toEqual(['10:30', '12:00']);
    expect(keys('uk', 'о 9-й та 11 учнів')).toEqual(['09:00', '11']);
    expect(keys('pl', 'od 18:00 do 6 osób', 'time')).toEqual(['18:00']);
  });

  it.each([
    ['en', 'Tue 4–6 pm', 'wd:2'],
    ['en', 'Tue: 8 a.m. – 5 p.m.', 'wd:2'],
    ['pl', 'wt. 16.00–18.00', 'wd:2'],
    ['pl', 'pn. 8–17', 'wd:1'],
    ['uk', 'вт: з 8:00 до 17:00', 'wd:2'],
    ['uk', 'сб з 8:00 до 14:00', 'wd:6'],
  ] as const)('%s: an abbreviated weekday before its hours, "%s", names the day', (lang, text, key) => {
    expect(keys(lang, text, 'weekday')).toEqual([key]);
  });

  it('still drops an abbreviation that stands before a count', () => {
    expect(keys('uk', 'пт з 5 осіб', 'weekday')).toEqual([]);
  });
});

describe('dates', () => {
  it('reads a day past 31 before a month name, or after one with a year, as an impossible date', () => {
    expect(keys('pl', 'do 32 października 2025 r.', 'date')).toEqual(['invalid:2025-10-32']);
    expect(keys('en', 'until December 32, 2025', 'date')).toEqual(['invalid:2025-12-32']);
    expect(keys('en', 'in June 35 people came', 'number')).toEqual(['35']);
  });

  it('reads a year with its year word glued on ("2013р", "2022r.")', () => {
    expect(keys('uk', 'з дня 7 січня 2013р в справі', 'date')).toEqual(['2013-01-07']);
    expect(keys('pl', '5 maja 2022r. o godz. 10', 'date')).toEqual(['2022-05-05']);
  });

  it('takes "December 29 - 10.00" for a day and a time, not a range of days', () => {
    expect(keys('en', 'December 29 - 10.00 a.m.-4.00 p.m.', undefined, { publicationDate: '2022-12-21' })).toEqual(['2022-12-29', '10:00', '16:00']);
  });

  it('reads the short second year of a school year whatever it is', () => {
    expect(keys('en', 'the 2025/26 school year', 'date')).toEqual(['2025', '2026']);
    expect(keys('en', 'the 2025/27 school year', 'date')).toEqual(['2025', '2027']);
    expect(keys('en', 'the 1999/00 season', 'date')).toEqual(['1999', '2000']);
  });
});

describe('numbers written as ordinals and Roman numerals', () => {
  it.each([
    ['pl', 'XXIV sesja Rady Miasta', ['24 (ordinal)']],
    ['pl', 'II etap, turnus I, klasy VII i VIII', ['2 (ordinal)', '1 (ordinal)', '7 (ordinal)', '8 (ordinal)']],
    ['uk', 'ІІ етап (Cyrillic І)', ['2 (ordinal)']],
    ['en', 'the XXIII session', ['23 (ordinal)']],
    ['en', 'Q1 2025', ['1 (ordinal)']],
  ] as const)('%s: "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'number')).toEqual(expected);
  });

  it('leaves the English pronoun "I", building letters and capitalised words alone', () => {
    expect(keys('en', 'I think so, see pavilion C', 'number')).toEqual([]);
    expect(keys('pl', 'pawilon C, budynek D', 'number')).toEqual([]);
  });
});

describe('floors glossed with the building numbering', () => {
  it.each([
    ['uk', 'кімн. 112, другий поверх (I piętro)', ['floor:1']],
    ['uk', 'кімн. 208 (3-й поверх, II piętro)', ['floor:2']],
    ['uk', 'кімн. 104 (перший поверх, parter)', ['floor:0']],
    ['uk', 'зала № 105, другий поверх — I piętro', ['floor:1']],
    ['en', '2nd floor (1 piętro)', ['floor:1']],
  ] as const)('%s: "%s" is the floor the gloss gives', (lang, text, expected) => {
    expect(keys(lang, text, 'floor')).toEqual(expected);
    expect(keys(lang, text, 'number')).toEqual([]);
  });
});
