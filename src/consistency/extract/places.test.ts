import { describe, expect, it } from 'vitest';
import { checkTexts, keys, md } from '../../../test/helpers/check-texts.ts';

describe('floors', () => {
  it.each([
    ['pl', 'parter', ['floor:0']],
    ['pl', 'na parterze', ['floor:0']],
    ['pl', '1 piętro', ['floor:1']],
    ['pl', 'I piętro', ['floor:1']],
    ['pl', 'II piętrze', ['floor:2']],
    ['pl', 'pierwsze piętro', ['floor:1']],
    ['pl', 'na 2. piętrze', ['floor:2']],
    ['pl', 'piętro 3', ['floor:3']],
    ['pl', 'poziom -1', ['floor:-1']],
    ['pl', '-1 piętro', ['floor:-1']],
    ['pl', 'parking na -1 piętrze', ['floor:-1']],
    ['pl', 'parking (-1 piętro)', ['floor:-1']],
    ['uk', 'на -1 поверсі', ['floor:-1']],
    ['en', 'fl. 2', ['floor:2']],
    ['en', 'on floor three', ['floor:3']],
    ['uk', '2 пов.', ['floor:2']],
    ['uk', 'пов. 2', ['floor:2']],
    ['uk', 'на нульовому поверсі', ['floor:0']],
    ['pl', 'na zerowym piętrze', ['floor:0']],
    ['pl', 'piętro I', ['floor:1']],
    ['uk', 'поверх II', ['floor:2']],
    ['pl', 'w piwnicy', ['floor:-1']],
    ['en', 'ground floor', ['floor:0']],
    ['en', '1st floor', ['floor:1']],
    ['en', 'first floor', ['floor:1']],
    ['en', 'a second-floor room', ['floor:2']],
    ['en', 'ground-floor toilets', ['floor:0']],
    ['en', 'floor 2', ['floor:2']],
    ['en', 'level 2', ['floor:2']],
    ['en', 'level -1', ['floor:-1']],
    ['en', 'basement', ['floor:-1']],
    ['en', 'lower ground floor', ['floor:-1']],
    ['uk', '1-й поверх', ['floor:1']],
    ['uk', 'перший поверх', ['floor:1']],
    ['uk', 'на першому поверсі', ['floor:1']],
    ['uk', 'на 2-му поверсі', ['floor:2']],
    ['uk', '2 поверх', ['floor:2']],
    ['uk', 'цокольний поверх', ['floor:-1']],
    ['uk', 'партер', ['floor:0']],
  ] as const)('%s: reads "%s" as the building\'s own level', (lang, text, expected) => {
    expect(keys(lang, text, 'floor')).toEqual(expected);
  });

  it('converts levels for a language declared to count the ground floor as the first', () => {
    expect(keys('uk', '2-й поверх', 'floor', { floorConvention: 'ground-is-first' })).toEqual(['floor:1']);
    expect(keys('uk', 'перший поверх', 'floor', { floorConvention: 'ground-is-first' })).toEqual(['floor:0']);
    expect(keys('en', 'level 2', 'floor', { floorConvention: 'ground-is-first' })).toEqual(['floor:2']);
  });
});

it.each([
  ['pl', 'na I i II piętrze', ['floor:1', 'floor:2']],
  ['pl', 'na I, II i III piętrze', ['floor:1', 'floor:2', 'floor:3']],
  ['pl', 'na I lub II piętrze', ['floor:1', 'floor:2']],
  ['uk', 'на I та II поверхах', ['floor:1', 'floor:2']],
  ['uk', 'на I і II поверсі', ['floor:1', 'floor:2']],
  ['pl', 'na II/III piętrze', ['floor:2', 'floor:3']],
  ['uk', 'на II/III поверсі', ['floor:2', 'floor:3']],
] as const)('%s: reads Roman floors listed before one noun, "%s"', (lang, text, expected) => {
  expect(keys(lang, text, 'floor')).toEqual(expected);
});

