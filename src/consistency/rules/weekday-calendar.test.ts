import { describe, expect, it } from 'vitest';
import { brief, checkTexts, md } from '../../../test/helpers/check-texts.ts';

const only = (rule: string) => (result: ReturnType<typeof checkTexts>) => result.findings.filter((f) => f.rule === rule);
const calendar = only('weekday-calendar');

describe('weekday-calendar', () => {
  it('fires in every language where the weekday does not match the date, naming the right day', () => {
    const result = checkTexts({
      x: {
        pl: md('Spotkanie w poniedziałek, 19 czerwca 2024 r.'),
        en: md('The meeting is on 19 June 2024 (Monday).'),
        uk: md('Зустріч відбудеться 19 червня 2024 р. (понеділок).'),
      },
    });
    const findings = calendar(result);
    expect(findings.map((f) => f.lang)).toEqual(['en', 'pl', 'uk']);
    expect(findings.find((f) => f.lang === 'en')?.message).toBe('19 June 2024 is a Wednesday, but the English text says "Monday"');
    expect(findings.find((f) => f.lang === 'pl')?.message).toBe('19 June 2024 is a Wednesday ("środa" in Polish), but the Polish text says "w poniedziałek"');
    expect(findings.find((f) => f.lang === 'uk')?.message).toBe('19 June 2024 is a Wednesday ("середа" in Ukrainian), but the Ukrainian text says "понеділок"');
  });

  it('quotes the languages that have it right', () => {
    const result = checkTexts({ x: { pl: md('w środę, 19 czerwca 2024 r.'), en: md('on Thursday, 19 June 2024') } });
    expect(calendar(result).map((f) => f.message)).toEqual(['19 June 2024 is a Wednesday, but the English text says "on Thursday" (pl: "w środę")']);
  });

  it('reports the position of the weekday itself', () => {
    const result = checkTexts({ x: { en: md('Line one.\n\nThe meeting is on 19 June 2024 (Monday).') } });
    expect(calendar(result).map((f) => [f.line, f.column])).toEqual([[8, 33]]);
  });

  it('stays silent when every weekday matches its date, in any notation', () => {
    const result = checkTexts({
      x: {
        pl: md('w środę, 19 czerwca 2024 r.; 20.06.2024 (czw.); we wtorek 18 czerwca'),
        en: md('on Wednesday, 19 June 2024; 20/06/2024 (Thu); Tuesday 18th June'),
        uk: md('у середу, 19 червня 2024 р.; 20.06.2024 (чт); у вівторок 18 червня'),
      },
    });
    expect(calendar(result)).toEqual([]);
  });

  it('checks weekdays in the title and summary too', () => {
    const result = checkTexts({ x: { pl: md('Treść.', 'title: Spotkanie w piątek, 19 czerwca 2024\ndate: 2024-06-14') } });
    expect(brief(result).filter((line) => line.includes('weekday-calendar'))).toEqual(['pl:2 weekday-calendar weekday']);
  });

  it('uses the publication year when the date has none', () => {
    const wednesday2024 = checkTexts({ x: { pl: md('w środę, 19 czerwca', 'title: T\ndate: 2024-06-01') } });
    const wednesday2025 = checkTexts({ x: { pl: md('w środę, 19 czerwca', 'title: T\ndate: 2025-06-01') } });
    expect(calendar(wednesday2024)).toEqual([]);
    expect(calendar(wednesday2025).map((f) => f.message)).toEqual(['19 June 2025 is a Thursday ("czwartek" in Polish), but the Polish text says "w środę"']);
  });
});

describe('impossible-date', () => {
  it('fires on a day the month does not have, in any notation and language', () => {
    const result = checkTexts({ x: { pl: md('31 czerwca 2024 r.'), en: md('29 February 2025'), uk: md('31.04.2024') } });
    expect(result.findings.filter((f) => f.rule === 'impossible-date').map((f) => `${f.lang} ${f.message}`)).toEqual([
      'en "29 February 2025" is not a date: February 2025 has 28 days',
      'pl "31 czerwca 2024 r." is not a date: June 2024 has 30 days',
      'uk "31.04.2024" is not a date: April 2024 has 30 days',
    ]);
  });

  it('stays silent on real dates, leap days included', () => {
    const result = checkTexts({ x: { pl: md('29 lutego 2024 r., 30 czerwca, 31.12.2024') } });
    expect(result.findings.filter((f) => f.rule === 'impossible-date')).toEqual([]);
  });
});
