import { describe, expect, it } from 'vitest';
import { checkTexts, keys, md } from '../../../test/helpers/check-texts.ts';

describe('amounts', () => {
  it.each([
    ['pl', 'Bilety 20–30 zł.'],
    ['pl', 'Bilety od 20 do 30 zł.'],
    ['en', 'Tickets PLN 20–30.'],
    ['en', 'Tickets PLN 20 to 30.'],
    ['en', 'Tickets from PLN 20 to PLN 30.'],
    ['uk', 'Квитки 20–30 злотих.'],
    ['uk', 'Квитки від 20 до 30 злотих.'],
  ] as const)('%s: gives both ends of a range of amounts that writes its currency once the currency ("%s")', (lang, text) => {
    expect(keys(lang, text)).toEqual(['PLN:20', 'PLN:30']);
  });

  it('leaves a number before an amount as a number when no range joins them', () => {
    expect(keys('pl', 'dzieci 3–6 lat, bilet 20 zł')).toEqual(['3', '6', 'PLN:20']);
    expect(keys('en', '50% of PLN 20')).toEqual(['50%', 'PLN:20']);
    expect(keys('pl', 'wniesiona w ciągu 7 dni – 100 zł')).toEqual(['7', 'PLN:100']);
  });

  it.each([
    ['pl', '20 zł', ['PLN:20']],
    ['pl', '20zł', ['PLN:20']],
    ['pl', '12,50 zł', ['PLN:12.5']],
    ['pl', '45 000 000 zł', ['PLN:45000000']],
    ['en', 'PLN 20', ['PLN:20']],
    ['en', '20 PLN', ['PLN:20']],
    ['en', 'PLN 45,000,000', ['PLN:45000000']],
    ['en', '€20', ['EUR:20']],
    ['uk', '20 злотих', ['PLN:20']],
    ['uk', '100 грн', ['UAH:100']],
    ['pl', 'budżet 2 mln zł', ['PLN:2000000']],
    ['pl', '2,5 mln złotych', ['PLN:2500000']],
    ['en', 'a budget of PLN 2 million', ['PLN:2000000']],
    ['en', 'PLN 2.5m', ['PLN:2500000']],
    ['en', '€20k', ['EUR:20000']],
    ['uk', 'бюджет 2 млн злотих', ['PLN:2000000']],
    ['uk', '1,5 тис. грн', ['UAH:1500']],
  ] as const)('%s: reads "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'amount')).toEqual(expected);
  });

  it('sees "20 zł", "PLN 20" and "20 злотих" as the same amount', () => {
    expect(keys('pl', '20 zł', 'amount')).toEqual(keys('en', 'PLN 20', 'amount'));
    expect(keys('uk', '20 злотих', 'amount')).toEqual(keys('en', 'PLN 20', 'amount'));
    // Ukrainian texts for Kraków often keep the Polish symbol.
    expect(keys('uk', 'Вхід 20 zł.', 'amount')).toEqual(keys('en', 'PLN 20', 'amount'));
  });
});

