import { describe, expect, it } from 'vitest';
import { checkTexts, md } from './helpers/check-texts.ts';

/**
 * Sentences as three translators might write them, each language in its own
 * notations (3.09.2024 r. / 3rd of September 2024 / 3 вересня 2024 року;
 * 9.00 / 9am / 9:00; 12,50 zł / PLN 12.50 / 12,50 зл): the same facts, which
 * the check must see as equal, and then one fact changed in one language,
 * which it must catch.
 */
const agreeing: Array<[pl: string, en: string, uk: string]> = [
  ['Zapisy we wtorek, 3.09.2024 r.', 'Registration on Tuesday, 3rd of September 2024.', 'Запис у вівторок, 3 вересня 2024 року.'],
  ['Zapisy: wtorek 3 IX 2024', 'Registration: Tuesday, September 3rd, 2024', 'Запис: вівторок, 03.09.2024'],
  ['Biuro czynne od 9.00 do 15.30.', 'The office is open 9am–3:30pm.', 'Офіс працює з 9:00 до 15:30.'],
  ['Wnioski przyjmujemy do godz. 12.', 'Applications are accepted until noon.', 'Заявки приймаємо до 12:00.'],
  ['Bilet ulgowy kosztuje 12,50 zł.', 'A reduced ticket costs PLN 12.50.', 'Пільговий квиток коштує 12,50 зл.'],
  ['Informacja: tel. 12 616 12 34 wew. 5.', 'Information: +48 12 616 1234 ext. 5.', 'Інформація: тел. +48 12 616-12-34 (дод. 5).'],
  ['Seniorzy otrzymają 50% zniżki.', 'Seniors get a 50% discount.', 'Люди похилого віку отримають знижку 50 %.'],
  ['Program realizujemy w latach 2024–2026.', 'The programme runs in 2024–2026.', 'Програма триває у 2024–2026 роках.'],
  ['Zajęcia dla osób 60+.', 'Classes for people aged 60 and over.', 'Заняття для людей віком 60+.'],
  ['Punkt jest czynny w godz. 10–14.', 'The point is open 10 am – 2 pm.', 'Пункт працює з 10 до 14 год.'],
  ['III edycja festiwalu odbędzie się w lipcu.', 'The 3rd edition of the festival takes place in July.', 'Третій випуск фестивалю відбудеться в липні.'],
  ['Spotkanie trwa ok. 1,5 godziny.', 'The meeting lasts about 90 minutes.', 'Зустріч триває близько півтори години.'],
  ['Zbiórka o 7:45 przy bramie nr 2.', 'Meet at 7:45 am at gate no. 2.', 'Збір о 7:45 біля воріт № 2.'],
  ['Termin: 15–16 października (wtorek–środa).', 'Dates: 15–16 October (Tuesday–Wednesday).', 'Дати: 15–16 жовтня (вівторок–середа).'],
  ['Konsultacje trwają do 30 listopada włącznie.', 'Consultations run until 30 November inclusive.', 'Консультації тривають до 30 листопада включно.'],
  ['Maksymalnie 25 uczestników.', 'A maximum of 25 participants.', 'Максимум 25 учасників.'],
  ['Zgłoszenia: zapisy@krakow.pl lub 12 616 00 00.', 'Sign up: zapisy@krakow.pl or +48 12 616 00 00.', 'Запис: zapisy@krakow.pl або +48 12 616 00 00.'],
  ['Wstęp wolny, liczba miejsc ograniczona (40).', 'Free entry, limited places (40).', 'Вхід вільний, кількість місць обмежена (40).'],
  ['Od poniedziałku do piątku w godz. 8–16.', 'Monday to Friday, 8 am to 4 pm.', 'З понеділка по пʼятницю з 8:00 до 16:00.'],
  ['W sobotę 12.10 o godz. 11:00.', 'On Saturday 12 October at 11 am.', 'У суботу 12.10 об 11:00.'],
  ['Nabór trwa dwa tygodnie.', 'Applications are open for two weeks.', 'Набір триває два тижні.'],
  ['Odbiór w dniach 2–4 grudnia.', 'Collection on 2–4 December.', 'Отримання 2–4 грудня.'],
  ['Kwota dofinansowania to 1 500 zł na osobę.', 'The grant is PLN 1,500 per person.', 'Сума дотації — 1500 злотих на особу.'],
  ['Przystanek Rondo Grunwaldzkie, linie 18, 22 i 52.', 'Rondo Grunwaldzkie stop, lines 18, 22 and 52.', 'Зупинка Rondo Grunwaldzkie, лінії 18, 22 та 52.'],
  ['Dla dzieci w wieku 6–12 lat.', 'For children aged 6 to 12.', 'Для дітей віком від 6 до 12 років.'],
];

