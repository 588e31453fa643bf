import { describe, expect, it } from 'vitest';
import { checkTexts, md } from '../../../test/helpers/check-texts.ts';

const byRule = (rule: string, result: ReturnType<typeof checkTexts>) => result.findings.filter((f) => f.rule === rule);

describe('missing-translation', () => {
  it('warns once per missing language, on the source-language file', () => {
    const result = checkTexts({ x: { pl: md('Treść.') } });
    expect(byRule('missing-translation', result).map((f) => [f.file, f.severity, f.message])).toEqual([
      ['content/pl/x.md', 'warning', 'there is no English version of this announcement; add content/en/x.md'],
      ['content/pl/x.md', 'warning', 'there is no Ukrainian version of this announcement; add content/uk/x.md'],
    ]);
  });

  it('reports on another language when the source language is the one missing', () => {
    const result = checkTexts({ x: { en: md('Text.'), uk: md('Текст.') } });
    expect(byRule('missing-translation', result).map((f) => `${f.lang} ${f.message}`)).toEqual(['en there is no Polish version of this announcement; add content/pl/x.md']);
  });

  it('stays silent when every language is there', () => {
    expect(byRule('missing-translation', checkTexts({ x: { pl: md('A.'), en: md('A.'), uk: md('А.') } }))).toEqual([]);
  });
});

describe('foreign-text', () => {
  it('flags a Polish caption left in the Ukrainian text', () => {
    const result = checkTexts({ x: { uk: md('Мер міста запрошує мешканців.\n\n**Magiczny  \nKraków**\n\nМетою консультацій є отримання зауважень.') } });
    const [finding, ...rest] = byRule('foreign-text', result);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', fact: 'language', line: 8, column: 1 });
    expect(finding?.message).toBe('this paragraph ("Magiczny Kraków") looks like Polish (Latin script), not Ukrainian; translate it or remove it');
  });

  it('flags an English paragraph left in the Polish text, and Ukrainian in the English one', () => {
    const result = checkTexts({
      x: {
        pl: md('Zapraszamy na spotkanie.\n\nThe meeting will be held in the town hall and it is open to the public.'),
        en: md('Welcome.\n\nЗустріч відбудеться в міській раді.'),
      },
    });
    expect(byRule('foreign-text', result).map((f) => `${f.lang} ${f.message.replace(/ \(".*"\)/, '')}`)).toEqual([
      'en this paragraph looks like Ukrainian (Cyrillic script), not English; translate it or remove it',
      'pl this paragraph looks like English, not Polish; translate it or remove it',
    ]);
  });

  it('flags a paragraph copied unchanged from the source language', () => {
    const paragraph = 'Szczegóły zostaną podane w późniejszym terminie na stronie urzędu.';
    const result = checkTexts({ x: { pl: md(paragraph), en: md(paragraph) } });
    expect(byRule('foreign-text', result).map((f) => `${f.lang} ${f.message}`)).toContain(
      'en this paragraph is identical to the Polish version ("Szczegóły zostaną podane w późniejszym …"); translate it into English',
    );
  });

  it('stays silent for Latin addresses and names inside Ukrainian text, and for tables', () => {
    const result = checkTexts({
      x: {
        uk: md('Зустріч у Мультикультурному центрі за адресою: ul. Zabłocie 20, 30-701 Kraków.\n\nul. Zabłocie 20, 30-701 Kraków\n\n| Osiedle | День |\n| --- | --- |\n| os. Centrum A–E | 30 листопада |'),
      },
    });
    expect(byRule('foreign-text', result)).toEqual([]);
  });

  it('stays silent for lists of places kept in Polish in every language', () => {
    const places = '- Centrum Kultury Nowa Huta, os. Zgody 1;\n- Dom Kultury Podgórze, ul. Sokolska 13;\n- Młodzieżowy Dom Kultury „Dom Harcerza”, ul. Lubelska 27.';
    const result = checkTexts({ x: { pl: md(`Punkty:\n\n${places}`), en: md(`Locations:\n\n${places}`), uk: md(`Пункти:\n\n${places}`) } });
    expect(byRule('foreign-text', result)).toEqual([]);
  });

  it('stays silent for an institution kept under its Polish name beside Ukrainian words, but not for Polish running text', () => {
    const name = checkTexts({ x: { uk: md('Організатор: Zarząd Zieleni Miejskiej w Krakowie.') } }, { languages: ['uk'] });
    expect(byRule('foreign-text', name)).toEqual([]);
    const text = checkTexts({ x: { uk: md('Організатор: bilety można kupić w kasie Zarządu.') } }, { languages: ['uk'] });
    expect(byRule('foreign-text', text).map((f) => f.lang)).toEqual(['uk']);
  });

  it('stays silent for a line of Polish names after a label in the text\'s own language, small words inside the names and all', () => {
    const names = 'Stowarzyszenie Przyjaciół Ogrodu Botanicznego, Fundacja Nowa Huta dla Każdego.';
    const result = checkTexts({ x: { pl: md(`Organizatorzy: ${names}`), en: md(`Organisers: ${names}`), uk: md(`Організатори: ${names}`) } });
    expect(byRule('foreign-text', result)).toEqual([]);
  });

  it('stays silent for a slogan quoted in Polish inside a Ukrainian or English sentence, but not for a paragraph that is only such a quote', () => {
    const slogan = (uk: string, en = 'Campaign slogan: “Kraków for everyone”.') =>
      byRule('foreign-text', checkTexts({ x: { pl: md('Hasło akcji: „Kraków dla wszystkich”.'), en: md(en), uk: md(uk) } })).map((f) => f.lang);
    expect(slogan('Гасло акції: «Kraków dla wszystkich».')).toEqual([]);
    expect(slogan('Гасло акції: „Kraków dla wszystkich”.', 'The campaign slogan is "Kraków dla wszystkich".')).toEqual([]);
    expect(slogan('«Kraków dla wszystkich» – to nasze hasło.')).toEqual(['uk']);
    expect(slogan('«Zapraszamy na festyn wszystkich mieszkańców!»')).toEqual(['uk']);
    // An opening quote that never closes quotes nothing.
    expect(slogan('Гасло акції: «Kraków dla wszystkich mieszkańców i gości.')).toEqual(['uk']);
  });

  it('still warns about a sentence copied unchanged, even next to names', () => {
    const result = checkTexts({
      x: { pl: md('Zapraszamy do Domu Kultury Podgórze na bezpłatne zajęcia.'), en: md('Zapraszamy do Domu Kultury Podgórze na bezpłatne zajęcia.') },
    });
    expect(byRule('foreign-text', result).map((f) => f.lang)).toEqual(['en']);
  });
});
