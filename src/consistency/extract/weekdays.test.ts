import { describe, expect, it } from 'vitest';
import { checkTexts, keys, md } from '../../../test/helpers/check-texts.ts';

describe('weekdays', () => {
  it.each([
    ['pl', 'w środę, 19 czerwca 2024 r.', ['wd:3@2024-06-19']],
    ['pl', 'we wtorek 18 czerwca', ['wd:2@2024-06-18']],
    ['pl', '19 czerwca 2024 r. (środa)', ['wd:3@2024-06-19']],
    ['pl', '19.06.2024 (śr.)', ['wd:3@2024-06-19']],
    ['en', 'on Wednesday, 19 June', ['wd:3@2024-06-19']],
    ['en', '19 June 2024 (Monday)', ['wd:1@2024-06-19']],
    ['en', 'Wednesday 19th June', ['wd:3@2024-06-19']],
    ['en', 'June 19 (Wed)', ['wd:3@2024-06-19']],
    ['uk', 'у середу 19 червня', ['wd:3@2024-06-19']],
    ['uk', 'в середу, 19 червня', ['wd:3@2024-06-19']],
    ['uk', '19 червня 2024 р. (понеділок)', ['wd:1@2024-06-19']],
    ['uk', '19.06 (пн)', ['wd:1@2024-06-19']],
  ] as const)('%s: ties the weekday in "%s" to its date', (lang, text, expected) => {
    expect(keys(lang, text, 'weekday')).toEqual(expected);
  });

  it.each([
    ['pl', 'w każdy poniedziałek', ['wd:1*']],
    ['pl', 'w każdą środę', ['wd:3*']],
    ['pl', 'co środę', ['wd:3*']],
    ['pl', 'w poniedziałki i czwartki', ['wd:1*', 'wd:4*']],
    ['pl', 'w soboty', ['wd:6*']],
    ['en', 'every Monday', ['wd:1*']],
    ['en', 'on Mondays and Thursdays', ['wd:1*', 'wd:4*']],
    ['uk', 'щопонеділка', ['wd:1*']],
    ['uk', 'у понеділки та четверги', ['wd:1*', 'wd:4*']],
    ['en', 'every Monday and Thursday', ['wd:1*', 'wd:4*']],
    ['en', 'Wednesday the 19th of June', ['wd:3@2024-06-19']],
    ['en', 'Wed 19 June', ['wd:3@2024-06-19']],
    ['pl', 'w nocy z piątku na sobotę (12/13 lipca)', ['wd:5@2024-07-12', 'wd:6@2024-07-13']],
    ['uk', 'у ніч з п’ятниці на суботу (12/13 липня)', ['wd:5@2024-07-12', 'wd:6@2024-07-13']],
    ['pl', '12–13 lipca (piątek–sobota)', ['wd:5@2024-07-12', 'wd:6@2024-07-13']],
    ['en', '12–13 July (Friday–Saturday)', ['wd:5@2024-07-12', 'wd:6@2024-07-13']],
    ['uk', 'ср, 19.06', ['wd:3@2024-06-19']],
    ['en', 'on 19 June, a Wednesday', ['wd:3@2024-06-19']],
    ['en', 'Sat 3 exams', []],
    ['pl', 'pt 5 osób', []],
    ['pl', 'w środę dnia 19 czerwca', ['wd:3@2024-06-19']],
    ['pl', 'w każdy poniedziałek i piątek', ['wd:1*', 'wd:5*']],
    ['uk', 'по понеділках і четвергах', ['wd:1*', 'wd:4*']],
    ['uk', 'кожної середи', ['wd:3*']],
    ['pl', 'czynne codziennie z wyjątkiem poniedziałków', ['wd:1*']],
    ['uk', 'працюють щодня, крім понеділків', ['wd:1*']],
    ['en', 'open daily except Mondays', ['wd:1*']],
    ['uk', 'серед відвідувачів', []],
  ] as const)('%s: reads the recurring weekday in "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'weekday')).toEqual(expected);
  });

  it('reads weekday ranges as two untied days', () => {
    expect(keys('pl', 'od poniedziałku do piątku', 'weekday')).toEqual(['wd:1', 'wd:5']);
    expect(keys('en', 'Monday to Friday', 'weekday')).toEqual(['wd:1', 'wd:5']);
    expect(keys('uk', "з понеділка по п'ятницю", 'weekday')).toEqual(['wd:1', 'wd:5']);
    expect(keys('uk', 'з понеділка по п’ятницю', 'weekday')).toEqual(['wd:1', 'wd:5']);
  });

  it('tells every other week from every week', () => {
    expect(keys('en', 'every other Wednesday', 'weekday')).toEqual(['wd:3/2*']);
    expect(keys('en', 'on alternate Wednesdays', 'weekday')).toEqual(['wd:3/2*']);
    expect(keys('pl', 'co drugą środę', 'weekday')).toEqual(['wd:3/2*']);
    expect(keys('uk', 'кожну другу середу', 'weekday')).toEqual(['wd:3/2*']);
    const result = checkTexts({ x: { pl: md('Dyżur co drugą środę.'), en: md('Duty every Wednesday.'), uk: md('Чергування кожну другу середу.') } });
    expect(result.findings.map((f) => f.message)).toEqual(['weekday: the English text says "every Wednesday", but pl line 6 "co drugą środę" and uk line 6 "кожну другу середу" say every other Wednesday']);
    // The second Saturday of each month is another matter, and "the other Wednesday" no recurrence.
    expect(keys('en', 'every second Saturday of the month', 'weekday')).toEqual(['wd:6']);
    expect(keys('pl', 'w każdą drugą sobotę miesiąca', 'weekday')).toEqual(['wd:6']);
    expect(keys('en', 'the other Wednesday', 'weekday')).toEqual(['wd:3']);
  });

  it('ties an abbreviated weekday to a date written month first after a comma', () => {
    expect(keys('en', 'Thu, May 8', 'weekday')).toEqual(['wd:4@2024-05-08']);
    expect(keys('en', 'Thurs, May 8', 'weekday')).toEqual(['wd:4@2024-05-08']);
    const result = checkTexts({ x: { pl: md('Spotkanie w czwartek 9 maja.'), en: md('Meeting on Wed, May 9.'), uk: md('Зустріч у четвер, 9 травня.') } });
    expect(result.findings.map((f) => `${f.lang} ${f.rule}`)).toEqual(['en weekday-calendar']);
    // Before a month with no day, or the verb "may", it ties to nothing and is left out.
    expect(keys('en', 'Sat, May', 'weekday')).toEqual([]);
    expect(keys('en', 'Tue, may be closed', 'weekday')).toEqual([]);
  });

  it('reads an abbreviated weekday that is all its table cell says', () => {
    const table = (day: string) => `| Zajęcia | Dzień |\n| --- | --- |\n| Ceramika | ${day} |`;
    // A cell is a block of its own.
    expect(keys('en', 'Wed', 'weekday')).toEqual(['wd:3']);
    expect(keys('pl', 'śr.', 'weekday')).toEqual(['wd:3']);
    expect(keys('uk', 'ср', 'weekday')).toEqual(['wd:3']);
    const result = checkTexts({ x: { pl: md(table('śr.')), en: md(table('Thu')), uk: md(table('ср')) } });
    expect(result.findings.map((f) => `${f.lang} ${f.rule} ${f.fact}`)).toEqual(['en fact-mismatch weekday']);
    // Beside other words it still needs a date's company.
    expect(keys('en', 'Wed class', 'weekday')).toEqual([]);
  });

  it('ignores lower-case English words and abbreviations far from a date', () => {
    expect(keys('en', 'the sun is out', 'weekday')).toEqual([]);
    expect(keys('en', 'Sat down with us', 'weekday')).toEqual([]);
    expect(keys('pl', 'pt. konferencji', 'weekday')).toEqual([]);
    expect(keys('en', 'Sun, sea and sand', 'weekday')).toEqual([]);
  });

  it.each([
    ['pl', 'pon., śr., pt.: 8:00–14:00', ['wd:1', 'wd:3', 'wd:5']],
    ['en', 'Mon, Wed, Fri: 8 am–2 pm', ['wd:1', 'wd:3', 'wd:5']],
    ['en', 'Mon, Wed and Fri', ['wd:1', 'wd:3', 'wd:5']],
    ['en', 'Mon, Wed & Fri', ['wd:1', 'wd:3', 'wd:5']],
    ['en', 'Tue & Thu 10 am–2 pm', ['wd:2', 'wd:4']],
    ['uk', 'пн, ср, пт: 8:00–14:00', ['wd:1', 'wd:3', 'wd:5']],
    ['uk', 'вт, чт: 12:00–18:00', ['wd:2', 'wd:4']],
  ] as const)('%s: reads the list of abbreviated weekdays "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'weekday')).toEqual(expected);
  });
});