it('reads no floors from Roman numerals listed before another noun', () => {
  expect(keys('pl', 'I i II etap budowy', 'floor')).toEqual([]);
  expect(keys('pl', 'klasy I i II, sala 12', 'floor')).toEqual([]);
});

it('reads no Roman floor after the noun in English, where "I" is a pronoun', () => {
  expect(keys('en', 'the floor I saw', 'floor')).toEqual([]);
});

describe('level words', () => {
  it.each([
    ['en', 'on level 2', ['floor:2']],
    ['en', 'Parking, level -1.', ['floor:-1']],
    ['en', 'Level 2: children\'s library', ['floor:2']],
    ['pl', 'na poziomie -1', ['floor:-1']],
    ['pl', 'Parking podziemny, poziom -1', ['floor:-1']],
    ['uk', 'на рівні -1', ['floor:-1']],
    ['uk', 'Паркінг, рівень -1', ['floor:-1']],
  ] as const)('%s: "%s" names a storey (after a preposition, or opening a clause)', (lang, text, expected) => {
    expect(keys(lang, text, 'floor')).toEqual(expected);
  });

  it.each([
    ['en', 'declared a level 2 smog alert', '2'],
    ['en', 'Level 2 smog alert in Kraków', '2'],
    ['en', 'the alert level 2 applies', '2'],
    ['pl', 'wysoki poziom 3 alarmu', '3'],
    ['uk', 'рівень 2 тривоги', '2'],
  ] as const)('%s: "%s" is a grade, no floor: a number counted as an ordinal, as "II stopień" is', (lang, text, grade) => {
    expect(keys(lang, text)).toEqual([`${grade} (ordinal)`]);
  });
});

describe('streets named after a date', () => {
  it.each([
    ['pl', 'al. 29 Listopada 130', ['house:130']],
    ['pl', 'ul. 3 Maja 5', ['house:5']],
    ['pl', 'ul. 1 Pułku Strzelców 5', ['house:5']],
    ['en', '130 29 Listopada Avenue', ['house:130']],
    ['uk', 'алея 29 Листопада, 130', ['house:130']],
    ['pl', 'zamknięta będzie al. 3 Maja', []],
    ['pl', 'Rondo 29 Listopada', []],
    ['en', 'closed on 3 Maja Avenue', []],
    ['uk', 'на алеї 3 Травня', []],
  ] as const)('%s: "%s" gives no date and only the house number', (lang, text, expected) => {
    expect(keys(lang, text)).toEqual(expected);
  });

  it('still reads a date written after a street name, with its month in small letters', () => {
    expect(keys('uk', 'на вулиці Кракова 1 квітня', 'date')).toEqual(['2024-04-01']);
    expect(keys('pl', 'ul. Długa 5 Kraków', 'address')).toEqual(['house:5']);
  });
});

