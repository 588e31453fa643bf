import { describe, expect, it } from 'vitest';
import { keys } from '../../../test/helpers/check-texts.ts';
import { packs } from '../packs/index.ts';
import { scanBlock } from './scan-block.ts';

/** The text each date is read from, as messages quote it. */
function quotedDates(lang: 'pl' | 'en' | 'uk', text: string): string[] {
  const pack = packs[lang];
  if (!pack) throw new Error(`no pack ${lang}`);
  const { facts, scan } = scanBlock(text, { pack, publicationDate: '2024-06-14', floorConvention: 'building', defaultCountry: 'PL' });
  return facts.filter((fact) => fact.kind === 'date').map((fact) => text.slice(scan.tokens.start(fact.from), scan.tokens.end(fact.to - 1)));
}

describe('dates', () => {
  it.each([
    ['pl', '19 czerwca 2024 r.', ['2024-06-19']],
    ['pl', '19-go czerwca', ['2024-06-19']],
    ['pl', '19 cze 2024', ['2024-06-19']],
    ['pl', '2024.06.19', ['2024-06-19']],
    ['pl', '19-VI-2024', ['2024-06-19']],
    ['pl', '19.VI.2024', ['2024-06-19']],
    ['pl', '2024/06/19', ['2024-06-19']],
    ['pl', '3 lis. 2024', ['2024-11-03']],
    ['uk', '19 чер. 2024', ['2024-06-19']],
    ['uk', '19 черв.', ['2024-06-19']],
    ['pl', 'od 13.09 do 15.09', ['2024-09-13', '2024-09-15']],
    ['uk', 'з 13.09 по 15.09', ['2024-09-13', '2024-09-15']],
    ['pl', '19 czerwca 2024 roku', ['2024-06-19']],
    ['pl', 'w środę, 19 czerwca', ['2024-06-19']],
    ['pl', '19 czerwiec 2024', ['2024-06-19']],
    ['pl', '19 czerwca', ['2024-06-19']],
    ['pl', '1 września 2024', ['2024-09-01']],
    ['pl', '19 wrzesnia 2024', ['2024-09-19']],
    ['en', '19 June 2024', ['2024-06-19']],
    ['en', 'June 19, 2024', ['2024-06-19']],
    ['en', 'June 19th', ['2024-06-19']],
    ['en', 'the 19th of June', ['2024-06-19']],
    ['en', '19th June 2024', ['2024-06-19']],
    ['en', 'Sept. 3, 2024', ['2024-09-03']],
    ['uk', '19 червня 2024 р.', ['2024-06-19']],
    ['uk', '19 червня 2024 року', ['2024-06-19']],
    ['uk', '19 червня 2024-го року', ['2024-06-19']],
    ['pl', '19 czerwca 2024-go roku', ['2024-06-19']],
    ['uk', '19-го червня', ['2024-06-19']],
  ] as const)('%s: reads "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'date')).toEqual(expected);
  });

  it.each([
    ['pl', '19.06.2024', ['2024-06-19']],
    ['pl', '19.06.2024 r.', ['2024-06-19']],
    ['uk', '19.06.2024', ['2024-06-19']],
    ['en', '2024-06-19', ['2024-06-19']],
    ['en', '19/06/2024', ['2024-06-19']],
    ['en', '06/19/2024', ['2024-06-19']],
    ['pl', '19-06-2024', ['2024-06-19']],
    ['pl', '19.06', ['2024-06-19']],
    ['uk', '19.06.', ['2024-06-19']],
    ['pl', '19 VI 2024', ['2024-06-19']],
    ['pl', '19.VI.2024', ['2024-06-19']],
    ['pl', '5 XI', ['2024-11-05']],
  ] as const)('%s: reads the numeric date "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'date')).toEqual(expected);
  });

  it('reads a day and month without a year after a weekday in any language, with a dot or a slash', () => {
    expect(keys('en', 'Wed 19/6', 'date')).toEqual(['2024-06-19']);
    expect(keys('en', 'Wednesday, 19.06', 'date')).toEqual(['2024-06-19']);
    expect(keys('en', 'Wed 6/19', 'date')).toEqual(['2024-06-19']);
    expect(keys('en', 'on Monday (19/06)', 'date')).toEqual(['2024-06-19']);
    expect(keys('pl', 'śr. 19/06', 'date')).toEqual(['2024-06-19']);
    // Without a weekday, English "19/6" may be anything, and "1/2" is a half.
    expect(keys('en', 'score 19/6', 'date')).toEqual([]);
    expect(keys('pl', '1/2 ceny', 'date')).toEqual([]);
  });

  it('reads a month named after a noun in Polish and Ukrainian, as English "in July"', () => {
    expect(keys('pl', 'w weekendy lipca', 'date')).toEqual(keys('en', 'weekends in July', 'date'));
    expect(keys('uk', 'у вихідні липня', 'date')).toEqual(['2024-07']);
    expect(keys('pl', 'na przełomie czerwca i lipca', 'date')).toEqual(keys('en', 'at the turn of June and July', 'date'));
    // A capitalised "Maja" is a name; "mają" is a verb.
    expect(keys('pl', 'Rozmawiała Maja Nowak', 'date')).toEqual([]);
    expect(keys('pl', 'mieszkańcy mają prawo', 'date')).toEqual([]);
  });

  it('takes the dot of an abbreviated month, not the full stop after a full name', () => {
    expect(quotedDates('en', 'Closed in July.')).toEqual(['July']);
    expect(quotedDates('en', 'Open on Sept. 3, 2024.')).toEqual(['Sept. 3, 2024']);
    expect(quotedDates('pl', 'Od 3 lip. 2024 r.')).toEqual(['3 lip. 2024 r.']);
    expect(quotedDates('uk', 'Це буде в квітні 2025 року.')).toEqual(['квітні 2025 року']);
  });

  it('reads a day number past 31 written as a day as an impossible date, not as a number', () => {
    expect(keys('en', 'From January 27th to 32nd, 2025', 'date')).toEqual(['2025-01-27', 'invalid:2025-01-32']);
    expect(keys('en', 'in June 35 people came', 'number')).toEqual(['35']);
  });

  it('reads a short month name only with its dot or a year, as some are also words', () => {
    expect(keys('pl', 'widziałem 19 lis', 'date')).toEqual([]);
    expect(keys('uk', 'надіслати 1 лист', 'date')).toEqual([]);
  });

  it('reads the two days of a night', () => {
    expect(keys('pl', 'w nocy z 12 na 13 lipca', 'date')).toEqual(['2024-07-12', '2024-07-13']);
    expect(keys('uk', 'в ніч з 12 на 13 липня', 'date')).toEqual(['2024-07-12', '2024-07-13']);
    expect(keys('en', 'the night of 12/13 July', 'date')).toEqual(['2024-07-12', '2024-07-13']);
    expect(keys('pl', 'w sobotę na 2 piętrze', 'date')).toEqual([]);
  });

  it('reads a shortened second year as the year it stands for', () => {
    expect(keys('en', 'the 2024/25 school year', 'date')).toEqual(['2024', '2025']);
    expect(keys('pl', 'rok szkolny 2024/2025', 'date')).toEqual(['2024', '2025']);
    expect(keys('uk', '2024–25 навчальний рік', 'date')).toEqual(['2024', '2025']);
    expect(keys('en', 'ref. 2024/37', 'date')).toEqual(['2024']);
  });

  it.each([
    ['en', 'Registration until 14 March 2025; exam on 12 April.', ['2025-03-14', '2025-04-12']],
    ['pl', 'Zapisy do 14 marca 2025; egzamin 12 kwietnia.', ['2025-03-14', '2025-04-12']],
    ['uk', 'Реєстрація до 14 березня 2025: далі іспит.', ['2025-03-14']],
    ['en', 'in March 2025; then', ['2025-03']],
    ['en', 'Is it on 14 March 2025?', ['2025-03-14']],
    ['pl', '„14 marca 2025”', ['2025-03-14']],
  ] as const)('keeps the year of a date that a semicolon, colon, question mark or quote follows (%s: %s)', (lang, text, expected) => {
    expect(keys(lang, text, 'date', { publicationDate: '2025-02-03' })).toEqual(expected);
  });

  it('keeps quarter-hour times after "od" and "do" as times', () => {
    expect(keys('pl', 'od 13.15 do 15.45', 'date')).toEqual([]);
    expect(keys('pl', 'od 13.15 do 15.45', 'time')).toEqual(['13:15', '15:45']);
  });

  it('does not read English decimals as dates', () => {
    expect(keys('en', 'a 1.5 km walk', 'date')).toEqual([]);
  });

  it.each([
    ['pl', 'od 13 czerwca do 5 lipca 2024 r.', ['2024-06-13', '2024-07-05']],
    ['pl', '13–15 września', ['2024-09-13', '2024-09-15']],
    ['pl', '13-15.09', ['2024-09-13', '2024-09-15']],
    ['pl', '13-15.09.2025', ['2025-09-13', '2025-09-15']],
    ['en', 'from 13 June to 5 July', ['2024-06-13', '2024-07-05']],
    ['en', 'from the 19th to the 21st of June', ['2024-06-19', '2024-06-21']],
    ['en', 'from 13 June 2024 and 5 July 2024', ['2024-06-13', '2024-07-05']],
    ['en', 'June 13–15', ['2024-06-13', '2024-06-15']],
    ['en', '13 to 15 September 2025', ['2025-09-13', '2025-09-15']],
    ['uk', 'з 13 червня по 5 липня', ['2024-06-13', '2024-07-05']],
    ['uk', 'з 13 по 15 вересня', ['2024-09-13', '2024-09-15']],
  ] as const)('%s: reads the range "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'date')).toEqual(expected);
  });

  it('gives a range start the year of its end, going back a year across New Year', () => {
    expect(keys('pl', 'od 20 grudnia do 6 stycznia 2025 r.', 'date')).toEqual(['2024-12-20', '2025-01-06']);
  });

  it('infers a missing year as the one closest to the publication date', () => {
    expect(keys('en', '14 January', 'date', { publicationDate: '2026-12-20' })).toEqual(['2027-01-14']);
    expect(keys('en', '20 December', 'date', { publicationDate: '2027-01-05' })).toEqual(['2026-12-20']);
  });

  it.each([
    ['pl', 'w sierpniu', ['2024-08']],
    ['pl', 'do końca czerwca', ['2024-06']],
    ['pl', 'sierpień 2025', ['2025-08']],
    ['en', 'in August', ['2024-08']],
    ['en', 'August 2025', ['2025-08']],
    ['uk', 'у серпні', ['2024-08']],
    ['uk', 'серпень 2025', ['2025-08']],
  ] as const)('%s: reads the month "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'date')).toEqual(expected);
  });

  it('does not read the English verb "may" or a bare month name as a month', () => {
    expect(keys('en', 'residents may come', 'date')).toEqual([]);
    expect(keys('pl', 'Maja przyjdzie', 'date')).toEqual([]);
  });

  it.each([
    ['pl', 'od 2015 roku', ['2015']],
    ['pl', 'w 2015 r.', ['2015']],
    ['en', 'since 2015', ['2015']],
    ['uk', 'з 2015 року', ['2015']],
    ['uk', 'з 2015-го року', ['2015']],
    ['pl', 'na lata 2024–2028', ['2024', '2028']],
    ['pl', 'od 1410 roku', ['1410']],
  ] as const)('%s: reads the year in "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'date')).toEqual(expected);
  });

  it('rejects impossible dates', () => {
    const fullDates = (text: string) => keys('pl', text, 'date').filter((key) => key.length === 10);
    expect(fullDates('30 lutego 2024')).toEqual([]);
    expect(fullDates('31.04.2024')).toEqual([]);
  });
});

