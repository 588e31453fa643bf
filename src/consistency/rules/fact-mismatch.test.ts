import { describe, expect, it } from 'vitest';
import { brief, checkTexts, md } from '../../../test/helpers/check-texts.ts';

const mismatches = (result: ReturnType<typeof checkTexts>) => result.findings.filter((f) => f.rule === 'fact-mismatch');

describe('fact-mismatch across languages', () => {
  it('reports the odd one out among three, quoting what each language says', () => {
    const result = checkTexts({
      x: {
        pl: md('Budynek A, 1 piętro.'),
        en: md('Building A, 1st floor.'),
        uk: md('Корпус А, 2-й поверх.'),
      },
    });
    const [finding, ...rest] = mismatches(result);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ lang: 'uk', fact: 'floor', severity: 'error', line: 6, column: 11 });
    expect(finding?.message).toMatch(/^floor: the Ukrainian text says "2-й поверх" \(floor 2\), but pl line 6 "1 piętro" and en line 6 "1st floor" say floor 1\. In Ukrainian usage the ground floor is often counted as the first/);
    // A change of the site's configuration is not the editor's to make.
    expect(finding?.message).toMatch(/ask whoever maintains the site to declare it \(consistency\.floorConventions in src\/site\.config\.ts\)\.$/);
  });

  it('explains a ground floor called the first floor, where the wrong floor is also named elsewhere', () => {
    const result = checkTexts({
      x: {
        pl: md('Poniedziałki: parter. Czwartki: I piętro.'),
        en: md('Mondays: ground floor. Thursdays: 1st floor.'),
        uk: md('Понеділки: перший поверх. Четверги: 1-й поверх.'),
      },
    });
    const [finding, ...rest] = mismatches(result);
    expect(rest).toEqual([]);
    // The first floor named in place of the ground floor is the mistake, not the second 1-й поверх.
    expect(finding).toMatchObject({ lang: 'uk', fact: 'floor', severity: 'error', line: 6, column: 12 });
    expect(finding?.message).toMatch(/^floor: in this paragraph the Ukrainian text says "перший поверх" \(floor 1\), but pl line 6 "parter" and en line 6 "ground floor" say the ground floor\. In Ukrainian usage/);
  });

  it('gives the counting hint in the usage of the language one floor too high, and none for Polish', () => {
    const english = mismatches(checkTexts({ x: { pl: md('Sala na 1 piętrze.'), en: md('Room on the 2nd floor.'), uk: md('Зала на 1-му поверсі.') } }));
    expect(english.map((f) => f.message)).toEqual([expect.stringMatching(/floor 1\. In US usage the ground floor is often counted as the first/)]);
    const polish = mismatches(checkTexts({ x: { pl: md('Sala na 2 piętrze.'), en: md('Room on the 1st floor.'), uk: md('Зала на 1-му поверсі.') } }));
    expect(polish.map((f) => f.message)).toEqual(['floor: the Polish text says "2 piętrze" (floor 2), but en line 6 "1st floor" and uk line 6 "1-му поверсі" say floor 1']);
  });

  it('keeps a language with a wrong weekday in the vote on its other weekdays, without reporting it twice', () => {
    const result = checkTexts({
      x: {
        pl: md('Porady w każdy poniedziałek i piątek. Nieczynne 11 listopada 2025 (wtorek).'),
        en: md('Advice every Monday and Thursday. Closed on 11 November 2025 (Wednesday).'),
        uk: md('Консультації щопонеділка і щочетверга. Не працює 11 листопада 2025 (вівторок).'),
      },
    });
    expect(brief(result)).toEqual(['en:6 weekday-calendar weekday', 'pl:6 fact-mismatch weekday']);
    expect(mismatches(result)[0]?.message).toBe('weekday: the Polish text says "piątek" (every Friday), but en line 6 "Thursday" and uk line 6 "щочетверга" say every Thursday');
  });

  it('counts a value as often as a paragraph writes it, so a doubled value in place of another is found', () => {
    const in2025 = 'title: T\ndate: 2025-09-20';
    const result = checkTexts({
      x: {
        pl: md('Nieczynne 3 i 10 października (piątki), w godz. 22:00–5:00.\n\nZmiana także w nocy z piątku na sobotę.', in2025),
        en: md('Closed on 3 and 10 October (Fridays), 10 pm to 5 am.\n\nAlso changed on the night from Saturday to Saturday.', in2025),
        uk: md('Не працює 3 і 10 жовтня (п’ятниці), з 22:00 до 5:00.\n\nЗміна також у ніч з п’ятниці на суботу.', in2025),
      },
    });
    const [finding, ...rest] = mismatches(result);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ lang: 'en', fact: 'weekday', line: 8 });
    // Repeating a value the others give once, with nothing missing, is no contradiction.
    const repeated = checkTexts({
      x: {
        pl: md('Zapisy do 3 października.'),
        en: md('Sign up by 3 October; yes, 3 October.'),
        uk: md('Запис до 3 жовтня.'),
      },
    });
    expect(mismatches(repeated)).toEqual([]);
  });

  it('lets a summary sum up the body: months and years that cover its dates', () => {
    const summary = (text: string) => `title: T\ndate: 2025-03-03\nsummary: ${text}`;
    const result = checkTexts({
      x: {
        pl: md('Odbiór 15 marca i 5 kwietnia.', summary('Odbiór w marcu i kwietniu 2025 r.')),
        en: md('Collection on 15 March and 5 April.', summary('Collection in March and April 2025.')),
        uk: md('Вивезення 15 березня і 5 квітня.', summary('Вивезення в березні та квітні 2025 року.')),
      },
    });
    expect(brief(result)).toEqual([]);
    // It may say more than the body: years of birth and a deadline beside last year's figures.
    const more = checkTexts(
      { x: { en: md('In 2024, about 38% of those eligible were vaccinated.', summary('Children born in 2011–2013 can be vaccinated until 31 December 2025.')) } },
      { languages: ['en'] },
    );
    expect(brief(more)).toEqual([]);
    // A deadline in the summary beside meeting dates in the body is more, not other.
    const deadline = checkTexts(
      { x: { en: md('Open meetings on Thursday, 10 April and Tuesday, 15 April 2025.', summary('Comments can be submitted until 30 April 2025.')) } },
      { languages: ['en'] },
    );
    expect(brief(deadline)).toEqual([]);
    // Opening hours in the summary beside the times of shows in the body.
    const hours = checkTexts({ x: { en: md('Fire brigade shows at noon, 2 pm and 4 pm.', summary('Fair from 11 am to 7 pm.')) } }, { languages: ['en'] });
    expect(brief(hours)).toEqual([]);
    const otherHour = checkTexts({ x: { en: md('The fair runs from 11 am to 6 pm.', summary('Fair from 11 am to 7 pm.')) } }, { languages: ['en'] });
    expect(mismatches(otherHour)[0]?.message).toBe('time: the summary says "7 pm" (19:00), but the body says "11 am" (11:00), "6 pm" (18:00)');
    const slip = checkTexts({ x: { en: md('Collection on 15 March 2025.', summary('Collection on 14 March 2025.')) } }, { languages: ['en'] });
    expect(brief(slip)).toEqual(['en:4 fact-mismatch date']);
    const month = checkTexts({ x: { en: md('Collection on 19 July 2025 and 2 August 2025.', summary('Collection on 19 June 2025 and 2 August 2025.')) } }, { languages: ['en'] });
    expect(brief(month)).toEqual(['en:4 fact-mismatch date']);
    const wrong = checkTexts({ x: { en: md('Collection on 15 March.', summary('Collection in May 2025.')) } }, { languages: ['en'] });
    expect(mismatches(wrong)[0]?.message).toBe('date: the summary says "May 2025", but the body says "15 March" (15 March 2025)');
  });

  it('reports a wrong date, not its weekday, when the weekday agrees with the other languages', () => {
    const result = checkTexts({
      x: {
        pl: md('W sobotę, 4.10.2025, od godz. 18.00.'),
        en: md('On Sat, 5 Oct 2025, from 6 pm.'),
        uk: md('У суботу, 04.10.2025, з 18:00.'),
      },
    });
    // The weekday is right for the date the others give; the date is the mistake.
    expect(brief(result)).toEqual(['en:6 weekday-calendar weekday', 'en:6 fact-mismatch date']);
    expect(mismatches(result)[0]?.message).toBe('date: the English text says "5 Oct 2025" (5 October 2025), but pl line 6 "4.10.2025" and uk line 6 "04.10.2025" say 4 October 2025');
  });

  it('compares paragraph by paragraph where the paragraphs correspond, so a changed fact named elsewhere is still found', () => {
    const result = checkTexts({
      x: {
        pl: md('Porady w każdy poniedziałek.\n\n- w poniedziałki: sala 1;\n- 11 listopada 2025 (wtorek): nieczynne.'),
        en: md('Advice every Monday.\n\n- on Tuesdays: room 1;\n- 11 November 2025 (Tuesday): closed.'),
        uk: md('Консультації щопонеділка.\n\n- у понеділки: кімната 1;\n- 11 листопада 2025 (вівторок): не працює.'),
      },
    });
    const [finding, ...rest] = mismatches(result);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ lang: 'en', fact: 'weekday', line: 8, column: 3 });
    expect(finding?.message).toBe('weekday: in this paragraph the English text says "on Tuesdays" (every Tuesday), but pl line 8 "w poniedziałki" and uk line 8 "у понеділки" say every Monday');
  });

  it('does not report a fact repeated in one paragraph or given in another', () => {
    const result = checkTexts({
      x: {
        pl: md('Spotkanie 19 czerwca o 17:00.\n\nZapraszamy 19 czerwca.'),
        en: md('Meeting on 19 June.\n\nJoin us on 19 June at 5 pm.'),
        uk: md('Зустріч 19 червня о 17:00.\n\nЗапрошуємо.'),
      },
    });
    expect(mismatches(result)).toEqual([]);
  });

  it('compares only the whole text when a translation merged or split paragraphs', () => {
    const result = checkTexts({
      x: {
        pl: md('Spotkanie 19 czerwca.\n\nPotem 20 czerwca.'),
        en: md('Meeting on 19 June, then on 20 June.'),
        uk: md('Зустріч 19 червня.\n\nПотім 20 червня.'),
      },
    });
    expect(mismatches(result)).toEqual([]);
  });

  it('reports both languages when only two disagree', () => {
    const result = checkTexts({ x: { pl: md('Spotkanie o 17:00.'), en: md('The meeting starts at 6 pm.') } });
    expect(mismatches(result).map((f) => `${f.lang} ${f.fact}`)).toEqual(['en time', 'pl time']);
  });

  it('sees the same facts in different notations as equal', () => {
    const result = checkTexts({
      x: {
        pl: md('W środę, 19 czerwca 2024 r. w godzinach 17:00 - 19:00, ul. Zabłocie 20, 30-701 Kraków, budynek A, 1 piętro, sala 204. Wstęp 20 zł. Tel. 12 616 75 55, konsultacje@example.pl, https://example.pl/x. Głosowało 84 512 osób (12%).'),
        en: md('On Wednesday, 19 June 2024 from 5 pm to 7 pm, ul. Zabłocie 20, 30-701 Kraków, building A, 1st floor, room 204. Entry PLN 20. Phone +48 12 616 75 55, Konsultacje@example.pl, https://www.example.pl/x/. 84,512 people voted (12%).'),
        uk: md('У середу, 19 червня 2024 р. з 17.00 до 19.00, ul. Zabłocie 20, 30-701 Kraków, корпус А, 1-й поверх, аудиторія 204. Вхід 20 злотих. Тел. (12) 616-75-55, konsultacje@example.pl, https://example.pl/x. Проголосували 84 512 осіб (12 відсотків).'),
      },
    });
    expect(mismatches(result)).toEqual([]);
  });

  it.each([
    ['date', '20 czerwca 2024', '19 June 2024', '19 червня 2024 р.'],
    ['time', 'o 18:00', 'at 5 pm', 'о 17:00'],
    ['room', 'sala 205', 'room 204', 'аудиторія 204'],
    ['building', 'budynek B', 'building A', 'корпус А'],
    ['address', 'ul. Zabłocie 22', 'ul. Zabłocie 20', 'ul. Zabłocie 20'],
    ['phone', 'tel. 12 616 75 56', 'phone 12 616 75 55', 'тел. 12 616 75 55'],
    ['email', 'a@example.pl', 'b@example.pl', 'b@example.pl'],
    ['url', 'https://example.pl/a', 'https://example.pl/b', 'https://example.pl/b'],
    ['amount', '25 zł', 'PLN 20', '20 злотих'],
    ['number', '13 osób', '12 people', '12 осіб'],
    ['weekday', 'w każdy wtorek', 'every Monday', 'щопонеділка'],
  ] as const)('fires on a different %s in Polish', (kind, pl, en, uk) => {
    const result = checkTexts({ x: { pl: md(pl), en: md(en), uk: md(uk) } });
    expect(mismatches(result).map((f) => `${f.lang} ${f.fact}`)).toEqual([`pl ${kind}`]);
  });

  it('reports a fact that one language leaves out as a warning: an omission, not a contradiction', () => {
    const texts = { x: { pl: md('Sala 204, tel. 12 616 75 55.'), en: md('Room 204, phone 12 616 75 55.'), uk: md('Аудиторія 204.') } };
    const result = checkTexts(texts);
    expect(mismatches(result).map((f) => `${f.severity} ${f.message}`)).toEqual(['warning phone number: the Ukrainian text does not give +48 12 616 75 55 (pl line 6: "12 616 75 55", en line 6: "12 616 75 55")']);
    expect(result.summary.errors).toBe(0);
    // A site that wants every translation complete makes omissions errors.
    expect(mismatches(checkTexts(texts, { omissions: 'error' })).map((f) => f.severity)).toEqual(['error']);
  });

  it('reports a fact that only one language adds as a warning, also where the site makes omissions errors', () => {
    const texts = { x: { pl: md('Sala 204, tel. 12 616 75 55.'), en: md('Room 204.'), uk: md('Аудиторія 204.') } };
    expect(mismatches(checkTexts(texts, { omissions: 'error' })).map((f) => `${f.lang} ${f.severity}`)).toEqual(['pl warning']);
  });

  it('reports a value given in place of the others\' one as an error, even where paragraphs do not correspond', () => {
    const result = checkTexts({
      x: {
        pl: md('Spotkanie o 17:00.\n\nSala 204.'),
        en: md('The meeting is at 6 pm in room 204.'),
        uk: md('Зустріч о 17:00.\n\nАудиторія 204.'),
      },
    });
    expect(mismatches(result).map((f) => `${f.lang} ${f.fact} ${f.severity}`)).toEqual(['en time error']);
  });

  it('does not take a missing postal code and an extra house number for one value written in place of the other', () => {
    const result = checkTexts({
      x: {
        pl: md('Punkt przy ul. Długiej 12, 31-004 Kraków.'),
        en: md('The point is at ul. Długa 12 and ul. Krótka 5, Kraków.'),
        uk: md('Пункт на вул. Довгій 12, 31-004 Краків.'),
      },
    });
    expect(mismatches(result).map((f) => `${f.lang} ${f.fact} ${f.severity}`)).toEqual(['en address warning', 'en address warning']);
  });

  it('reports a value written in place of another in the table row where the others state it', () => {
    const table = (head: string, row1: string, row2: string) => `${head}\n\n| A | B |\n| --- | --- |\n| x | ${row1} |\n| y | ${row2} |`;
    const result = checkTexts({
      x: {
        pl: md(table('Od środy 1 października.', 'pon.–pt. 8:00–18:00', 'wt. i czw. 10:00–14:00'), 'title: T\ndate: 2025-09-15'),
        en: md(table('From Wednesday, 1 October.', 'Mon–Fri 8 am–6 pm', 'Tue & Fri 10 am–2 pm'), 'title: T\ndate: 2025-09-15'),
        uk: md(table('З середи, 1 жовтня.', 'пн–пт 8:00–18:00', 'вт і чт 10:00–14:00'), 'title: T\ndate: 2025-09-15'),
      },
    });
    expect(mismatches(result).map((f) => `${f.lang}:${f.line}:${f.column} ${f.message}`)).toEqual([
      'en:11:13 weekday: in this table cell the English text says "Fri" (Friday), but pl line 11 "czw." and uk line 11 "чт" say Thursday',
    ]);
  });

  it('honours a declared floor convention', () => {
    const texts = { x: { pl: md('1 piętro'), en: md('1st floor'), uk: md('2-й поверх') } };
    expect(mismatches(checkTexts(texts, { floorConventions: { uk: 'ground-is-first' } }))).toEqual([]);
  });

  it('compares the summary and title too', () => {
    const result = checkTexts({
      x: {
        pl: md('Spotkanie 19 czerwca.', 'title: Spotkanie\ndate: 2024-06-14\nsummary: Spotkanie 19 czerwca o 17:00.'),
        en: md('Meeting on 19 June.', 'title: Meeting\ndate: 2024-06-14\nsummary: Meeting on 19 June at 6 pm.'),
      },
    });
    expect(brief(result).filter((line) => line.includes('time'))).toEqual(['en:4 fact-mismatch time', 'pl:4 fact-mismatch time']);
  });
});