describe('lists of floors', () => {
  it.each([
    ['en', '2nd and 3rd floors', ['floor:2', 'floor:3']],
    ['pl', 'na 1. i 2. piętrze', ['floor:1', 'floor:2']],
    ['pl', '1, 2 i 3 piętro', ['floor:1', 'floor:2', 'floor:3']],
    ['uk', '2-й і 3-й поверхи', ['floor:2', 'floor:3']],
    ['en', 'on the 1st–3rd floors', ['floor:1', 'floor:3']],
    ['en', 'on floors 1–3', ['floor:1', 'floor:3']],
    ['en', 'floors 2 and 3', ['floor:2', 'floor:3']],
    ['pl', 'piętra 2 i 3', ['floor:2', 'floor:3']],
    ['pl', 'na piętrach 1–3', ['floor:1', 'floor:3']],
    ['uk', 'на поверхах 1–3', ['floor:1', 'floor:3']],
    ['uk', 'на 1–3 поверхах', ['floor:1', 'floor:3']],
    ['en', 'on the ground and first floors', ['floor:0', 'floor:1']],
    ['pl', 'na pierwszym i drugim piętrze', ['floor:1', 'floor:2']],
    ['uk', 'на першому та другому поверхах', ['floor:1', 'floor:2']],
    ['en', 'Ground Fl.', ['floor:0']],
  ] as const)('%s: reads "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'floor')).toEqual(expected);
  });

  it('reads a hyphen between two floor numbers as a range, not as a minus, and "p. 2" as no floor', () => {
    expect(keys('pl', '1-2 piętro', 'floor')).toEqual(['floor:1', 'floor:2']);
    expect(keys('pl', 'parter-1 piętro', 'floor')).toEqual(['floor:0', 'floor:1']);
    expect(keys('pl', 'p. 2', 'floor')).toEqual([]);
    expect(keys('en', 'the floor. 2 people', 'floor')).toEqual([]);
  });

  it('does not join numbers that are not one list of floors', () => {
    expect(keys('pl', 'Dyżur 10–12, 1 piętro', 'floor')).toEqual(['floor:1']);
    expect(keys('en', 'rooms 5, 2nd floor', 'floor')).toEqual(['floor:2']);
    expect(keys('en', 'Sessions 1 and 2, 3rd floor', 'floor')).toEqual(['floor:3']);
    expect(keys('pl', 'piętro 2 i 15 miejsc', 'floor')).toEqual(['floor:2']);
    expect(keys('en', 'floor 2, 3 rooms', 'floor')).toEqual(['floor:2']);
  });

  it('does not take a count of floors for a floor', () => {
    expect(keys('en', 'a building with 3 floors', 'floor')).toEqual([]);
    expect(keys('uk', 'будинок має 3 поверхи', 'floor')).toEqual([]);
    // Polish "piętra" is both "floors" (2–4 of them) and "of the floor".
    expect(keys('pl', 'Budynek ma 2 piętra.', 'floor')).toEqual([]);
    expect(keys('pl', 'Budynek ma 2 piętra.', 'number')).toEqual(['2']);
    expect(keys('pl', 'Biuro jest 2 piętra wyżej.', 'floor')).toEqual([]);
  });

  it('reads "piętra" after a number as a floor after a preposition, or when the number is an ordinal', () => {
    expect(keys('pl', 'Wejście z 2 piętra.', 'floor')).toEqual(['floor:2']);
    expect(keys('pl', 'Winda jedzie tylko do 3 piętra.', 'floor')).toEqual(['floor:3']);
    expect(keys('pl', 'Wejście z 2. piętra.', 'floor')).toEqual(['floor:2']);
    expect(keys('pl', 'Schody od II piętra.', 'floor')).toEqual(['floor:2']);
    const errors = (pl: string) =>
      checkTexts({ x: { pl: md(pl), en: md('The building has 2 floors and a lift.'), uk: md('Будівля має 2 поверхи та ліфт.') } }).findings.filter((f) => f.severity === 'error');
    expect(errors('Budynek ma 2 piętra i windę.')).toEqual([]);
    expect(errors('Budynek ma 3 piętra i windę.').map((f) => [f.lang, f.fact])).toEqual([['pl', 'number']]);
  });
});

