import { describe, expect, it } from 'vitest';
import { checkTexts, md } from '../../../test/helpers/check-texts.ts';

const brief = (result: ReturnType<typeof checkTexts>) => result.findings.map((f) => `${f.lang} ${f.rule} ${f.fact} ${f.severity}`);

describe('evidence decides severity', () => {
  it('reports an impossible time as an error of its own', () => {
    const result = checkTexts({ x: { pl: md('Spotkanie o 25:00.'), en: md('The meeting is at 25:00.'), uk: md('Зустріч о 25:00.') } });
    expect(brief(result).sort()).toEqual(['en impossible-time time error', 'pl impossible-time time error', 'uk impossible-time time error']);
    expect(result.findings[0]?.message).toBe('"25:00" is not a time: a day runs from 0:00 to 24:00 and an hour has minutes 00 to 59');
  });

  it('compares list items that correspond by what they say where one language merged two of them', () => {
    const texts = (en: string) => ({
      x: {
        pl: md('Biblioteka:\n\n- poniedziałek – piątek: 9:00–19:00\n- sobota: 9:00–14:00\n\nZbiory specjalne:\n\n- poniedziałek, środa, piątek: 9:00–15:00\n- wtorek, czwartek: 9:00–19:00\n- sobota: 9:00–14:00'),
        en: md(`Library:\n\n- Monday – Friday: 9 am – 7 pm\n- Saturday: 9 am – 2 pm\n\nSpecial collections:\n\n- ${en}\n- Saturday: 9 am – 2 pm`),
      },
    });
    // "Mon–Fri 9–19" where the Polish item says "Mon, Wed, Fri 9–15": another closing hour in the same place.
    const result = checkTexts(texts('Monday, Wednesday, Friday: 9 am – 7 pm'));
    // Two languages: either may be the wrong one, so both are named.
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => `${f.lang} ${f.fact}`).sort()).toEqual(['en time', 'pl time']);
    expect(checkTexts(texts('Monday, Wednesday, Friday: 9 am – 3 pm\n- Tuesday, Thursday: 9 am – 7 pm')).findings.filter((f) => f.rule === 'fact-mismatch')).toEqual([]);
  });

  it('leaves a paragraph a language adds or drops, sharing no facts, out of the comparison in place', () => {
    const result = checkTexts({
      x: {
        pl: md('Punkt czynny od 9:00 do 15:00.\n\nTelefon: 12 616 12 00.'),
        en: md('The point is open from 9 am to 3 pm.\n\nIt is on the ground floor, room 5.\n\nPhone: 12 616 12 00.'),
      },
    });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('gives a floor glossed in the building numbering its gloss, and reads the other floors of that text the same way', () => {
    const texts = (uk: string) => ({
      x: {
        pl: md('Wystawa: parter. Kasa: I piętro.'),
        en: md('Exhibition: ground floor. Ticket office: 1st floor.'),
        uk: md(uk),
      },
    });
    expect(checkTexts(texts('Виставка: перший поверх. Каса: другий поверх (I piętro).')).findings).toEqual([]);
    // Without a gloss, the Ukrainian ordinal stays ambiguous in a Polish building: the floor error stands.
    expect(brief(checkTexts(texts('Виставка: перший поверх. Каса: другий поверх.')))).toContain('uk fact-mismatch floor error');
  });

  it('takes an event place that the text gives only away from the event\'s date and time for an omission', () => {
    const fm = 'title: T\ndate: 2025-08-25\nevent:\n  start: 2025-09-17T17:00\n  venue:\n    name: Ratusz\n    streetAddress: Sukiennice 9';
    const texts = (hearing: string) => ({
      x: {
        pl: md(`Projekt planu jest wyłożony przy ul. Świdnickiej 53.\n\n${hearing}`, fm),
        en: md(`The plan is on display at ul. Świdnicka 53.\n\n${hearing.replace('Dyskusja', 'Debate').replace('w Ratuszu', 'in the Town Hall')}`, fm),
      },
    });
    const addresses = (result: ReturnType<typeof checkTexts>) => result.findings.filter((f) => f.fact === 'address').map((f) => `${f.lang} ${f.severity}`).sort();
    expect(addresses(checkTexts(texts('Dyskusja odbędzie się 17 września o 17:00 w Ratuszu.')))).toEqual(['en warning', 'pl warning']);
    expect(addresses(checkTexts(texts('Dyskusja odbędzie się 17 września o 17:00 w Ratuszu, ul. Sukiennice 11.')))).toEqual(['en error', 'pl error']);
  });

  it('compares two languages where the third names the kind in words its pack does not know, blaming the one no other language backs', () => {
    const result = checkTexts({
      x: {
        pl: md('Przychodnia w pawilonie C.\n\nAdres: ul. Olszańska 5, pawilon C.'),
        en: md('The clinic is in pavilion C.\n\nAddress: ul. Olszańska 5, pavilion D.'),
        uk: md('Поліклініка в павільйоні C.\n\nАдреса: ul. Olszańska 5, pawilon C.'),
      },
    });
    expect(brief(result)).toEqual(['en fact-mismatch building error']);
  });
});