describe('a count of one', () => {
  it('is not required of a language that writes it as a word', () => {
    expect(checkTexts({ x: { pl: md('Bilet dla 1 osoby.'), en: md('A ticket for one person.'), uk: md('Квиток на 1 особу.') } }).findings).toEqual([]);
    const changed = checkTexts({ x: { pl: md('Bilet dla 2 osób.'), en: md('A ticket for one person.'), uk: md('Квиток на 1 особу.') } });
    expect(mismatches(changed).map((f) => f.message)).toEqual(['number: the Polish text says "2", which en and uk do not']);
  });

  it('still counts in its paragraph or table row', () => {
    const table = (first: string, second: string) => `| Rejon | Uwagi |\n| --- | --- |\n| ${first} | – |\n| ${second} | – |`;
    const result = checkTexts({ x: { pl: md(table('Rejon 2', 'Rejon 2')), en: md(table('Area 1', 'Area 2')), uk: md(table('Район 1', 'Район 2')) } });
    expect(mismatches(result).map((f) => `${f.lang} ${f.fact}`)).toEqual(['pl number']);
  });
});

describe('a value written in several places', () => {
  it('is reported where it is first written, naming the other lines, and not again against the event', () => {
    const fm = 'title: T\ndate: 2024-06-14\nevent:\n  start: 2024-06-19T11:11';
    const result = checkTexts({
      x: {
        pl: md('Start 19 czerwca o 11:11.\n\nMeta o 13:30, pakiety od 10:00 do 18:00.\n\nStart o 11:11.', fm),
        en: md('Start on 19 June at 11:12 am.\n\nFinish at 1:30 pm, packs from 10 am to 6 pm.\n\nStart at 11:12 am.', fm),
        uk: md('Старт 19 червня об 11:11.\n\nФініш о 13:30, пакети з 10:00 до 18:00.\n\nСтарт об 11:11.', fm),
      },
    });
    expect(mismatches(result).map((f) => `${f.lang}:${f.line} ${f.message}`)).toEqual([
      'en:8 time: the English text says "11:12 am" (11:12), but pl line 8 "11:11" and uk line 8 "11:11" say 11:11; "11:12 am" is written again on line 12',
    ]);
  });

  it('lists at most three of the text\'s values against the event', () => {
    const fm = 'title: T\ndate: 2024-06-14\nevent:\n  start: 2024-06-19T11:00';
    const result = checkTexts({ x: { pl: md('19 czerwca: 9:00, 10:00, 12:00, 13:00 i 14:00.', fm) } });
    expect(mismatches(result).map((f) => f.message)).toEqual(['time: the frontmatter event gives 11:00, but the Polish text says "9:00" (09:00), "10:00", "12:00" and 2 more']);
  });
});