describe('weekday names used as adjectives', () => {
  it('reads "the Saturday timetable" as a kind of timetable, as Polish "rozkład sobotni" and Ukrainian "суботній розклад", and names no day', () => {
    expect(keys('en', 'Trams run to the Saturday timetable until 8 pm.', 'weekday')).toEqual([]);
    expect(keys('en', 'The Sunday schedule applies.', 'weekday')).toEqual([]);
    expect(keys('pl', 'Tramwaje jadą według rozkładu sobotniego.', 'weekday')).toEqual([]);
    expect(keys('en', 'On Saturday, the timetable changes.', 'weekday')).toEqual(['wd:6']);
  });
});

describe('weekday abbreviations in ranges and slash lists', () => {
  it.each([
    ['pl', 'pon.–pt. 8:00–16:00', ['wd:1', 'wd:5']],
    ['en', 'Mon–Fri 8 am to 4 pm', ['wd:1', 'wd:5']],
    ['uk', 'пн–пт з 8:00 до 16:00', ['wd:1', 'wd:5']],
    ['en', 'Office hours: Tue/Thu.', ['wd:2', 'wd:4']],
    ['pl', 'Dyżur: wt./czw.', ['wd:2', 'wd:4']],
    ['uk', 'Чергування: вт / чт', ['wd:2', 'wd:4']],
  ] as const)('%s: reads "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'weekday')).toEqual(expected);
  });
});

