import { it } from 'vitest';
import { checkTexts, md } from './helpers/check-texts.ts';
const cases: Array<[string, string, string, string]> = [
  ['phones spaced', 'Tel. 734 – 117 -307.', 'Phone 734 117 307.', 'Тел. 734-117-307.'],
  ['phones ext', 'Tel. (12) 345-67-89 wew. 21.', 'Phone +48 12 345 67 89 ext. 21.', 'Тел. 12 345 67 89, дод. 21.'],
  ['relative days', 'Zapraszamy dziś o 17:00, a jutro o 10:00. W piątek 14 marca 2025 r. festyn.', 'Join us today at 5 pm and tomorrow at 10 am. Festival on Friday, 14 March 2025.', 'Запрошуємо сьогодні о 17:00, а завтра о 10:00. У пʼятницю, 14 березня 2025 р., фестиваль.'],
  ['day ordinal words', 'Spotkanie 2 maja 2025 r.', 'Meeting on 2 May 2025.', 'Зустріч 2 (другого) травня 2025 р.'],
  ['weekday relative year', 'Spotkanie 16 marca 2022 r. (środa).', 'Meeting on Wednesday, 16 March 2022.', 'Зустріч 16 березня (середа) цього року.'],
  ['compound numbers', 'Piętnastominutowa przerwa, dwudniowy kurs, trzykrotnie.', 'A 15-minute break, a two-day course, three times.', '15-хвилинна перерва, дводенний курс, тричі.'],
  ['glued units', 'Dzieci 7-18lat, bilet 20zł, 10min, 5km.', 'Children aged 7-18, ticket PLN 20, 10 min, 5 km.', 'Діти 7-18 років, квиток 20 зл, 10 хв, 5 км.'],
  ['house slashes', 'ul. Długa 31/B, ul. Krótka 12/14 m. 5', 'ul. Długa 31b, ul. Krótka 12/14 flat 5', 'вул. Довга 31/Б, вул. Коротка 12/14 кв. 5'],
  ['house ranges', 'Budynki nr 30–36 przy ul. Długiej.', 'Buildings Nos. 30-36 on Długa Street.', 'Будинки № 30–36 на вул. Довгій.'],
  ['place number', 'Urząd, Rynek Główny 35.', 'Office, Rynek Główny 35.', 'Офіс, Rynek Główny 35.'],
  ['russianisms', 'W czwartek 13 marca 2025 r. i w poniedziałek 17 marca.', 'On Thursday, 13 March 2025 and Monday, 17 March.', 'У четверг 13 марта 2025 р. і в понедельник 17 марта.'],
  ['lookalikes', 'Zdjęcie 35x45 mm, sala nr13.', 'Photo 35x45 mm, room No. 13.', 'Фото 35х45 мм, зала №13.'],
  ['issue numbers', 'Odcinek odc. 27, cz. 2, #3', 'Episode 27, part 2, #3', 'Епізод 27, частина 2, #3'],
  ['roman', 'II Kwartet smyczkowy, turnus I, IV LO, klasy VII i VIII.', 'String Quartet No. 2, session 1, School No. 4, Years 7 and 8.', 'Струнний квартет № 2, зміна 1, ліцей № 4, класи 7 і 8.'],
  ['holiday names', 'Święto Trzech Króli, Wszystkich Świętych, Pierwsza Komunia, ul. 3 Maja.', 'Epiphany, All Saints Day, First Communion, 3 Maja Street.', 'Свято Богоявлення, День усіх святих, Перше причастя, вул. 3 Травня.'],
  ['rooms', 'Klasa 12, pracownia 5, stanowisko 3, okienko 4, boks 7.', 'Classroom 12, lab 5, desk 3, window 4, box 7.', 'Клас 12, лабораторія 5, стійка 3, віконце 4, бокс 7.'],
  ['noon', 'Start w samo południe, koniec o dwunastej w południe.', 'Start at midday, end at 12 noon.', 'Старт рівно опівдні, кінець о полудні.'],
  ['currency words', 'Opłata: symboliczna złotówka.', 'Fee: PLN 1.', 'Плата: 1 злотий.'],
  ['weekday implied', 'Festyn 11–13.09.2026.', 'Festival from Friday 11 to Sunday 13 September 2026.', 'Фестиваль 11–13.09.2026.'],
  ['past midnight', 'Noc Muzeów: sobota 16 maja 2026 r., od 18:00 do 1:00.', 'Night of Museums: Saturday 16 May 2026, from 6 pm until 1 am on Sunday 17 May.', 'Ніч музеїв: субота, 16 травня 2026 р., з 18:00 до 1:00.'],
  ['holiday date', 'Urząd nieczynny 11 listopada 2025 r.', 'The office is closed on 11 November 2025 (Independence Day).', 'Офіс зачинено 11 листопада 2025 р. (День незалежності).'],
  ['holiday only', 'Urząd nieczynny w Boże Narodzenie, 25 grudnia.', 'The office is closed on Christmas Day.', 'Офіс зачинено на Різдво, 25 грудня.'],
];
it('probe', () => {
  for (const [name, pl, en, uk] of cases) {
    const r = checkTexts({ x: { pl: md(pl, 'title: T\ndate: 2025-03-10'), en: md(en, 'title: T\ndate: 2025-03-10'), uk: md(uk, 'title: T\ndate: 2025-03-10') } });
    console.log(`## ${name}: ${r.summary.errors}E ${r.summary.warnings}W`);
    for (const f of r.findings) console.log(`   ${f.severity[0]} ${f.lang} ${f.rule} ${f.message.slice(0, 170)}`);
  }
});