describe('fact-mismatch within one file', () => {
  it('catches a summary that contradicts its own body', () => {
    const result = checkTexts({ x: { pl: md('Spotkanie 19 czerwca 2024 r. o 17:00.', 'title: T\ndate: 2024-06-14\nsummary: Spotkanie 20 czerwca o 17:00.') } });
    expect(mismatches(result).map((f) => f.message)).toEqual(['date: the summary says "20 czerwca" (20 June 2024), but the body says "19 czerwca 2024 r." (19 June 2024)']);
  });

  it('names each value of the text once against the event, and reports a floor contradicting the other languages once', () => {
    const frontmatter = 'title: T\ndate: 2024-06-14\nsummary: W godz. 10:00–14:00.\nevent:\n  start: 2024-06-19T11:00\n  venue:\n    name: Centrum\n    floor: 0';
    const result = checkTexts({ x: { pl: md('19 czerwca w godz. 10:00–14:00 na parterze.', frontmatter) } });
    expect(mismatches(result).map((f) => f.message)).toEqual(['time: the frontmatter event gives 11:00, but the Polish text says "10:00", "14:00"']);
    const fm = (lang: string) => `title: T\ndate: 2024-06-14\nevent:\n  start: 2024-06-19T10:00\n  venue:\n    name: ${lang}\n    floor: 0`;
    const floors = checkTexts({ x: { pl: md('Na parterze.', fm('A')), en: md('On the ground floor.', fm('A')), uk: md('На першому поверсі.', fm('A')) } });
    expect(mismatches(floors).map((f) => `${f.lang} ${f.fact}`)).toEqual(['uk floor']);
  });

  it('checks the frontmatter event against the text', () => {
    const frontmatter = 'title: T\ndate: 2024-06-14\nevent:\n  start: 2024-06-19T17:00\n  venue:\n    name: Centrum\n    floor: 1';
    const result = checkTexts({ x: { uk: md('19 червня 2024 р. о 17:00, 2-й поверх.', frontmatter) } });
    expect(mismatches(result).map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '11:28 floor: the frontmatter event gives floor 1, but the Ukrainian text says "2-й поверх" (floor 2)',
    ]);
  });

  it('reports a text whose time is not the event start', () => {
    const frontmatter = 'title: T\ndate: 2024-06-14\nevent:\n  start: 2024-06-19T17:00\n  end: 2024-06-19T19:00';
    const result = checkTexts({ x: { pl: md('Spotkanie 19 czerwca o 18:00.', frontmatter) } });
    expect(mismatches(result).map((f) => f.message)).toEqual(['time: the frontmatter event gives 17:00, but the Polish text says "18:00"']);
  });

  it('lets the text leave out the event end, and give other times beside the start', () => {
    const frontmatter = 'title: T\ndate: 2024-06-14\nevent:\n  start: 2024-06-19T17:00\n  end: 2024-06-20T19:00';
    const result = checkTexts({ x: { en: md('Registration opens at 4:30 pm; the meeting starts on 19 June at 5 pm.', frontmatter) } });
    expect(mismatches(result)).toEqual([]);
  });

  it('checks the frontmatter event across languages', () => {
    const event = (start: string) => `title: T\ndate: 2024-06-14\nevent:\n  start: ${start}`;
    const result = checkTexts({ x: { pl: md('Treść.', event('2024-06-19T17:00')), en: md('Text.', event('2024-06-19T17:00')), uk: md('Текст.', event('2024-06-19T18:00')) } });
    expect(mismatches(result).map((f) => `${f.lang}:${f.line} ${f.message}`)).toEqual([
      'uk:5 time: the Ukrainian frontmatter event gives 18:00 ("2024-06-19T18:00"), but pl and en give 17:00',
    ]);
  });

  it('stays silent when event, summary and text agree', () => {
    const frontmatter = 'title: T\ndate: 2024-06-14\nsummary: W środę, 19 czerwca, o 17:00.\nevent:\n  start: 2024-06-19T17:00\n  end: 2024-06-19T19:00\n  venue:\n    name: C\n    building: A\n    floor: 1\n    postalCode: 30-701\n    streetAddress: ul. Zabłocie 20';
    const result = checkTexts({ x: { pl: md('W środę, 19 czerwca 2024 r., 17:00–19:00, ul. Zabłocie 20, 30-701 Kraków, budynek A, 1 piętro.', frontmatter) } });
    expect(mismatches(result)).toEqual([]);
  });
});

describe('what is not read', () => {
  it('ignores facts in code blocks and inline code', () => {
    const result = checkTexts({
      x: {
        pl: md('Spotkanie o 17:00.\n\n```\no 18:00, 2 piętro, sala 999\n```\n\nPrzykład: `19 czerwca 2024 (poniedziałek)`'),
        en: md('Meeting at 5 pm.'),
      },
    });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