describe('lists of days sharing a month', () => {
  it.each([
    ['pl', '3, 10 i 17 października 2024 r.', ['2024-10-03', '2024-10-10', '2024-10-17']],
    ['en', '3, 10 and 17 October 2024', ['2024-10-03', '2024-10-10', '2024-10-17']],
    ['uk', '3, 10 та 17 жовтня 2024 р.', ['2024-10-03', '2024-10-10', '2024-10-17']],
    ['en', '13 and 15 June', ['2024-06-13', '2024-06-15']],
  ] as const)('%s: reads "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'date')).toEqual(expected);
  });

  it('does not join unrelated numbers to a later date', () => {
    expect(keys('pl', 'Grupa 12, od 5 maja', 'number')).toEqual(['12']);
  });
});

describe('month-first dates at the end of a sentence', () => {
  it('reads "until July 15th." but not "June 5.30"', () => {
    expect(keys('en', 'Registration until July 15th.', 'date')).toEqual(['2024-07-15']);
    expect(keys('en', 'June 5.30', 'date')).toEqual([]);
  });

  it.each([
    ['pl', '19-20 VI 2024', ['2024-06-19', '2024-06-20']],
    ['pl', 'w lipcu i sierpniu', ['2024-07', '2024-08']],
    ['en', 'in July and August 2025', ['2025-07', '2025-08']],
    ['uk', 'у липні та серпні', ['2024-07', '2024-08']],
    ['en', 'in mid-June', ['2024-06']],
    ['uk', 'у середині червня', ['2024-06']],
    ['uk', 'у другій половині червня', ['2024-06']],
    ['pl', 'w II połowie czerwca', ['2024-06']],
  ] as const)('%s: reads "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'date')).toEqual(expected);
  });

  it('reads a date without a year as ahead of the publication date (an announcement looks forward)', () => {
    expect(keys('pl', 'w niedzielę 5 stycznia', 'weekday', { publicationDate: '2024-06-14' })).toEqual(['wd:7@2025-01-05']);
    expect(keys('en', 'on Friday 20 December', 'weekday', { publicationDate: '2025-01-10' })).toEqual(['wd:5@2024-12-20']);
  });

  it('does not read a month name as a date without a word that makes it one', () => {
    expect(keys('en', 'the June report', 'date')).toEqual([]);
    expect(keys('en', 'June and July reports', 'date')).toEqual([]);
  });
});

describe('a year given relative to the publication', () => {
  it.each([
    ['pl', '19 czerwca ub.r.', ['2023-06-19']],
    ['pl', 'od 13 czerwca do 5 lipca ub. r.', ['2023-06-13', '2023-07-05']],
    ['pl', 'w czerwcu br.', ['2024-06']],
    ['pl', '19 stycznia przyszłego roku', ['2025-01-19']],
    ['en', 'on 19 June last year', ['2023-06-19']],
    ['en', 'in June next year', ['2025-06']],
    ['uk', '19 червня минулого року', ['2023-06-19']],
    ['uk', '19 червня ц.р.', ['2024-06-19']],
  ] as const)('%s: "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'date')).toEqual(expected);
  });

  it('infers the year as before where no such words follow', () => {
    expect(keys('pl', '19 czerwca brak miejsc', 'date')).toEqual(['2024-06-19']);
    expect(keys('en', '5 January', 'date')).toEqual(['2025-01-05']);
  });
});
