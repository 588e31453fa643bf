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

describe('addresses and years', () => {
  it('reads a house letter after a slash as the letter of the house ("31/B" = "31b" = "31/Б")', () => {
    expect(keys('pl', 'ul. Długa 31/B', 'address')).toEqual(['house:31B']);
    expect(keys('uk', 'вул. Довга 31/Б', 'address')).toEqual(['house:31B']);
    expect(keys('en', 'ul. Długa 31b', 'address')).toEqual(['house:31B']);
    expect(keys('pl', 'ul. Polna 3/5', 'address')).toEqual(['house:3/5']);
  });

  it('gives a date without a year the year that puts it closest to a full date before it in the paragraph', () => {
    expect(keys('en', 'Saturday 16 May 2026, until 1 am on Sunday 17 May', 'date', { publicationDate: '2025-03-10' })).toEqual(['2026-05-16', '2026-05-17']);
    expect(keys('pl', '28 grudnia 2026 r. i 2 stycznia', 'date', { publicationDate: '2025-03-10' })).toEqual(['2026-12-28', '2027-01-02']);
    expect(keys('en', 'From October 31st to November 2nd, 2024. On Friday, 1 November', 'date', { publicationDate: '2024-10-01' })).toEqual(['2024-10-31', '2024-11-02', '2024-11-01']);
  });
});

describe('holidays by name', () => {
  it.each([
    ['pl', 'nieczynne w Boże Narodzenie', ['2024-12-25']],
    ['en', 'closed on Christmas Day', ['2024-12-25']],
    ['uk', 'зачинено на Різдво', ['2024-12-25']],
    ['pl', 'w Święto Trzech Króli', ['2025-01-06']],
    ['pl', 'w Boże Ciało', ['2024-05-30']],
    ['en', 'on Corpus Christi', ['2024-05-30']],
  ] as const)('%s: "%s" is its date', (lang, text, expected) => {
    expect(keys(lang, text, 'date', { publicationDate: '2024-06-14' }).map((key) => key)).toEqual(
      // Corpus Christi 2024 was 30 May, before publication: the next one is meant only if the window says so.
      expected,
    );
    expect(keys(lang, text, 'number')).toEqual([]);
  });

  it('lets a date written beside the name count, once', () => {
    expect(keys('en', "New Year's Eve concert on Tuesday, 31 December 2024", 'date')).toEqual(['2024-12-31']);
    expect(keys('en', 'on Christmas Eve, 25 December, until 2 pm', 'date', { publicationDate: '2024-11-20' })).toEqual(['2024-12-25']);
  });
});

describe('numbers joined to words', () => {
  it.each([
    ['pl', 'Piętnastominutowa przerwa', ['15 min']],
    ['uk', "п'ятнадцятихвилинна перерва", ['15 min']],
    ['en', 'a fifteen-minute break', ['15 min']],
    ['pl', 'dwudniowy kurs', ['2']],
    ['uk', 'дводенний курс', ['2']],
    ['en', 'a two-day course', ['2']],
    ['pl', 'trzykrotnie', ['3']],
    ['pl', 'dwuletnia kadencja', ['2']],
    ['pl', 'jednostka, dwukolorowy', []],
  ] as const)('%s: "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'number')).toEqual(expected);
  });

  it('reads a unit glued to its number ("18lat", "10min", "5km", "20zł"), not a code ("5G", "A4", "COVID-19")', () => {
    expect(keys('pl', 'Dzieci 7-18lat, bilet 20zł, 10min, 5km')).toEqual(['7', '18', 'PLN:20', '10 min', '5']);
    expect(keys('en', 'a 5G network, A4 paper, COVID-19')).toEqual([]);
  });
});

describe('Russian forms in Ukrainian text', () => {
  it('reads "у четверг 13 марта" and "в понедельник" as the days and months they name', () => {
    expect(keys('uk', 'У четверг 13 марта 2025 р. і в понедельник 17 марта', undefined)).toEqual(['wd:4@2025-03-13', '2025-03-13', 'wd:1@2025-03-17', '2025-03-17']);
  });
});

