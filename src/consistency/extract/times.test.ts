import { describe, expect, it } from 'vitest';
import { checkTexts, keys, md } from '../../../test/helpers/check-texts.ts';

describe('times', () => {
  it.each([
    ['pl', 'o 17:00', ['17:00']],
    ['pl', 'o 17.00', ['17:00']],
    ['pl', 'godz. 17', ['17:00']],
    ['pl', 'o godz. 17:30', ['17:30']],
    ['pl', 'o 17.20', ['17:20']],
    ['pl', 'zniżka 17.20 zł', []],
    ['pl', 'o godz. 17.20', ['17:20']],
    ['pl', 'w godzinach 17:00 - 19:00', ['17:00', '19:00']],
    ['pl', 'w godz. 9–14', ['09:00', '14:00']],
    ['pl', 'w południe', ['12:00']],
    ['pl', 'o północy', ['00:00']],
    ['en', 'at 5 pm', ['17:00']],
    ['en', 'at 5pm', ['17:00']],
    ['en', 'at 5:30 p.m.', ['17:30']],
    ['en', 'at 9 a.m.', ['09:00']],
    ['en', 'at 12 pm', ['12:00']],
    ['en', 'at 12 am', ['00:00']],
    ['en', 'from 5 pm to 7 pm', ['17:00', '19:00']],
    ['en', 'from 5 to 7 pm', ['17:00', '19:00']],
    ['en', '5–7 pm', ['17:00', '19:00']],
    ['en', 'from 11 to 1 pm', ['11:00', '13:00']],
    ['en', '17:00–19:00', ['17:00', '19:00']],
    ['en', 'at noon', ['12:00']],
    ['en', 'until midnight', ['00:00']],
    ['en', "at 5 o'clock", ['05:00']],
    ['uk', 'з 17.00 до 19.00', ['17:00', '19:00']],
    ['uk', 'з 17:00 до 19:00', ['17:00', '19:00']],
    ['uk', 'о 17.30', ['17:30']],
    ['uk', 'о 17 год.', ['17:00']],
    ['uk', 'опівдні', ['12:00']],
    ['uk', 'до опівночі', ['00:00']],
  ] as const)('%s: reads "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'time')).toEqual(expected);
  });

  it.each([
    ['uk', 'о 8-й ранку', ['08:00']],
    ['uk', 'о 17-й годині', ['17:00']],
    ['uk', 'о 8 годині', ['08:00']],
    ['uk', 'о 15-й', ['15:00']],
    ['uk', 'з 9-ї до 17-ї', ['09:00', '17:00']],
    ['uk', 'о 7 ранку', ['07:00']],
    ['uk', 'о 3 дня', ['15:00']],
    ['uk', 'о 2 ночі', ['02:00']],
    ['pl', 'o 17-ej', ['17:00']],
    ['pl', 'o 8-mej', ['08:00']],
    ['pl', 'od 2-giej', ['02:00']],
    ['pl', 'o 1-szej w nocy', ['01:00']],
    ['en', '1700 hrs', ['17:00']],
    ['en', 'at 1700 hours', ['17:00']],
    ['en', '0930 h', ['09:30']],
    ['pl', 'o 7 rano', ['07:00']],
    ['pl', 'o 19 wieczorem', ['19:00']],
    ['pl', 'od 7 do 9 wieczorem', ['19:00', '21:00']],
    ['pl', 'o 11 w nocy', ['23:00']],
    ['pl', 'w godz. od 9 do 17', ['09:00', '17:00']],
    ['en', 'at 7 in the evening', ['19:00']],
    ['en', 'at 5 o’clock in the afternoon', ['17:00']],
    ['uk', 'о 8 годині вечора', ['20:00']],
    ['en', '5:00-7:00 PM', ['17:00', '19:00']],
    ['en', '11:30-1:00 pm', ['11:30', '13:00']],
    ['en', '7:30 - 9 pm', ['19:30', '21:00']],
    ['en', '9:00 to 17:00', ['09:00', '17:00']],
    ['en', 'from 6 in the morning', ['06:00']],
  ] as const)('%s: reads the spoken hour "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'time')).toEqual(expected);
  });

  it.each([
    ['pl', 'o piątej', ['05:00']],
    ['pl', 'o piątej po południu', ['17:00']],
    ['pl', 'od ósmej do szesnastej', ['08:00', '16:00']],
    ['pl', 'o siódmej wieczorem', ['19:00']],
    ['uk', 'о шостій вечора', ['18:00']],
    ['uk', 'з дев’ятої до п’ятої вечора', ['09:00', '17:00']],
    ['uk', 'о сімнадцятій годині', ['17:00']],
    ['pl', 'o godzinie siedemnastej', ['17:00']],
    ['pl', 'o godz. siedemnastej', ['17:00']],
  ] as const)('%s: reads the hour said as a word "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'time')).toEqual(expected);
  });

  it.each([
    ['pl', 'wpół do szóstej', ['05:30']],
    ['pl', 'o wpół do szóstej wieczorem', ['17:30']],
    ['pl', 'kwadrans po piątej', ['05:15']],
    ['uk', 'о пів на шосту', ['05:30']],
    ['uk', 'чверть на шосту вечора', ['17:15']],
    ['pl', 'za kwadrans szósta', ['05:45']],
    ['pl', 'Zaczynamy za kwadrans szósta wieczorem.', ['17:45']],
    ['uk', 'без чверті шоста вечора', ['17:45']],
    ['uk', 'за чверть восьма ранку', ['07:45']],
    ['en', 'at half past five', ['05:30']],
    ['en', 'quarter to 6 pm', ['17:45']],
    ['en', 'half past twelve at night', ['00:30']],
  ] as const)('%s: reads the hour told from a full hour "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'time')).toEqual(expected);
  });

  it('quotes "5:30 pm" without the full stop that ends the sentence', () => {
    const result = checkTexts({ x: { pl: md('Spotkanie o 17:30.'), en: md('The meeting starts at 5:30 pm. Welcome!'), uk: md('Зустріч о 18:30.') } });
    const message = result.findings.find((f) => f.rule === 'fact-mismatch' && f.fact === 'time')?.message ?? '';
    expect(message).toContain('time: the Ukrainian text says "18:30", but pl line 6 "17:30" and en line 6 "5:30 pm" say 17:30');
  });

  it.each([
    ['uk', 'о 17 год. 30 хв.', ['17:30']],
    ['uk', 'о 8 годині 15 хвилин', ['08:15']],
    ['pl', '17 godz. 30 min', ['17:30']],
    ['pl', 'godz. 17⁰⁰–19⁰⁰', ['17:00', '19:00']],
    ['pl', 'o 9³⁰', ['09:30']],
  ] as const)('%s: reads the minutes in "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'time')).toEqual(expected);
  });

  it.each([
    ['uk', 'о 10-00', ['10:00']],
    ['pl', 'między 22-00 a 6-00', ['22:00', '06:00']],
    ['en', 'between 10 pm and 6 am', ['22:00', '06:00']],
    ['uk', 'з 9-30 до 18-00 щодня', ['09:30', '18:00']],
    ['en', 'at ten o’clock', ['10:00']],
    ['en', 'seven o’clock in the evening', ['19:00']],
  ] as const)('%s: reads "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'time')).toEqual(expected);
  });

  it('does not read ages, counts or day ranges written with a hyphen as times', () => {
    expect(keys('pl', 'dzieci od 10-15 lat', 'time')).toEqual([]);
    expect(keys('pl', 'od 10-30 osób', 'time')).toEqual([]);
    expect(keys('uk', 'з 10-15 червня', 'time')).toEqual([]);
    expect(keys('uk', 'з 10-15 червня', 'date')).toEqual(['2024-06-10', '2024-06-15']);
  });

  it('reads hours counted, not told, as numbers', () => {
    expect(keys('pl', 'spacer potrwa 2 godz.', 'time')).toEqual([]);
    expect(keys('uk', 'тривалість 2 год 30 хв', 'time')).toEqual([]);
    expect(keys('en', 'about 2 hrs', 'time')).toEqual([]);
    const result = checkTexts({ x: { pl: md('Spacer potrwa 2 godz.'), en: md('The walk takes 2 hours.'), uk: md('Прогулянка триватиме 2 год.') } });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('compares a quarter before the hour across languages', () => {
    const texts = (uk: string) => ({ x: { pl: md('Start za kwadrans szósta wieczorem.'), en: md('We start at a quarter to six in the evening.'), uk: md(uk) } });
    const errors = (uk: string) => checkTexts(texts(uk)).findings.filter((f) => f.severity === 'error');
    expect(errors('Початок без чверті шоста вечора.')).toEqual([]);
    expect(errors('Початок без чверті сьома вечора.').map((f) => [f.lang, f.fact])).toEqual([['uk', 'time']]);
  });

  it('does not read a relative hour without an hour after it', () => {
    expect(keys('en', 'a quarter to the end of the year', 'time')).toEqual([]);
    expect(keys('pl', 'pół do domu', 'time')).toEqual([]);
    expect(keys('en', 'half past the deadline', 'time')).toEqual([]);
    // "in a quarter of an hour": no hour follows.
    expect(keys('pl', 'Wracamy za kwadrans.', 'time')).toEqual([]);
  });

  it('does not read an ordinal word as an hour without a time preposition or before a noun', () => {
    expect(keys('pl', 'w drugiej turze', 'time')).toEqual([]);
    expect(keys('pl', 'o drugiej turze głosowania', 'time')).toEqual([]);
    expect(keys('pl', 'po piątej lekcji', 'time')).toEqual([]);
    expect(keys('uk', 'на другій зміні', 'time')).toEqual([]);
    expect(keys('uk', 'до п’ятої категорії', 'time')).toEqual([]);
  });

  it('reads both ends of a range with one hour word after it, and minutes glued to "h"', () => {
    expect(keys('uk', 'з 8 до 16 год.', 'time')).toEqual(['08:00', '16:00']);
    expect(keys('pl', 'od 8 do 16 godz.', 'time')).toEqual(['08:00', '16:00']);
    expect(keys('en', 'at 17h30', 'time')).toEqual(['17:30']);
    // Four digits are hours and minutes only before an hour word, or "hours" after a time preposition.
    expect(keys('en', '1000 hours of volunteering')).toEqual(['60000 min']);
  });

  it('reads "до 19 години" as a time and "2 години" as hours counted', () => {
    expect(keys('uk', 'з 17 до 19 години', 'time')).toEqual(['17:00', '19:00']);
    expect(keys('uk', 'триває 2 години')).toEqual(['120 min']);
  });

  it('reads hours between two others in the instrumental case as a range of times, as "between 9 and 11 a.m."', () => {
    expect(keys('uk', 'між 9 та 11 годиною')).toEqual(['09:00', '11:00']);
    expect(keys('uk', 'між 9-ю та 11-ю годинами')).toEqual(['09:00', '11:00']);
    expect(keys('uk', 'перед 11 годиною')).toEqual(['11:00']);
    expect(keys('pl', 'o 9-ej i 11-ej')).toEqual(['09:00', '11:00']);
    // An ordinal hour before a count: the count stays a number.
    expect(keys('uk', 'о 9-й та 11 учнів')).toEqual(['09:00', '11']);
    const texts = { pl: md('Dyżur między 9 a 11.'), en: md('Office hours between 9 and 11 a.m.'), uk: md('Чергування між 9 та 11 годиною.') };
    expect(checkTexts({ x: texts }).findings).toEqual([]);
    expect(checkTexts({ x: { ...texts, uk: md('Чергування між 9 та 12 годиною.') } }).findings.map((f) => `${f.lang} ${f.fact}`)).toEqual(['uk time']);
  });

  it('reads a range of counted hours as numbers, not as clock times', () => {
    expect(keys('pl', 'zajęcia trwają od 2 do 3 godz.')).toEqual(keys('en', 'classes last 2 to 3 hrs'));
    expect(keys('pl', 'zajęcia trwają od 2 do 3 godz.', 'time')).toEqual([]);
    expect(keys('uk', 'триває від 2 до 3 год.', 'time')).toEqual([]);
  });

  it('stays silent on numbers that only look like spoken hours', () => {
    expect(keys('uk', 'до 15-го червня', 'time')).toEqual([]);
    expect(keys('uk', 'протягом 21 дня', 'time')).toEqual([]);
    expect(keys('uk', 'протягом 8 годин', 'time')).toEqual([]);
    expect(keys('en', 'top 5 in the morning', 'time')).toEqual([]);
    expect(keys('pl', 'dzieci od 7 do 12 lat', 'time')).toEqual([]);
    expect(keys('uk', 'на 5-му поверсі', 'time')).toEqual([]);
  });

  it('reads "12 noon" and "12 midnight" as one time, not a time and a number', () => {
    expect(keys('en', 'at 12 noon', undefined)).toEqual(['12:00']);
    expect(keys('en', 'until 12 midnight', undefined)).toEqual(['00:00']);
    expect(keys('en', 'aged 12 and over', undefined)).toEqual(['12']);
  });

  it('does not take the north for midnight', () => {
    expect(keys('pl', 'na północ od rynku', 'time')).toEqual([]);
    expect(keys('uk', 'на північ від ринку', 'time')).toEqual([]);
  });

  it('does not take "the afternoon" for noon', () => {
    expect(keys('pl', 'wyniki podamy po południu', 'time')).toEqual([]);
    expect(keys('pl', 'na południu miasta', 'time')).toEqual([]);
    expect(keys('uk', 'оголосимо після полудня', 'time')).toEqual([]);
    expect(keys('pl', 'do południa', 'time')).toEqual(['12:00']);
  });

  it('does not read a date as a time', () => {
    expect(keys('pl', '19.06.2024', 'time')).toEqual([]);
    expect(keys('pl', '19.06', 'time')).toEqual([]);
  });

  it('sees the same times in three notations as equal', () => {
    expect(keys('pl', '17:00 - 19:00', 'time')).toEqual(keys('en', '5 pm to 7 pm', 'time'));
    expect(keys('uk', '17.00 до 19.00', 'time')).toEqual(keys('en', '5 pm to 7 pm', 'time'));
  });

  it.each([
    ['en', 'at 7:30 in the evening', ['19:30']],
    ['en', 'at 10:30 at night', ['22:30']],
    ['en', 'at 1:30 at night', ['01:30']],
    ['en', 'at 9:30 in the morning', ['09:30']],
    ['en', 'from 7:30 to 9:30 in the evening', ['19:30', '21:30']],
    ['en', 'from 6.30 to 8 in the evening', ['18:30', '20:00']],
    ['pl', 'o 7:30 wieczorem', ['19:30']],
    ['pl', 'o 10.30 w nocy', ['22:30']],
    ['pl', 'o 19:30 wieczorem', ['19:30']],
    ['pl', 'od 7:30 do 9:30 wieczorem', ['19:30', '21:30']],
    ['pl', 'od 8:00 rano do 16:00', ['08:00', '16:00']],
    ['uk', 'о 7:30 вечора', ['19:30']],
    ['uk', 'о 2:30 дня', ['14:30']],
    ['uk', 'з 7:30 до 9:30 вечора', ['19:30', '21:30']],
    ['uk', 'з 10:00 до 12:00 дня', ['10:00', '12:00']],
  ])('places a clock time by the part of the day after it: %s "%s"', (lang, text, expected) => {
    expect(keys(lang as 'pl' | 'en' | 'uk', text, 'time')).toEqual(expected);
  });

  it('reads an English hour in words before a part of the day after a time preposition', () => {
    expect(keys('en', 'at seven in the evening', 'time')).toEqual(['19:00']);
    expect(keys('en', 'until one in the morning', 'time')).toEqual(['01:00']);
    expect(keys('en', 'from nine in the morning to five in the afternoon', 'time')).toEqual(['09:00', '17:00']);
    // Without the preposition, or without the part of the day, a number word is a number.
    expect(keys('en', 'we met two in the afternoon', 'time')).toEqual([]);
    expect(keys('en', 'at seven', 'time')).toEqual([]);
  });

  it('finds no contradiction between "7:30 in the evening" and "19:30"', () => {
    const result = checkTexts({ concert: { pl: md('Koncert o 19:30.'), en: md('The concert starts at 7:30 in the evening.'), uk: md('Концерт о 7:30 вечора.') } });
    expect(result.findings).toEqual([]);
    const wrong = checkTexts({ concert: { pl: md('Koncert o 19:30.'), en: md('The concert starts at 7:30 in the morning.'), uk: md('Концерт о 19:30.') } });
    expect(wrong.findings.map((f) => `${f.lang} ${f.rule} ${f.fact}`)).toEqual(['en fact-mismatch time']);
  });

  it('reads an hour in the accusative as a time only before a part of the day', () => {
    expect(keys('uk', 'Завершення заплановано на першу годину ночі.', 'time')).toEqual(['01:00']);
    expect(keys('uk', 'на восьму вечора', 'time')).toEqual(['20:00']);
    expect(keys('pl', 'Koniec przewidziano na pierwszą w nocy.', 'time')).toEqual(['01:00']);
    expect(keys('pl', 'na ósmą rano', 'time')).toEqual(['08:00']);
    // The first hour, the first page, the first round: no time.
    expect(keys('uk', 'Паркування на першу годину безкоштовне.', 'time')).toEqual([]);
    expect(keys('pl', 'na pierwszą stronę', 'time')).toEqual([]);
    expect(keys('pl', 'na pierwszą, drugą i trzecią turę', 'time')).toEqual([]);
  });

  it.each([
    ['The office is open from 9 till 5.', ['09:00', '17:00']],
    ['open 8 to 4 daily', ['08:00', '16:00']],
    ['from nine to five', ['09:00', '17:00']],
    ['from 10 to 2 on Saturdays', ['10:00', '14:00']],
    ['12 to 4', ['12:00', '16:00']],
    ['from 9 – 5:30', ['09:00', '17:30']],
    ['9:00–5:30', ['09:00', '17:30']],
    ['from 11:30 to 1:30', ['11:30', '13:30']],
  ])('en: reads "%s" on the 12-hour clock, the range ending in the afternoon', (text, expected) => {
    expect(keys('en', text, 'time')).toEqual(expected);
  });

  it('leaves English ranges that need not be hours, and the 24-hour clock of other languages, as written', () => {
    // Rising, or before a noun: counts as likely as hours.
    expect(keys('en', 'from 9 to 11', 'time')).toEqual([]);
    expect(keys('en', '8 to 4 people', 'time')).toEqual([]);
    expect(keys('en', '22:00–2:00', 'time')).toEqual(['22:00', '02:00']);
    expect(keys('pl', '9:00–5:30', 'time')).toEqual(['09:00', '05:30']);
    const result = checkTexts({ x: { pl: md('Urząd czynny od 9 do 17.'), en: md('The office is open from 9 till 5.'), uk: md('Офіс працює з 9 до 17.') } });
    expect(result.findings).toEqual([]);
  });

  it('reads the British "half six" as 6:30 after a time preposition or before a part of the day, and keeps the longer phrases', () => {
    expect(keys('en', 'at half six in the evening', 'time')).toEqual(['18:30']);
    expect(keys('en', 'until half five', 'time')).toEqual(['05:30']);
    expect(keys('en', 'half past six', 'time')).toEqual(['06:30']);
    expect(keys('en', 'half an hour')).toEqual(['30 min']);
    // Without either, "half" is other words.
    expect(keys('en', 'cut in half two times', 'time')).toEqual([]);
  });
});