describe('rooms and buildings', () => {
  it.each([
    ['pl', 'sala 204', 'room', ['room:204']],
    ['pl', 'w sali nr 204', 'room', ['room:204']],
    ['pl', 'pok. 12a', 'room', ['room:12A']],
    ['en', 'room 204', 'room', ['room:204']],
    ['en', 'Room 2.14', 'room', ['room:2.14']],
    ['en', 'ground floor, surgery 7', 'room', ['room:7']],
    ['pl', 'II piętro, gab. 214', 'room', ['room:214']],
    ['en', 'Bldg. A, Rm. 12', 'building', ['building:A']],
    ['uk', 'корп. А, кімн. 12', 'building', ['building:A']],
    ['uk', 'аудиторія 204', 'room', ['room:204']],
    ['uk', 'кімната № 204', 'room', ['room:204']],
    ['pl', 'budynek A', 'building', ['building:A']],
    ['pl', 'w budynku B2', 'building', ['building:B2']],
    ['en', 'building A', 'building', ['building:A']],
    ['uk', 'корпус А', 'building', ['building:A']],
    ['uk', 'корпус В', 'building', ['building:B']],
  ] as const)('%s: reads "%s"', (lang, text, kind, expected) => {
    expect(keys(lang, text, kind)).toEqual(expected);
  });

  it('treats Latin and Cyrillic look-alike letters as the same building', () => {
    expect(keys('uk', 'корпус А', 'building')).toEqual(keys('pl', 'budynek A', 'building'));
  });

  it('reads a building number written before its noun where the language does so', () => {
    expect(keys('uk', 'у 2 корпусі', 'building')).toEqual(['building:2']);
    expect(keys('uk', 'у 2-му корпусі', 'building')).toEqual(['building:2']);
    expect(keys('pl', 'w 2. budynku', 'building')).toEqual(['building:2']);
    expect(keys('pl', 'w budynku nr 2', 'building')).toEqual(['building:2']);
    expect(keys('pl', '2 budynki', 'building')).toEqual([]);
    expect(keys('en', '2 building plots', 'building')).toEqual([]);
  });

  it('reads a transliterated Cyrillic letter as the Latin one it stands for ("корпус Б" for "budynek B")', () => {
    expect(keys('uk', 'корпус Б', 'building')).toEqual(['building:B']);
    expect(keys('uk', 'корпус Д', 'building')).toEqual(['building:D']);
  });

  it('reads a range of rooms written alike as its two ends, in decimal-comma languages too', () => {
    expect(keys('pl', 'gabinety 0.12–0.20', 'room')).toEqual(['room:0.12', 'room:0.20']);
    expect(keys('en', 'rooms 0.12–0.20', 'room')).toEqual(['room:0.12', 'room:0.20']);
    expect(keys('uk', 'кабінети 0.12–0.20', 'room')).toEqual(['room:0.12', 'room:0.20']);
    expect(keys('en', 'rooms 101 – 104', 'room')).toEqual(['room:101', 'room:104']);
    expect(keys('pl', 'sale 101-104', 'room')).toEqual(['room:101', 'room:104']);
    expect(keys('pl', 'sala B-204', 'room')).toEqual(['room:B204']);
    // A single digit, a time after it, or a second end before the first is no range.
    expect(keys('en', 'room 5 – 7 pm')).toEqual(['room:5', '19:00']);
    expect(keys('en', 'room 10 – 11 am')).toEqual(['room:10', '11:00']);
    expect(keys('pl', 'sala 12 – 5 osób')).toEqual(['room:12', '5']);
  });

  it('reads building nouns in every case ("do pawilonu C", "до павільйону C", "за корпусом Б")', () => {
    expect(keys('uk', 'переїжджає до павільйону C', 'building')).toEqual(['building:C']);
    expect(keys('uk', 'за корпусом Б', 'building')).toEqual(['building:B']);
    expect(keys('pl', 'za pawilonem C', 'building')).toEqual(['building:C']);
  });

  it('reads lists of rooms and buildings after one noun, and a room named with an adjective before its number', () => {
    expect(keys('en', 'rooms 12 and 13', 'room')).toEqual(['room:12', 'room:13']);
    expect(keys('pl', 'w salach 12, 13 i 14', 'room')).toEqual(['room:12', 'room:13', 'room:14']);
    expect(keys('uk', 'аудиторії 12 і 13', 'room')).toEqual(['room:12', 'room:13']);
    expect(keys('pl', 'budynek A i B', 'building')).toEqual(['building:A', 'building:B']);
    expect(keys('pl', 'sala konferencyjna nr 1.08')).toEqual(['room:1.08']);
    // Not a list: a count after a comma, a time after "to".
    expect(keys('pl', 'sala 12, 15 osób')).toEqual(['room:12', '15']);
    expect(keys('en', 'room 5 to 7 pm')).toEqual(['room:5', '19:00']);
    expect(keys('pl', 'sala 12 do 15:00')).toEqual(['room:12', '15:00']);
    expect(keys('pl', 'sala mieści 50 osób')).toEqual(['50']);
  });

  it('does not take a conjunction for a building letter', () => {
    expect(keys('pl', 'budynek i parking', 'building')).toEqual([]);
  });
});

