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
    // Read as the house number it stands for: one contradiction, not a count plus a missing address.
    expect(mismatches(result)).toEqual(['pl address']);
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

describe('numbered places of any kind named with a word the pack does not know', () => {
  it('reads "hall 3" as the room 3 the other languages give, and "hall 4" as another room', () => {
    const texts = (hall: string) => ({
      x: {
        pl: md('Wykład odbędzie się w sali 3.'),
        en: md(`The lecture takes place in the great ${hall}.`),
        uk: md('Лекція відбудеться в аудиторії 3.'),
      },
    });
    expect(mismatches(checkTexts(texts('hall 3')))).toEqual([]);
    const changed = checkTexts(texts('hall 4'));
    expect(changed.findings.map((f) => `${f.lang} ${f.fact} ${f.severity}`)).toEqual(['en room error']);
  });

  it('reads a number standing where the others give a house number, in a table row, as that house number', () => {
    const table = (row: string) => `| Muzeum | Godziny |\n| --- | --- |\n| ${row} | 18:00–24:00 |`;
    const texts = (en: string) => ({
      x: {
        pl: md(table('Muzeum Inżynierii, ul. św. Wawrzyńca 15')),
        en: md(table(en)),
        uk: md(table('Музей інженерії, вул. св. Вавжинця 15')),
      },
    });
    expect(mismatches(checkTexts(texts('Museum of Engineering, św. Wawrzyńca 15')))).toEqual([]);
    const changed = checkTexts(texts('Museum of Engineering, św. Wawrzyńca 16'));
    expect(changed.findings.map((f) => `${f.lang} ${f.fact} ${f.severity}`)).toEqual(['en address error']);
  });
});
