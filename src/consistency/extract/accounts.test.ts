import { describe, expect, it } from 'vitest';
import { checkTexts, keys, md } from '../../../test/helpers/check-texts.ts';

const NRB = 'account:12102028920000510205902140';

describe('bank accounts', () => {
  it.each([
    ['pl', 'rachunek PKO BP 12 1020 2892 0000 5102 0590 2140.'],
    ['pl', 'nr rachunku: 12102028920000510205902140'],
    ['en', 'IBAN: PL12 1020 2892 0000 5102 0590 2140'],
    ['en', 'account PL 12 1020 2892 0000 5102 0590 2140'],
    ['uk', 'рахунок 12 1020 2892 0000 5102 0590 2140'],
  ] as const)('%s: reads "%s" as one account, a Polish IBAN equal to its NRB', (lang, text) => {
    expect(keys(lang, text)).toEqual([NRB]);
  });

  it('reads a foreign IBAN with its country, and no phone number or counts inside an account', () => {
    expect(keys('en', 'DE89 3704 0044 0532 0130 00')).toEqual(['account:DE89370400440532013000']);
    expect(keys('pl', 'tel. 12 616 12 34, w 12 1020 miejscach')).toEqual(['+48126161234', '12', '1020']);
  });

  it('reports a changed digit as the account it belongs to', () => {
    const texts = (en: string) => ({ x: { pl: md('Wpłaty: 12 1020 2892 0000 5102 0590 2140.'), en: md(en), uk: md('Платежі: 12 1020 2892 0000 5102 0590 2140.') } });
    expect(checkTexts(texts('Payments: PL12 1020 2892 0000 5102 0590 2140.')).findings).toEqual([]);
    const [finding] = checkTexts(texts('Payments: 12 1020 2892 0000 5102 0590 2141.')).findings;
    // The account is quoted as written and named once, not repeated as its label.
    expect(finding?.message).toBe('number: the English text says "12 1020 2892 0000 5102 0590 2141" (bank account), but pl line 6 "12 1020 2892 0000 5102 0590 2140" and uk line 6 "12 1020 2892 0000 5102 0590 2140" say bank account 12 1020 2892 0000 5102 0590 2140');
  });
});

describe('identifiers of hyphenated digit groups', () => {
  it('reads three or more groups as one identifier, but two as a range, a date, a phone or a postal code', () => {
    expect(keys('pl', 'NIP 676-101-37-17')).toEqual(['id:6761013717']);
    expect(keys('pl', 'dzieci 10-12 lat', 'number')).toEqual(['10', '12']);
    expect(keys('pl', '19-06-2024')).toEqual(['2024-06-19']);
    expect(keys('pl', 'tel. 12-616-12-34')).toEqual(['+48126161234']);
    expect(keys('pl', '30-701 Kraków')).toEqual(['postal:30-701']);
  });

  it('reports a changed group as the whole identifier', () => {
    const result = checkTexts({ x: { pl: md('NIP 676-101-37-17'), en: md('NIP 676-101-37-17'), uk: md('NIP 676-101-37-18') } });
    expect(result.findings.map((f) => f.message)).toEqual(['number: the Ukrainian text says "676-101-37-18", but pl line 6 "676-101-37-17" and en line 6 "676-101-37-17" say 676-101-37-17']);
  });
});

describe('reference numbers that start with capitals', () => {
  it('reads a resolution or file mark as one identifier', () => {
    expect(keys('pl', 'uchwała nr XII/345/25 z dnia 12 marca 2025 r.', 'number')).toEqual(['id:XII/345/25']);
    expect(keys('en', 'Resolution No. XII/345/25.', 'number')).toEqual(['id:XII/345/25']);
    expect(keys('uk', 'ухвала № XII/345/25', 'number')).toEqual(['id:XII/345/25']);
    expect(keys('pl', 'znak sprawy: WS-01.6220.5.2024.')).toEqual(['id:WS-01.6220.5.2024']);
  });

  it('leaves codes of fewer groups or numbers to the other readers', () => {
    expect(keys('pl', 'COVID-19')).toEqual([]);
    expect(keys('pl', 'PL/2024')).toEqual(['2024']);
    expect(keys('pl', 'norma Euro 6')).toEqual(['6']);
  });

  it('reports a changed group as the whole reference number', () => {
    const result = checkTexts({ x: { pl: md('Uchwała nr XII/345/25.'), en: md('Resolution No. XII/346/25.'), uk: md('Ухвала № XII/345/25.') } });
    expect(result.findings.map((f) => f.message)).toEqual(['number: the English text says "XII/346/25", but pl line 6 "XII/345/25" and uk line 6 "XII/345/25" say XII/345/25']);
  });
});
