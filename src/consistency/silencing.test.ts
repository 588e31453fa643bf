import { describe, expect, it } from 'vitest';
import { brief, checkTexts, md } from '../../test/helpers/check-texts.ts';

const seedLike = (ukBody: string, ukFrontmatter?: string) => ({
  x: {
    pl: md('Budynek A, 1 piętro.'),
    en: md('Building A, 1st floor.'),
    uk: ukFrontmatter ? md(ukBody, ukFrontmatter) : md(ukBody),
  },
});

describe('silencing findings', () => {
  it('fires without a comment', () => {
    expect(brief(checkTexts(seedLike('Корпус А, 2-й поверх.')))).toEqual(['uk:6 fact-mismatch floor']);
  });

  it.each([['floor'], ['fact-mismatch'], ['']])('is silenced by <!-- consistency-ignore %s --> before the paragraph', (names) => {
    const result = checkTexts(seedLike(`<!-- consistency-ignore ${names} -->\nКорпус А, 2-й поверх.`));
    expect(brief(result)).toEqual([]);
  });

  it('only silences the next block, and only the named kind', () => {
    const result = checkTexts(seedLike('<!-- consistency-ignore time -->\nКорпус А, 2-й поверх.'));
    expect(brief(result)).toEqual(['uk:7 fact-mismatch floor']);
  });

  it('silences one place: the other paragraphs of the file are still compared', () => {
    const texts = (ukSecond: string) => ({
      x: {
        pl: md('Wstęp: ok. 130 tys. osób.\n\nLimit: 40 miejsc.'),
        en: md('Intro: some 130,000 people.\n\nLimit: 40 places.'),
        uk: md(`<!-- consistency-ignore number -->\nВступ: понад 100 тисяч осіб.\n\n${ukSecond}`),
      },
    });
    expect(brief(checkTexts(texts('Ліміт: 40 місць.')))).toEqual([]);
    expect(brief(checkTexts(texts('Ліміт: 45 місць.')))).toEqual(['uk:9 fact-mismatch number']);
  });

  it('keeps checking the other languages of a silenced paragraph on their own (the calendar)', () => {
    const result = checkTexts({
      x: {
        pl: md('<!-- consistency-ignore weekday -->\nW środę, 19 czerwca 2024.'),
        en: md('On Monday, 19 June 2024.'),
        uk: md('У середу, 19 червня 2024.'),
      },
    });
    expect(brief(result)).toEqual(['en:6 weekday-calendar weekday']);
  });

  it('makes the file abstain from the kind when its paragraphs do not match the other languages one to one', () => {
    const result = checkTexts({
      x: {
        pl: md('Wstęp: ok. 130 tys. osób. Bilety: 40 zł.'),
        en: md('Intro: some 130,000 people.\n\nTickets: PLN 40.'),
        uk: md('<!-- consistency-ignore number -->\nВступ: понад 100 тисяч осіб.\n\nКвитки: 40 злотих.'),
      },
    });
    expect(brief(result)).toEqual([]);
  });

  it('is silenced by consistencyIgnore in the frontmatter', () => {
    const result = checkTexts(seedLike('Корпус А, 2-й поверх.', 'title: T\ndate: 2024-06-14\nconsistencyIgnore: [floor]'));
    expect(brief(result)).toEqual([]);
  });

  it('silences a rule by id', () => {
    const result = checkTexts({ x: { pl: md('<!-- consistency-ignore placeholder-link -->\n[Link](#)'), en: md('[Link](#)'), uk: md('[Посилання](https://a.pl)') } });
    expect(brief(result).filter((line) => line.includes('placeholder'))).toEqual(['en:6 placeholder-link link']);
  });

  it('rejects an unknown name in consistencyIgnore as invalid frontmatter', () => {
    const result = checkTexts({ x: { pl: md('A.', 'title: T\ndate: 2024-06-14\nconsistencyIgnore: [flor]') } });
    expect(result.findings.map((f) => `${f.rule} ${f.fact} ${f.line}`)).toContain('valid-content frontmatter 4');
  });
});