describe('other numbers', () => {
  it.each([
    ['pl', 'oddano 84 512 głosów', ['84512']],
    ['pl', 'informacja: 12 19 115', ['12', '19', '115']],
    ['en', 'information: 12 19 115', ['12', '19', '115']],
    ['en', '84,512 votes were cast', ['84512']],
    ['en', 'we have 15 000 vaccines', ['15000']],
    ['en', 'between 10 000 and 20 000 people', ['10000', '20000']],
    ['uk', 'віддали 84 512 голосів', ['84512']],
    ['pl', 'dzieci w wieku od 10 lat', ['10']],
    ['en', '12% of residents', ['12%']],
    ['pl', '12 procent mieszkańców', ['12%']],
    ['uk', '12 відсотків мешканців', ['12%']],
    ['pl', 'płacą 50 % mniej', ['50%']],
    ['uk', 'на 50 % менше', ['50%']],
    ['en', 'pay 50 per cent less', ['50%']],
    ['en', 'pay 50 pct less', ['50%']],
    ['uk', 'знижка 50 відс.', ['50%']],
    ['en', 'pupils pay half price', ['50%']],
    ['en', 'half-price tickets', ['50%']],
    ['pl', 'uczniowie płacą pół ceny', ['50%']],
    ['pl', 'bilety za pół ceny', ['50%']],
    ['uk', 'учні платять півціни', ['50%']],
    ['uk', 'квитки за половину ціни', ['50%']],
    ['pl', 'linie 1 i 17', ['1', '17']],
    ['en', 'twice a week', ['2']],
    ['pl', 'dwa razy w tygodniu', ['2']],
    ['pl', 'dwukrotnie w ciągu roku', ['2']],
    ['uk', 'двічі на тиждень', ['2']],
    ['uk', 'тричі на рік', ['3']],
    ['en', 'the 2nd meeting', ['2 (ordinal)']],
    ['en', 'two trams', ['2']],
    ['pl', 'dwa tramwaje', ['2']],
    ['uk', 'два трамваї', ['2']],
    ['pl', 'grupy liczą 1,5 tys.', ['1500']],
    ['pl', 'ok. 300 tys. mieszkańców', ['300000']],
    ['en', 'about 300,000 residents', ['300000']],
    ['en', 'about 0.3 million residents', ['300000']],
    ['uk', 'близько 300 тис. мешканців', ['300000']],
    ['en', 'a 2 m wide path', ['2']],
  ] as const)('%s: reads "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'number')).toEqual(expected);
  });

  it('skips codes glued to letters', () => {
    expect(keys('en', 'COVID-19 and A4 paper and 5G', 'number')).toEqual([]);
  });

  it('never counts a number twice', () => {
    const all = keys('pl', 'w środę, 19 czerwca 2024 r. o 17:00, sala 204, 1 piętro, 20 zł, tel. 12 616 75 55');
    expect(all).toEqual(['wd:3@2024-06-19', '2024-06-19', '17:00', 'room:204', 'floor:1', 'PLN:20', '+48126167555']);
  });

  it.each([
    ['pl', '50-procentowa zniżka', ['50%']],
    ['uk', '50-відсоткова знижка', ['50%']],
    ['en', 'a 50-percent discount', ['50%']],
    ['pl', 'półtorej godziny', ['90 min']],
    ['uk', 'півтори години', ['90 min']],
    ['en', 'one and a half hours', ['90 min']],
    ['en', 'an hour and a half', ['90 min']],
    ['pl', 'grupa 50-osobowa', ['50']],
  ] as const)('%s: reads "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'number')).toEqual(expected);
  });

  it.each([
    ['en', 'twenty places', ['20']],
    ['pl', 'dwadzieścia miejsc', ['20']],
    ['uk', 'двадцять місць', ['20']],
    ['en', 'twenty-five places', ['25']],
    ['pl', 'dwudziestu pięciu uczestników', ['25']],
    ['uk', "двадцять п'ять місць", ['25']],
    ['en', 'two hundred people', ['200']],
    ['en', 'a hundred people', ['100']],
    ['pl', 'dwieście osób', ['200']],
    ['uk', 'двісті людей', ['200']],
    ['en', 'two thousand runners', ['2000']],
    ['pl', 'trzy tysiące pięćset', ['3500']],
    ['uk', "п'ять тисяч учасників", ['5000']],
    ['en', 'twelve five', ['12', '5']],
    ['pl', 'dwa trzy', ['2', '3']],
    ['en', 'fifteen minutes', ['15 min']],
    ['en', 'twenty-four hours a day', []],
  ] as const)('%s: reads the number words "%s" as translators write them for digits', (lang, text, expected) => {
    expect(keys(lang, text)).toEqual(expected);
  });

  it('quotes an amount without the full stop that ends the sentence after a whole word, but with an abbreviation\'s', () => {
    const result = checkTexts({ x: { pl: md('Bilet kosztuje 20 zł.'), en: md('A ticket costs PLN 20.'), uk: md('Квиток коштує 25 злотих.') } });
    const message = result.findings.find((f) => f.rule === 'fact-mismatch' && f.fact === 'amount')?.message ?? '';
    expect(message).toBe('amount: the Ukrainian text says "25 злотих" (PLN 25), but pl line 6 "20 zł." and en line 6 "PLN 20" say PLN 20');
  });

  it.each([
    ['pl', 'Zajęcia trwają pół godziny.', ['30 min']],
    ['en', 'Classes last half an hour.', ['30 min']],
    ['uk', 'Заняття тривають півгодини.', ['30 min']],
    ['uk', 'Заняття тривають пів години.', ['30 min']],
    ['pl', 'Przerwa trwa kwadrans.', ['15 min']],
    ['en', 'a quarter of an hour', ['15 min']],
    ['uk', 'чверть години', ['15 min']],
    ['en', 'Tours start every half-hour.', ['30 min']],
    ['en', 'a half-hour break', ['30 min']],
    ['en', 'every quarter-hour', ['15 min']],
    ['en', 'Buses run half-hourly.', ['30 min']],
    ['pl', 'półgodzinna przerwa', ['30 min']],
    ['uk', 'Екскурсії починаються щопів години.', ['30 min']],
    ['uk', 'Автобуси курсують щопівгодини.', ['30 min']],
    ['uk', 'півгодинна перерва', ['30 min']],
  ] as const)('%s: reads the duration said in words "%s" in minutes', (lang, text, expected) => {
    expect(keys(lang, text)).toEqual(expected);
  });

  it('reads hours and minutes as one duration, after a label too', () => {
    expect(keys('pl', 'Limit czasu: 3 godz. 30 min.')).toEqual(['210 min']);
    expect(keys('en', 'Time limit: 3 hours 30 minutes.')).toEqual(['210 min']);
    expect(keys('uk', 'Ліміт часу: 3 год 30 хв.')).toEqual(['210 min']);
    expect(keys('pl', 'Limit czasu: 3,5 godziny.')).toEqual(['210 min']);
    // An hour of the afternoon with its minutes is a time.
    expect(keys('pl', '17 godz. 30 min')).toEqual(['17:30']);
  });

  it('reads "5K" as the 5 of "5 km"', () => {
    expect(checkTexts({ x: { pl: md('Bieg na 5 km.'), en: md('A 5K run.'), uk: md('Забіг на 5 км.') } }).findings).toEqual([]);
    expect(keys('en', 'COVID-19 and A4 paper')).toEqual([]);
  });

  it('sees "every other week" and "co drugi tydzień" as "every two weeks"', () => {
    expect(keys('en', 'Collection every other week.')).toEqual(['14']);
    expect(keys('pl', 'Wywóz co drugi tydzień.')).toEqual(['14']);
    expect(keys('uk', 'Вивезення кожного другого тижня.')).toEqual(['14']);
    expect(keys('pl', 'Wywóz co dwa tygodnie.')).toEqual(['14']);
    expect(checkTexts({ x: { pl: md('Wywóz co dwa tygodnie.'), en: md('Collection every other week.'), uk: md('Вивезення раз на два тижні.') } }).findings).toEqual([]);
    const changed = checkTexts({ x: { pl: md('Wywóz co trzy tygodnie.'), en: md('Collection every other week.'), uk: md('Вивезення раз на два тижні.') } });
    expect(changed.findings.map((f) => `${f.lang} ${f.fact}`)).toEqual(['pl number']);
    // Before anything but a unit of time it is no number: "every other Wednesday" is a weekday, "co trzecie dziecko" a share.
    expect(keys('en', 'every other Wednesday', 'number')).toEqual([]);
    expect(keys('pl', 'co trzecie dziecko', 'number')).toEqual([]);
  });

  it('reads a decimal point before a unit in languages of the decimal comma, and no date there', () => {
    expect(keys('pl', 'Trasa ma 7.01 km.')).toEqual(['7.01']);
    expect(keys('pl', 'Opłata 2.05 zł.')).toEqual(['PLN:2.05']);
    expect(keys('uk', 'Траса 7.01 км.')).toEqual(['7.01']);
    expect(keys('pl', 'Odbiór 7.01.')).toEqual(['2025-01-07']);
  });

  it('reads a full stop between groups of three digits as grouping thousands in Polish and Ukrainian', () => {
    expect(keys('pl', 'Koszt: 84.512 zł.')).toEqual(['PLN:84512']);
    expect(keys('pl', '1.200.000 zł')).toEqual(['PLN:1200000']);
    expect(keys('uk', '1.200 злотих')).toEqual(['PLN:1200']);
    expect(checkTexts({ x: { pl: md('Koszt: 1.200 zł.'), en: md('Cost: PLN 1,200.'), uk: md('Вартість: 1 200 злотих.') } }).findings).toEqual([]);
  });

  it('reads compounds with a number in every language: a duration, or a count that needs another language to give it', () => {
    // "dwuletnia kadencja", "дворічний термін", "a two-year term": years, no unit of time, so a count.
    expect(keys('en', 'elected for a two-year term')).toEqual(['2 (ordinal)']);
    expect(keys('pl', 'na dwuletnią kadencję')).toEqual(['2']);
    expect(keys('uk', 'на дворічний термін')).toEqual(['2']);
    // Units of time they write with the number too: "trzydniowy festiwal", "п'ятихвилинна прогулянка".
    expect(keys('en', 'a three-day festival and a five-minute walk')).toEqual(['3', '5 min']);
    expect(keys('pl', 'trzydniowy festiwal i pięciominutowy spacer')).toEqual(['3', '5 min']);
    expect(keys('uk', "триденний фестиваль і п'ятихвилинна прогулянка")).toEqual(['3', '5 min']);
    expect(keys('pl', 'trzykrotnie, dwukrotny')).toEqual(['3', '2']);
    // Digits stay numbers in every language ("2-year" = "2-letnia" = "2-річний"), and so does a range of words.
    expect(keys('en', 'a 2-year term')).toEqual(['2']);
    expect(keys('pl', 'dwa-trzy razy')).toEqual(['2', '3']);
    expect(keys('en', 'twenty-five places')).toEqual(['25']);
  });

  it('reads the numbers of a run one by one, and facts at its ends as usual', () => {
    expect(keys('pl', 'linie 12 19 115')).toEqual(['12', '19', '115']);
    expect(keys('pl', 'tramwaje 1 2 6 i 50')).toEqual(['1', '2', '6', '50']);
    expect(keys('pl', 'w dniach 5 12 19 czerwca')).toEqual(['5', '12', '2024-06-19']);
    expect(keys('en', '19 19 19 June')).toEqual(['19', '19', '2024-06-19']);
  });

  it('leaves out a conversion into another currency that a translator adds in brackets, but keeps a second price', () => {
    expect(keys('en', 'A ticket costs PLN 20 (about EUR 5).')).toEqual(['PLN:20']);
    expect(keys('uk', 'Квиток коштує 20 злотих (≈ 200 гривень).')).toEqual(['PLN:20']);
    expect(keys('pl', 'Bilet 20 zł (ok. 5 euro).')).toEqual(['PLN:20']);
    expect(keys('pl', 'Bilet 20 zł (ulgowy 10 zł).')).toEqual(['PLN:20', 'PLN:10']);
    expect(keys('en', 'PLN 20 or EUR 5')).toEqual(['PLN:20', 'EUR:5']);
    const result = checkTexts({ x: { pl: md('Bilet kosztuje 20 zł.'), en: md('A ticket costs PLN 20 (approx. €4.70).'), uk: md('Квиток коштує 20 злотих.') } });
    expect(result.findings).toEqual([]);
  });

  it('does not compare anniversaries, which English writes as ordinals (100-lecie, 100-річчя, 100th)', () => {
    expect(keys('pl', 'jubileusz 100-lecia szkoły', 'number')).toEqual(['100 (ordinal)']);
    expect(keys('uk', 'ювілей 100-річчя школи', 'number')).toEqual(['100 (ordinal)']);
    expect(keys('en', 'the 100th anniversary', 'number')).toEqual(['100 (ordinal)']);
    const result = checkTexts({ x: { pl: md('Jubileusz 100-lecia szkoły.'), en: md('The 100th anniversary of the school.'), uk: md('Ювілей 100-річчя школи.') } });
    expect(result.findings).toEqual([]);
  });

  it.each([
    ['pl', 'Zapraszamy na 2. edycję festiwalu.', ['2 (ordinal)']],
    ['pl', 'już 1-szy raz, 2-gi dzień, 3-cia edycja', ['1 (ordinal)', '2 (ordinal)', '3 (ordinal)']],
    ['en', 'the 2nd edition, the 21st century', ['2 (ordinal)', '21 (ordinal)']],
    ['uk', '2-га зміна, 3-тя черга, 1-ша категорія, 2-гу edycję', ['2 (ordinal)', '3 (ordinal)', '1 (ordinal)', '2 (ordinal)']],
  ] as const)('%s: reads the ordinals in "%s" as ordinals, which translators as often write as words', (lang, text, expected) => {
    expect(keys(lang, text, 'number')).toEqual(expected);
  });

  it('compares an ordinal only where another language gives its number, or in a corresponding paragraph', () => {
    // Alone it is no addition: "2." may be "second".
    const alone = checkTexts({ x: { pl: md('Zapraszamy na 2. edycję festiwalu.'), en: md('Join us for the second edition of the festival.'), uk: md('Запрошуємо на другу edycję фестивалю.') } });
    expect(alone.findings).toEqual([]);
    const texts = (pl: string) => ({
      x: {
        pl: md(`Badanie dla kobiet od ${pl}. do 74. roku życia.`),
        en: md('The test is for women aged 45 to 74.'),
        uk: md('Обстеження для жінок віком від 45 до 74 років.'),
      },
    });
    expect(checkTexts(texts('45')).findings).toEqual([]);
    // "od 50. roku życia" where the others say 45: the ordinal stands in the place of their number.
    expect(checkTexts(texts('50')).findings.map((f) => `${f.lang} ${f.fact} ${f.severity}`)).toEqual(['pl number error']);
  });

  it('keeps cardinals that look like ordinals: a number ending a sentence, "з 2-ма дітьми", "до 5-ти років"', () => {
    expect(keys('pl', 'dzieci do lat 6. Zapisy trwają')).toEqual(['6']);
    expect(keys('uk', 'з 2-ма дітьми, до 5-ти років', 'number')).toEqual(['2', '5']);
    const result = checkTexts({ x: { pl: md('Zapraszamy na 2. edycję festiwalu.'), en: md('Join us for the second edition of the festival.'), uk: md('Запрошуємо на 2-гу edycję фестивалю.') } });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('quotes a duration without the full stop that ends its sentence, but with the one of an abbreviated unit', () => {
    const result = checkTexts({ x: { pl: md('Limit czasu wynosi 6 godzin.'), en: md('The time limit is seven hours.'), uk: md('Ліміт часу становить 6 годин.') } });
    expect(result.findings.map((f) => f.message)).toEqual(['number: the English text says "seven hours" (420 minutes), but pl line 6 "6 godzin" and uk line 6 "6 годин" say 360 minutes']);
    const abbreviated = checkTexts({ x: { pl: md('Spacer trwa 2 godz.'), en: md('The walk takes 3 hours.'), uk: md('Прогулянка триває 2 год.') } });
    expect(abbreviated.findings.map((f) => f.message)).toEqual(['number: the English text says "3 hours" (180 minutes), but pl line 6 "2 godz." and uk line 6 "2 год." say 120 minutes']);
  });

  it('reads "24/7" and "24 h" as the whole day, not as numbers or the time 00:00', () => {
    expect(keys('en', 'open 24/7')).toEqual([]);
    expect(keys('en', 'a 24-hour pharmacy')).toEqual([]);
    expect(keys('pl', 'apteka 24-godzinna')).toEqual([]);
    expect(keys('pl', 'czynne 24 h', 'time')).toEqual([]);
    expect(keys('pl', '24/7/2024', 'date')).toEqual(['2024-07-24']);
    const result = checkTexts({ x: { pl: md('Punkt czynny całą dobę, 24 h.'), en: md('Open 24/7, 24 hours a day.'), uk: md('Пункт працює цілодобово, 24 години.') } });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads durations in hours or minutes as minutes, so "1,5 godziny" and "90 minutes" agree', () => {
    expect(keys('pl', 'Spotkanie potrwa 1,5 godziny.')).toEqual(['90 min']);
    expect(keys('en', 'The meeting will last 90 minutes.')).toEqual(['90 min']);
    expect(keys('uk', 'Зустріч триватиме півтори години.')).toEqual(['90 min']);
    expect(keys('en', 'a 90-minute workshop')).toEqual(['90 min']);
    expect(keys('pl', '90-minutowe warsztaty')).toEqual(['90 min']);
    expect(keys('uk', '90-хвилинний майстер-клас')).toEqual(['90 min']);
    expect(keys('pl', 'trwa 2 godz.')).toEqual(keys('en', 'lasts two hours'));
    // Not units: "minimum", "minister"; clock times stay times.
    expect(keys('en', 'at least 5 minimum')).toEqual(['5']);
    expect(keys('pl', 'o 17 godz.')).toEqual(['17:00']);
    const result = checkTexts({ x: { pl: md('Spotkanie potrwa 1,5 godziny.'), en: md('The meeting will last 90 minutes.'), uk: md('Зустріч триватиме півтори години.') } });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads "24 hours a day" as the whole day, as "całą dobę" and "цілодобово", which have no number', () => {
    expect(keys('en', 'Bikes can be rented 24 hours a day.')).toEqual([]);
    expect(keys('pl', 'czynne 24 godziny na dobę')).toEqual([]);
    expect(keys('uk', 'працює 24 години на добу')).toEqual([]);
    const result = checkTexts({ x: { pl: md('Wypożyczalnia działa całą dobę.'), en: md('Rental is open 24 hours a day.'), uk: md('Прокат працює цілодобово.') } });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // A marker before the full noun does not make it the hour: "up to 24 hours" is 24 hours, as "najpóźniej 24 godziny".
    expect(keys('en', 'It can be cancelled up to 24 hours before.')).toEqual([]);
    expect(keys('pl', 'do 24 godzin')).toEqual([]);
    // Midnight stays a time.
    expect(keys('pl', 'czynne do godz. 24')).toEqual(['00:00']);
  });

  it.each([
    ['pl', 'Odwołanie w ciągu 14 dni od doręczenia.'],
    ['pl', 'Odpowiadamy w ciągu 14 dni roboczych.'],
    ['pl', 'termin 14-dniowy'],
    ['pl', 'w ciągu dwóch tygodni'],
    ['en', 'An appeal within two weeks of delivery.'],
    ['en', 'We reply within 14 working days.'],
    ['en', 'a 14-day deadline'],
    ['en', 'within a fortnight, i.e. 2 weeks'],
    ['uk', 'Оскарження протягом 14 днів.'],
    ['uk', 'Відповідаємо протягом 14 робочих днів.'],
    ['uk', '14-денний термін'],
    ['uk', 'протягом двох тижнів'],
  ] as const)('%s: reads days and weeks counted in "%s" as 14 days', (lang, text) => {
    expect(keys(lang, text)).toEqual(['14']);
  });

  it('reads whole days of hours as a number of days, and other durations as minutes', () => {
    expect(keys('en', 'valid for 48 hours')).toEqual(['2']);
    expect(keys('uk', 'дійсний 2 доби')).toEqual(['2']);
    expect(keys('en', '3 days, 2 hours')).toEqual(['3', '120 min']);
    expect(keys('pl', '3 tygodnie')).toEqual(['21']);
    // Days with a word between them and the number are days all the same.
    expect(checkTexts({ x: { pl: md('Zapraszamy na 3 dni otwarte.'), en: md('Join us for 3 open days.'), uk: md('Запрошуємо на 3 дні відкритих дверей.') } }).findings).toEqual([]);
    // Months have no fixed length: a count.
    expect(keys('pl', 'co drugi miesiąc', 'number')).toEqual(['2']);
  });

  it('reads "7 days a week" as every day, as "codziennie" and "без вихідних", which have no number', () => {
    expect(keys('en', 'Open 7 days a week.')).toEqual([]);
    expect(keys('en', 'open seven days a week')).toEqual([]);
    expect(keys('pl', 'czynne 7 dni w tygodniu')).toEqual([]);
    expect(keys('uk', 'працює сім днів на тиждень')).toEqual([]);
    const result = checkTexts({ x: { pl: md('Otwarte 24 godziny na dobę, 7 dni w tygodniu.'), en: md('Open 24/7.'), uk: md('Працює цілодобово, без вихідних.') } });
    expect(result.findings).toEqual([]);
    // Seven days without the week are a count.
    expect(keys('pl', 'w ciągu 7 dni')).toEqual(['7']);
    expect(keys('en', 'within 7 days')).toEqual(['7']);
  });

  it.each([
    ['pl', '20 zł 50 gr', ['PLN:20.5']],
    ['pl', '20 zł 5 gr', ['PLN:20.05']],
    ['uk', '20 грн 50 коп.', ['UAH:20.5']],
    ['uk', '₴200', ['UAH:200']],
    ['pl', '20 zł i 50 osób', ['PLN:20', '50']],
  ] as const)('%s: reads the amount in "%s"', (lang, text, expected) => {
    expect(keys(lang, text)).toEqual(expected);
  });
});