describe('addresses', () => {
  it.each([
    ['pl', 'przy ul. Zabłocie 20, 30-701 Kraków', ['house:20', 'postal:30-701']],
    ['en', 'at ul. Zabłocie 20, 30-701 Krakow', ['house:20', 'postal:30-701']],
    ['uk', 'за адресою: ul. Zabłocie 20, 30-701 Kraków', ['house:20', 'postal:30-701']],
    ['pl', 'pl. Wszystkich Świętych 3-4', ['house:3-4']],
    ['pl', 'ul. 3 Maja 5', ['house:5']],
    ['uk', 'вул. Заблоцє 20', ['house:20']],
    ['pl', 'al. Mickiewicza 12a', ['house:12A']],
    ['uk', 'вул. Велицька, 28а, 31-552 Краків', ['house:28A', 'postal:31-552']],
    ['uk', 'ал. Яна Павла II, 37', ['house:37']],
    ['en', 'Stop Rondo Mogilskie 01', []],
    ['uk', 'просп. Миру, 5/7', ['house:5/7']],
    ['uk', 'алея Повстання Варшавського, 10', ['house:10']],
    ['uk', 'на бульварі Шевченка, 5', ['house:5']],
    ['en', '10 Powstania Warszawskiego Avenue', ['house:10']],
    ['en', 'at 28a Wielicka Street, 31-552 Kraków', ['house:28A', 'postal:31-552']],
    ['en', '17 Św. Filipa Street', ['house:17']],
    ['en', 'at 12 Jana Pawła II Avenue', ['house:12']],
    ['en', 'at 5 Józefa St.', ['house:5']],
    ['en', 'at Wielicka Street 28a', ['house:28A']],
    ['en', 'on Main St., 14', ['house:14']],
    ['en', 'at 3–4 Wszystkich Świętych Square', ['house:3-4']],
    ['uk', 'пл. Всіх Святих, 3–4', ['house:3-4']],
    ['en', 'at 4 Kolorowe Estate', ['house:4']],
    ['uk', 'на ос. Колорове, 4', ['house:4']],
  ] as const)('%s: reads "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'address')).toEqual(expected);
  });

  it('does not take the day of a date after a street-like word for a house number', () => {
    expect(keys('uk', 'Wavelo повертається на вулиці Кракова 1 квітня 2025 року.', undefined, { publicationDate: '2025-03-20' })).toEqual(['2025-04-01']);
  });

  it('ends the address at its house number, so a number in the next sentence is not taken for it', () => {
    expect(keys('pl', 'przy pl. Wszystkich Świętych 3-4. Wstęp 20 zł.')).toEqual(['house:3-4', 'PLN:20']);
    expect(keys('pl', 'ul. Dietla 11, Wejście B 2')).toEqual(['house:11', '2']);
  });

  it('does not read the digits of a street name or house number as other numbers', () => {
    expect(keys('pl', 'ul. 3 Maja 5', 'number')).toEqual([]);
    expect(keys('en', 'at 28a Wielicka Street', 'number')).toEqual([]);
  });

  it('stays silent on numbers that only look like English street addresses', () => {
    expect(keys('en', '5 new places on the street', 'address')).toEqual([]);
    expect(keys('en', 'visit St. Mary\'s Basilica at 12:00', 'address')).toEqual([]);
    expect(keys('en', 'on 5 June Street parties begin', 'address')).toEqual([]);
    expect(keys('en', 'Main Street 5:30 pm', 'address')).toEqual([]);
  });

  it.each([
    ['pl', 'sala 204 A', ['room:204A']],
    ['uk', 'аудиторія 204 А', ['room:204A']],
    ['en', 'room 204A', ['room:204A']],
    ['pl', 'sala 204 a potem', ['room:204']],
  ] as const)('%s: reads the room letter after a space in "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'room')).toEqual(expected);
  });
});
