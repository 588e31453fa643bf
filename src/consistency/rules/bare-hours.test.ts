import { describe, expect, it } from 'vitest';
import { checkTexts, md } from '../../../test/helpers/check-texts.ts';

const mismatches = (result: ReturnType<typeof checkTexts>) =>
  result.findings.filter((f) => f.rule === 'fact-mismatch').map((f) => `${f.lang} ${f.fact}: ${f.message}`);

describe('bare hours ("od 8 do 16") against written times', () => {
  it('reads bare numbers as the hours the other languages write as times', () => {
    const result = checkTexts({
      x: {
        pl: md('Punkt jest czynny od 8 do 16.'),
        en: md('The office is open from 8 am to 4 pm.'),
        uk: md('Пункт працює з 8 до 16.'),
      },
    });
    expect(mismatches(result)).toEqual([]);
  });

  it('still reports an hour that differs', () => {
    const result = checkTexts({
      x: {
        pl: md('Punkt jest czynny od 8 do 16.'),
        en: md('The office is open from 8 am to 5 pm.'),
        uk: md('Пункт працює з 8:00 до 17:00.'),
      },
    });
    // One mistake, one finding: "od 8 do 16" read as hours gives 16:00 where the others give 17:00.
    expect(mismatches(result).map((m) => m.split(':')[0])).toEqual(['pl time']);
    expect(result.findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('reads a pair of bare hours even when the same hours are written as times elsewhere', () => {
    const result = checkTexts({
      x: {
        pl: md('Zapisy od godz. 8:00. Zajęcia trwają od 8 do 16.'),
        en: md('Registration from 8:00. Activities run from 8 am to 4 pm.'),
        uk: md('Запис з 8:00. Заняття тривають з 8:00 до 16:00.'),
      },
    });
    expect(mismatches(result)).toEqual([]);
  });

  it('keeps a single count that equals an hour given elsewhere as a number', () => {
    const result = checkTexts({
      x: {
        pl: md('Zapisy od godz. 8:00. W grupie 8 dzieci.'),
        en: md('Registration from 8:00. Children per group.'),
        uk: md('Запис з 8:00. У групі 8 дітей.'),
      },
    });
    expect(mismatches(result)).toEqual([expect.stringMatching(/^en number: /)]);
  });

  it('reads a bare hour that equals a count the other languages also give', () => {
    const result = checkTexts({
      x: {
        pl: md('Pierwsze 20 minut gratis. Infolinia czynna w dni robocze 8–20.'),
        en: md('The first 20 minutes are free. Helpline: weekdays 8 am–8 pm.'),
        uk: md('Перші 20 хвилин безкоштовно. Гаряча лінія: у робочі дні з 8:00 до 20:00.'),
      },
    });
    // pl gives 20 twice, the others once as a count and once as 20:00.
    expect(mismatches(result)).toEqual([]);
  });

  it('does not turn a count the other languages also give into a time', () => {
    const result = checkTexts({
      x: {
        pl: md('Zajęcia od 8:00, 16 miejsc.'),
        en: md('Classes from 8:00, 16 places, until 16:00.'),
        uk: md('Заняття з 8:00, 16 місць.'),
      },
    });
    // en gives 16:00, which pl and uk lack; their 16 is the places, which en gives too.
    expect(mismatches(result)).toEqual([expect.stringMatching(/^en time: /)]);
  });

  it('reads bare hours that two languages give, even where one of them also gives the hour as a time elsewhere', () => {
    const result = checkTexts({
      x: {
        pl: md('Sobota 8:00–21:00.\n\nInformacja: wt.–nd. od 8 do 16.'),
        en: md('Saturday 8 am–9 pm.\n\nInformation: Tue–Sun 8 am to 4 pm.'),
        uk: md('Субота 8:00–21:00.\n\nІнформація: вт–нд з 8 до 16.'),
      },
    });
    // uk's own "з 8 до 16" is the same bare hours, not a count of 8 that would explain pl's.
    expect(mismatches(result)).toEqual([]);
    const changed = checkTexts({
      x: {
        pl: md('Sobota 8:00–21:00.\n\nInformacja: wt.–nd. od 8 do 15.'),
        en: md('Saturday 8 am–9 pm.\n\nInformation: Tue–Sun 8 am to 4 pm.'),
        uk: md('Субота 8:00–21:00.\n\nІнформація: вт–нд з 8 до 16.'),
      },
    });
    expect(mismatches(changed)).toEqual([expect.stringMatching(/^pl time: .*"15" \(15:00\).* say 16:00/)]);
  });
});
