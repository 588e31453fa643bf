import { describe, expect, it } from 'vitest';
import { checkTexts, md } from '../../../test/helpers/check-texts.ts';

const mismatches = (result: ReturnType<typeof checkTexts>) =>
  result.findings.filter((f) => f.rule === 'fact-mismatch').map((f) => `${f.lang} ${f.fact}`);

describe('house numbers written without a street word ("Rynek Główny 1")', () => {
  it('reads the bare number as the house number the other languages give', () => {
    const result = checkTexts({
      x: {
        pl: md('Spotkanie w Urzędzie Miasta, Rynek Główny 1.'),
        en: md('The meeting is at City Hall, 1 Main Market Square.'),
        uk: md('Зустріч у мерії, Головна ринкова площа, 1.'),
      },
    });
    expect(mismatches(result)).toEqual([]);
  });

  it('still reports a house number that differs', () => {
    const result = checkTexts({
      x: {
        pl: md('Spotkanie w Urzędzie Miasta, Rynek Główny 2.'),
        en: md('The meeting is at City Hall, 1 Main Market Square.'),
        uk: md('Зустріч у мерії, Головна ринкова площа, 1.'),
      },
    });
    expect(mismatches(result)).toEqual(expect.arrayContaining(['pl number', 'pl address']));
  });

  it('does not take a count for the house number when the other languages give the count too', () => {
    const result = checkTexts({
      x: {
        pl: md('Zapraszamy 1 osobę z rodziny.'),
        en: md('We invite 1 person per family to 1 Main Market Square.'),
        uk: md('Запрошуємо 1 особу з родини.'),
      },
    });
    expect(mismatches(result)).toEqual(expect.arrayContaining(['en address']));
  });
});
