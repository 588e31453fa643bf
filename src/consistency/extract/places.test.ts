import { describe, expect, it } from 'vitest';
import { keys } from '../../../test/helpers/check-texts.ts';

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
    ['pl', 'w piwnicy', ['floor:-1']],
    ['en', 'ground floor', ['floor:0']],
    ['en', '1st floor', ['floor:1']],
    ['en', 'first floor', ['floor:1']],
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

describe('rooms and buildings', () => {
  it.each([
    ['pl', 'sala 204', 'room', ['room:204']],
    ['pl', 'w sali nr 204', 'room', ['room:204']],
    ['pl', 'pok. 12a', 'room', ['room:12A']],
    ['en', 'room 204', 'room', ['room:204']],
    ['en', 'Room 2.14', 'room', ['room:2.14']],
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
  ] as const)('%s: reads "%s"', (lang, text, expected) => {
    expect(keys(lang, text, 'address')).toEqual(expected);
  });

  it('does not read the digits of a street name or house number as other numbers', () => {
    expect(keys('pl', 'ul. 3 Maja 5', 'number')).toEqual([]);
  });
});
