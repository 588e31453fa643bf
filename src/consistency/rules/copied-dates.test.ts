import { describe, expect, it } from 'vitest';
import { checkTexts, md } from '../../../test/helpers/check-texts.ts';

const table = (date: string) => `| Rejon | Termin |\n| --- | --- |\n| Kazimierz | ${date} |`;

describe('dates copied as written into English ("7.01")', () => {
  it('reads an English "7.01" as the date the other languages write the same way', () => {
    expect(checkTexts({ x: { pl: md(table('7.01')), en: md(table('7.01')), uk: md(table('07.01')) } }).findings).toEqual([]);
  });

  it('still reports a copy that was changed', () => {
    const result = checkTexts({ x: { pl: md('Odbiór: 7.01.'), en: md('Collection: 8.01.'), uk: md('Вивезення: 7.01.') } });
    expect(result.findings.map((f) => `${f.lang} ${f.fact}`)).toEqual(['en date', 'en number']);
  });

  it('leaves a measure alone: "7.01 km" is a distance in every language', () => {
    expect(checkTexts({ x: { pl: md('Trasa: 7.01 km.'), en: md('Route: 7.01 km.'), uk: md('Траса: 7,01 км.') } }).findings).toEqual([]);
  });
});