const contradicting: Array<[pl: string, en: string, uk: string, wrong: string, fact: string]> = [
  ['Zapisy we wtorek, 3.09.2024 r.', 'Registration on Tuesday, 3rd of September 2024.', 'Запис у вівторок, 4 вересня 2024 року.', 'uk', 'date'],
  ['Biuro czynne od 9.00 do 15.30.', 'The office is open 9am–3pm.', 'Офіс працює з 9:00 до 15:30.', 'en', 'time'],
  ['Wnioski przyjmujemy do godz. 12.', 'Applications are accepted until midnight.', 'Заявки приймаємо до 12:00.', 'en', 'time'],
  ['Bilet ulgowy kosztuje 12,50 zł.', 'A reduced ticket costs PLN 12.05.', 'Пільговий квиток коштує 12,50 зл.', 'en', 'amount'],
  ['Informacja: tel. 12 616 12 34 wew. 5.', 'Information: +48 12 616 1234 ext. 6.', 'Інформація: тел. +48 12 616-12-34 (дод. 5).', 'en', 'number'],
  ['Seniorzy otrzymają 50% zniżki.', 'Seniors get a 15% discount.', 'Люди похилого віку отримають знижку 50 %.', 'en', 'number'],
  ['Zajęcia dla osób 60+.', 'Classes for people aged 65 and over.', 'Заняття для людей віком 60+.', 'en', 'number'],
  ['Punkt jest czynny w godz. 10–14.', 'The point is open 10 am – 2 pm.', 'Пункт працює з 10 до 15 год.', 'uk', 'time'],
  ['Spotkanie trwa ok. 1,5 godziny.', 'The meeting lasts about 60 minutes.', 'Зустріч триває близько півтори години.', 'en', 'number'],
  ['Termin: 15–16 października (wtorek–środa).', 'Dates: 15–16 October (Tuesday–Thursday).', 'Дати: 15–16 жовтня (вівторок–середа).', 'en', 'weekday'],
  ['Od poniedziałku do piątku w godz. 8–16.', 'Monday to Saturday, 8 am to 4 pm.', 'З понеділка по пʼятницю з 8:00 до 16:00.', 'en', 'weekday'],
  ['W sobotę 12.10 o godz. 11:00.', 'On Saturday 12 October at 11 am.', 'У неділю 12.10 об 11:00.', 'uk', 'weekday'],
  ['Nabór trwa dwa tygodnie.', 'Applications are open for three weeks.', 'Набір триває два тижні.', 'en', 'number'],
  ['Dla dzieci w wieku 6–12 lat.', 'For children aged 6 to 14.', 'Для дітей віком від 6 до 12 років.', 'en', 'number'],
  ['Zbiórka o 7:45 przy bramie nr 2.', 'Meet at 7:45 pm at gate no. 2.', 'Збір о 7:45 біля воріт № 2.', 'en', 'time'],
];

const check = ([pl, en, uk]: [string, string, string]) => checkTexts({ x: { pl: md(pl), en: md(en), uk: md(uk) } }).findings;

describe('sentences in each language\'s own notations', () => {
  it.each(agreeing)('finds nothing wrong when they agree: "%s"', (...texts) => {
    expect(check(texts).filter((finding) => finding.rule !== 'foreign-text')).toEqual([]);
  });

  it.each(contradicting)('reports an error when one language says otherwise: "%s" / "%s" / "%s" (%s: %s)', (pl, en, uk, wrong, fact) => {
    const errors = check([pl, en, uk]).filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => [finding.lang, finding.fact])).toContainEqual([wrong, fact]);
  });
});