describe('days written twice and years said relatively', () => {
  it('reads "2 (другого) травня" as one date', () => {
    expect(keys('uk', 'Зустріч 2 (другого) травня 2025 р.')).toEqual(['2025-05-02']);
  });

  it('reads the relative year after a weekday in brackets ("16 березня (середа) цього року")', () => {
    expect(keys('uk', 'Зустріч 16 березня (середа) цього року.', 'date', { publicationDate: '2021-12-10' })).toEqual(['2021-03-16']);
  });

  it('reads "symboliczna złotówka" as one złoty, and a phone number split by en dashes as the number', () => {
    expect(keys('pl', 'Opłata: symboliczna złotówka.')).toEqual(['PLN:1']);
    expect(keys('pl', 'Tel. 734 – 117 -307.')).toEqual(['+48734117307']);
    expect(keys('pl', 'Ceny: 100 – 200 – 300 zł.', 'phone')).toEqual([]);
  });
});

describe('weekdays beside dates', () => {
  it('ties no date to a list of weekdays that follows it ("З 16 березня 2022 року – понеділок, вівторок, четвер")', () => {
    expect(keys('uk', 'З 16 березня 2022 року – понеділок, вівторок, четвер, п’ятниця о 8:00-16:00', 'weekday')).toEqual(['wd:1', 'wd:2', 'wd:4', 'wd:5']);
    // A single weekday after its date is still that date's: "19 June 2024 (Monday)".
    expect(keys('en', 'on 19 June 2024 (Monday)', 'weekday')).toEqual(['wd:1@2024-06-19']);
  });

  it('pairs weekdays with a run of dates only within one week', () => {
    expect(keys('en', 'from 1st May to 30th September 2026, Tuesday to Sunday', 'weekday')).toEqual(['wd:2', 'wd:7']);
    expect(keys('pl', 'w sobotę i niedzielę (6–7 lipca 2024)', 'weekday')).toEqual(['wd:6@2024-07-06', 'wd:7@2024-07-07']);
  });
});

describe('more readings', () => {
  it('reads the days around Easter by name, in every language', () => {
    const at = { publicationDate: '2026-03-10' };
    expect(keys('pl', 'w Wielki Czwartek i w Wielki Piątek', 'date', at)).toEqual(['2026-04-02', '2026-04-03']);
    expect(keys('en', 'on Maundy Thursday and Good Friday', 'date', at)).toEqual(['2026-04-02', '2026-04-03']);
    expect(keys('uk', "у Чистий четвер і в Страсну п'ятницю, до Великоднього понеділка", 'date', at)).toEqual(['2026-04-02', '2026-04-03', '2026-04-06']);
  });

  it('lets dates count where holiday names in brackets gloss them', () => {
    expect(keys('en', 'no sweeping from 3 to 7 April (Good Friday to Easter Monday)', 'date', { publicationDate: '2026-03-10' })).toEqual(['2026-04-03', '2026-04-07']);
  });

  it('reads a number word that numbers something in English, even one ("round one")', () => {
    expect(keys('en', 'opening and round one', 'number')).toEqual(['1 (ordinal)']);
  });

  it('takes a span of bare numbers in a table for the counts the others give there, though a timetable elsewhere names those hours', () => {
    expect(keys('pl', '| Taniec | 9–13 lat |', 'number')).toEqual(['9', '13']);
  });
});

describe('every other week in one word', () => {
  it('reads "щодругого вівторка" as every other Tuesday, as "co drugi wtorek" and "every other Tuesday"', () => {
    expect(keys('uk', 'Щодругого вівторка о 14:00', 'weekday')).toEqual(['wd:2/2*']);
    expect(keys('pl', 'Co drugi wtorek o godz. 14.00', 'weekday')).toEqual(['wd:2/2*']);
    expect(keys('en', 'Every other Tuesday at 2 pm', 'weekday')).toEqual(['wd:2/2*']);
  });
});

describe('found by blind batch 4', () => {
  it('takes days listed before a month in order only ("aged 13–17, 8–12 February" is an age range, then the days)', () => {
    expect(keys('en', 'young people aged 13–17, 8–12 February 2027', undefined, { publicationDate: '2026-12-01' })).toEqual(['13', '17', '2027-02-08', '2027-02-12']);
    expect(keys('pl', '3, 10, 17 i 24 października', 'date', { publicationDate: '2026-09-01' })).toEqual(['2026-10-03', '2026-10-10', '2026-10-17', '2026-10-24']);
  });

  it('reads "z kwadransem przerwy" and "półtoragodzinny" as durations', () => {
    expect(keys('pl', 'z kwadransem przerwy, koncert półtoragodzinny', 'number')).toEqual(['15 min', '90 min']);
    expect(keys('uk', 'півторагодинний концерт', 'number')).toEqual(['90 min']);
  });
});