describe('facts that what every version says implies', () => {
  it('gives no finding for a weekday that is the calendar weekday of a date every version gives', () => {
    const result = checkTexts({
      x: {
        pl: md('Festyn 11–13.09.2026.'),
        en: md('Festival from Friday 11 to Sunday 13 September 2026.'),
        uk: md('Фестиваль 11–13.09.2026.'),
      },
    });
    expect(result.findings).toEqual([]);
  });

  it('gives no finding for the next day of a night that runs past midnight', () => {
    const result = checkTexts({
      x: {
        pl: md('Noc Muzeów: sobota 16 maja 2026 r., od 18:00 do 1:00.'),
        en: md('Night of Museums: Saturday 16 May 2026, from 6 pm until 1 am on Sunday 17 May.'),
        uk: md('Ніч музеїв: субота, 16 травня 2026 р., з 18:00 до 1:00.'),
      },
    });
    expect(result.findings).toEqual([]);
  });

  it('still reports a weekday or a next day written in place of the one the others give', () => {
    const result = checkTexts({
      x: {
        pl: md('Zebranie w poniedziałek 14 września 2026 r.'),
        en: md('The meeting is on Tuesday, 15 September 2026.'),
        uk: md('Збори в понеділок, 14 вересня 2026 р.'),
      },
    });
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => `${f.lang} ${f.fact}`)).toEqual(['en date']);
  });
});

describe('a weekday where the others give a date', () => {
  const table = (cell: string, date: string) => `| Dzień | Data |\n| --- | --- |\n| ${cell} | ${date} |`;
  it('is an error when it is not that date\'s weekday, and nothing when it is', () => {
    const texts = (uk: string) => ({
      x: {
        pl: md(table('Wielka Sobota', '4.04.2026'), 'title: T\ndate: 2026-03-10'),
        en: md(table('Holy Saturday', '4 April 2026'), 'title: T\ndate: 2026-03-10'),
        uk: md(table(uk, '–'), 'title: T\ndate: 2026-03-10'),
      },
    });
    expect(checkTexts(texts('субота')).findings.filter((f) => f.severity === 'error')).toEqual([]);
    const wrong = checkTexts(texts('неділя')).findings.filter((f) => f.severity === 'error');
    expect(wrong.map((f) => `${f.lang} ${f.fact}`)).toEqual(['uk weekday']);
    expect(wrong[0]?.message).toBe('weekday: in this table cell the Ukrainian text says "неділя" (Sunday), but pl and en give 4 April 2026 there, a Saturday');
  });
});

describe('an hour said without the part of the day', () => {
  it('agrees with the evening hour another language gives, and still contradicts another hour', () => {
    const texts = (en: string) => ({ x: { pl: md('Spotkanie o wpół do siódmej.'), en: md(`The meeting is at ${en}.`), uk: md('Зустріч о пів на сьому.') } });
    expect(checkTexts(texts('6:30 pm')).findings).toEqual([]);
    expect(checkTexts(texts('6:30 am')).findings).toEqual([]);
    expect(checkTexts(texts('7:30 pm')).findings.map((f) => `${f.lang} ${f.fact} ${f.severity}`)).toEqual(['en time error']);
  });
});

describe('a wrong weekday', () => {
  it('is one finding, at the wrong word, not a second one at the summary that has it right', () => {
    const result = checkTexts({
      x: {
        pl: md('Spotkanie w środę 19 czerwca 2024 r.', 'title: T\ndate: 2024-06-10\nsummary: Spotkanie w środę 19 czerwca.'),
        en: md('The meeting is on Monday, 19 June 2024.', 'title: T\ndate: 2024-06-10\nsummary: The meeting is on Wednesday, 19 June.'),
        uk: md('Зустріч у середу, 19 червня 2024 р.', 'title: T\ndate: 2024-06-10\nsummary: Зустріч у середу, 19 червня.'),
      },
    });
    expect(result.findings.map((f) => `${f.lang}:${f.line} ${f.rule}`)).toEqual(['en:7 weekday-calendar']);
  });
});