describe('which date a weekday belongs to', () => {
  it('ties a bracketed weekday to the date before it, even when another date follows', () => {
    expect(keys('uk', '17 жовтня 2024 р. (четвер), 19.06.2024 р.', 'weekday')).toEqual(['wd:4@2024-10-17']);
    expect(keys('en', 'on Thursday, 17 October 2024', 'weekday')).toEqual(['wd:4@2024-10-17']);
  });
});

describe('runs of weekdays and dates', () => {
  it.each([
    ['pl', 'W sobotę i niedzielę (6–7 lipca 2024 r.)', ['wd:6@2024-07-06', 'wd:7@2024-07-07']],
    ['en', 'On Saturday and Sunday, 6 and 7 July 2024', ['wd:6@2024-07-06', 'wd:7@2024-07-07']],
    ['uk', 'У суботу та неділю (6–7 липня 2024 р.)', ['wd:6@2024-07-06', 'wd:7@2024-07-07']],
  ] as const)('%s: pairs the weekdays with the dates in "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'weekday')).toEqual(expected);
  });

  it('ties nothing when the runs do not match', () => {
    expect(keys('en', 'On Saturday and Sunday (6 July 2024)', 'weekday')).toEqual(['wd:6', 'wd:7']);
  });
});

describe('weekdays inside a list of days sharing one month', () => {
  it.each([
    ['en', 'On Saturday 14 and Sunday 15 September'],
    ['pl', 'w sobotę 14 i w niedzielę 15 września'],
    ['uk', 'у суботу 14 і в неділю 15 вересня'],
  ] as const)('%s: ties each weekday to its day in "%s"', (lang, text) => {
    expect(keys(lang, text)).toEqual(['wd:6@2024-09-14', '2024-09-14', 'wd:7@2024-09-15', '2024-09-15']);
  });

  it('keeps a wrong weekday inside the list for the calendar rule', () => {
    expect(keys('en', 'On Saturday 14 and Monday 15 September', 'weekday')).toEqual(['wd:6@2024-09-14', 'wd:1@2024-09-15']);
  });

  it('does not read a weekday that is not followed by a day', () => {
    expect(keys('en', '14 and Sunday, 15 September', 'date')).toEqual(['2024-09-15']);
  });
});
