import { describe, expect, it } from 'vitest';
import { checkTexts, md } from '../../../test/helpers/check-texts.ts';

const byRule = (rule: string, result: ReturnType<typeof checkTexts>) => result.findings.filter((f) => f.rule === rule);

describe('placeholder-link', () => {
  it.each([['#'], [''], ['javascript:void(0)'], ['  #  '], ['TODO']])('fires on the target "%s"', (target) => {
    const result = checkTexts({ x: { pl: md(`[Więcej informacji](${target === '' ? '<>' : target})`) } });
    const [finding] = byRule('placeholder-link', result);
    expect(finding).toMatchObject({ severity: 'error', fact: 'link', line: 6, column: 1 });
    expect(finding?.message).toMatch(/^the link "Więcej informacji" points to .*, a placeholder: give the real address or remove the link$/);
  });

  it('fires in reference-style links and in every language', () => {
    const result = checkTexts({ x: { pl: md('[Link][a]\n\n[a]: #'), en: md('[Link](#)'), uk: md('[Посилання](#)') } });
    expect(byRule('placeholder-link', result).map((f) => f.lang)).toEqual(['en', 'pl', 'uk']);
  });

  it('stays silent for real links and in-page anchors', () => {
    const result = checkTexts({ x: { pl: md('[Dialoguj](https://dialoguj.pl/), [niżej](#kontakt), [mail](mailto:a@b.pl)') } });
    expect(byRule('placeholder-link', result)).toEqual([]);
  });
});

describe('link-mismatch', () => {
  it('warns when a translation links somewhere else', () => {
    const result = checkTexts({
      x: { pl: md('[Więcej](https://dialoguj.pl/)'), en: md('[More](https://dialoguj.pl)'), uk: md('[Більше](https://example.org/)') },
    });
    const findings = byRule('link-mismatch', result);
    expect(findings.map((f) => `${f.lang} ${f.severity}`)).toEqual(['uk warning', 'uk warning']);
    expect(findings.map((f) => f.message)).toContain('the Ukrainian text links "Більше" to https://example.org/, which pl and en do not link to');
  });

  it('counts an address written out in one language and linked in another as given by both', () => {
    const result = checkTexts({
      x: {
        pl: md('Więcej: https://www.krakow.pl/seniorzy, pisz na seniorzy@um.krakow.pl.'),
        en: md('More on the [city website](https://www.krakow.pl/seniorzy); [write to us](mailto:seniorzy@um.krakow.pl).'),
        uk: md('Більше на [сайті міста](https://krakow.pl/seniorzy/), пишіть на seniorzy@um.krakow.pl.'),
      },
    });
    expect(result.findings).toEqual([]);
  });

  it('still reports a language that links somewhere else than the address the others give', () => {
    const result = checkTexts({
      x: {
        pl: md('Więcej: https://www.krakow.pl/seniorzy'),
        en: md('More on the [city website](https://www.krakow.pl/seniorzy-en).'),
        uk: md('Більше на [сайті міста](https://www.krakow.pl/seniorzy).'),
      },
    });
    // Another page of the site the others link to: one error, at the link.
    expect(result.findings.map((f) => `${f.lang}:${f.line}:${f.column} ${f.rule} ${f.severity}`)).toEqual(['en:6:13 link-mismatch error']);
    expect(result.findings[0]?.message).toBe(
      'the English text links "city website" to https://www.krakow.pl/seniorzy-en, but pl and uk link to https://www.krakow.pl/seniorzy, another page of the same site; link the page they give (or its English version)',
    );
  });

  it('leaves a language variant of the same page, and a page of another site, as no error', () => {
    const variant = checkTexts({
      x: {
        pl: md('Więcej na [stronie](/pl/x/).'),
        en: md('More on the [page](/en/x/).'),
        uk: md('Більше на [сторінці](/uk/x/).'),
      },
    });
    expect(variant.findings.filter((f) => f.rule === 'link-mismatch')).toEqual([]);
    const elsewhere = checkTexts({
      x: {
        pl: md('Więcej na [stronie](https://www.krakow.pl/seniorzy).'),
        en: md('More on the [page](https://example.org/seniors).'),
        uk: md('Більше на [сторінці](https://www.krakow.pl/seniorzy).'),
      },
    });
    expect(elsewhere.findings.filter((f) => f.rule === 'link-mismatch').map((f) => `${f.lang} ${f.severity}`)).toEqual(['en warning', 'en warning']);
  });

  it('reads bare domains as web addresses and a domain written as link text as its link', () => {
    const result = checkTexts({
      x: {
        pl: md('Rozkłady: mpk.krakow.pl/rozklady oraz [bip.krakow.pl](https://bip.krakow.pl).'),
        en: md('Timetables: [MPK website](https://mpk.krakow.pl/rozklady) and [the public information bulletin](https://bip.krakow.pl).'),
        uk: md('Розклади: mpk.krakow.pl/rozklady та bip.krakow.pl.'),
      },
    });
    expect(result.findings).toEqual([]);
    const changed = checkTexts({
      x: {
        pl: md('Rozkłady: mpk.krakow.pl/rozklady.'),
        en: md('Timetables: mpk.krakow.pl/rozklady.'),
        uk: md('Розклади: mpk.krakow.pl/rozklad.'),
      },
    });
    expect(changed.findings.map((f) => `${f.lang} ${f.fact}`)).toEqual(['uk url']);
  });

  it('treats language paths and links to the translated announcement as the same', () => {
    const result = checkTexts({
      x: { pl: md('[Konsultacje](/pl/konsultacje/) i [lista](/pl/)'), en: md('[Consultation](/en/consultation/) and [list](/en/)') },
      y: { pl: md('Inne.', 'title: T\ndate: 2024-06-14\nslug: konsultacje'), en: md('Other.', 'title: T\ndate: 2024-06-14\nslug: consultation') },
    });
    expect(byRule('link-mismatch', result)).toEqual([]);
  });

  it("takes a site's address written as the text of a link to one of its pages for that page", () => {
    const texts = (plText: string) => ({
      x: {
        pl: md(`Zapisy przez stronę [${plText}](https://biblioteka.krakow.pl/pl/klub).`),
        en: md('Sign up on the [library website](https://biblioteka.krakow.pl/en/klub).'),
        uk: md('Запис на [сайті бібліотеки](https://biblioteka.krakow.pl/ua/klub).'),
      },
    });
    expect(checkTexts(texts('biblioteka.krakow.pl')).findings).toEqual([]);
    const wrong = checkTexts(texts('biblioteka.krakowx.pl')).findings.filter((f) => f.severity === 'error');
    // The text names another site than the link leads to (link-text); that it names a site the others do not is that same mistake.
    expect(wrong.map((f) => `${f.lang} ${f.fact}`)).toEqual(['pl link']);
  });
});

describe('broken-link', () => {
  const sitePages = { language: ['search', 'rss.xml'], announcement: ['event.ics'] };
  const other = { pl: md('Inne.', 'title: T\ndate: 2024-06-14\nslug: zbiorka-elektrosmieci'), en: md('Other.', 'title: T\ndate: 2024-06-14\nslug: e-waste-collection') };

  it('reports a link to a path of this site that the build does not make, naming the announcement likely meant', () => {
    const result = checkTexts(
      {
        x: { pl: md('Zobacz [zbiórkę](/pl/zbiorka-elektrosmeci/).'), en: md('See the [collection](/en/announcements/e-waste-collection/).') },
        y: other,
      },
      { sitePages, siteUrl: 'https://ogloszenia.krakow.pl' },
    );
    expect(byRule('broken-link', result).map((f) => `${f.lang}:${f.line}:${f.column} ${f.severity} ${f.message}`)).toEqual([
      'en:6:9 error the link "collection" points to /en/announcements/e-waste-collection/, which is not a page of this site; did you mean /en/e-waste-collection/?',
      'pl:6:8 error the link "zbiórkę" points to /pl/zbiorka-elektrosmeci/, which is not a page of this site; did you mean /pl/zbiorka-elektrosmieci/?',
    ]);
    // Reported once, by its own rule: not also as links that differ across languages.
    expect(byRule('link-mismatch', result)).toEqual([]);
    const underPage = checkTexts({ x: { pl: md('[plan](/pl/zbiorka-elektrosmieci/plan.pdf)') }, y: other }, { sitePages, languages: ['pl'] });
    expect(byRule('broken-link', underPage).map((f) => f.message)).toEqual([
      'the link "plan" points to /pl/zbiorka-elektrosmieci/plan.pdf, which is not a page of this site; did you mean /pl/zbiorka-elektrosmieci/?',
    ]);
  });

  it('accepts every page the site makes, absolute links to it, and links elsewhere', () => {
    const result = checkTexts(
      {
        x: {
          pl: md('[Lista](/pl/), [szukaj](/pl/search/), [RSS](/pl/rss.xml), [zbiórka](/pl/zbiorka-elektrosmieci/#gdzie), [kalendarz](https://ogloszenia.krakow.pl/pl/zbiorka-elektrosmieci/event.ics), [MPK](https://mpk.krakow.pl/pl/nic/).'),
          en: md('[List](/en/), [search](/en/search/), [RSS](/en/rss.xml), [collection](/en/e-waste-collection/#where), [calendar](https://ogloszenia.krakow.pl/en/e-waste-collection/event.ics), [MPK](https://mpk.krakow.pl/en/nic/).'),
        },
        y: other,
      },
      { sitePages, siteUrl: 'https://ogloszenia.krakow.pl' },
    );
    expect(byRule('broken-link', result)).toEqual([]);
    const unknownSite = checkTexts({ x: { pl: md('[x](/pl/nie-ma/)'), en: md('[x](/en/nie-ma/)') } });
    expect(byRule('broken-link', unknownSite)).toEqual([]);
  });
});

describe('broken-link to drafts', () => {
  const sitePages = { language: ['search', 'rss.xml'], announcement: ['event.ics'] };
  const draft = { pl: md('Szkic.', 'title: T\ndate: 2024-06-14\nslug: plan\ndraft: true') };

  it('reports a published announcement linking to a draft, which the site does not publish', () => {
    const result = checkTexts({ x: { pl: md('Zobacz [plan](/pl/plan/).') }, y: draft }, { sitePages, languages: ['pl'] });
    expect(byRule('broken-link', result).map((f) => f.message)).toEqual([
      'the link "plan" points to /pl/plan/, an announcement that is still a draft and is not published; publish it first or remove the link',
    ]);
  });

  it('lets a draft link to another draft, as they are published together', () => {
    const result = checkTexts({ x: { pl: md('Zobacz [plan](/pl/plan/).', 'title: T\ndate: 2024-06-14\ndraft: true') }, y: draft }, { sitePages, languages: ['pl'] });
    expect(byRule('broken-link', result)).toEqual([]);
  });
});

describe('link-text', () => {
  it('reports a link whose text shows one address but which leads to another', () => {
    const result = checkTexts({
      x: {
        pl: md('Ankieta: [krakow.pl/ankieta](https://www.krakow.pl/ankieta).'),
        en: md('Survey: [krakow.pl/ankieta](https://krakow.pl/ankieta-2/).'),
        uk: md('Анкета: [krakow.pl/ankieta](https://krakow.pl/ankieta/), [info@krakow.pl](mailto:biuro@krakow.pl).'),
      },
    });
    expect(byRule('link-text', result).map((f) => `${f.lang} ${f.severity} ${f.message}`)).toEqual([
      'en error the link shows the address "krakow.pl/ankieta" but leads to https://krakow.pl/ankieta-2/; make them the same',
      'uk error the link shows the address "info@krakow.pl" but leads to mailto:biuro@krakow.pl; make them the same',
    ]);
    // Reported once: not also as links that differ across languages.
    expect(byRule('link-mismatch', result).filter((f) => f.lang === 'en')).toEqual([]);
  });

  it('accepts a site named as text for any page of it, the same page written differently, and ordinary link text', () => {
    const result = checkTexts({
      x: {
        pl: md('Szczegóły: [biblioteka.krakow.pl](https://biblioteka.krakow.pl/noc-bibliotek), [www.krakow.pl/ankieta](https://krakow.pl/ankieta/), [formularz](https://example.org/x).'),
        en: md('Details: [biblioteka.krakow.pl](https://biblioteka.krakow.pl/noc-bibliotek), [krakow.pl/ankieta](https://www.krakow.pl/ankieta?utm_source=newsletter#start), [form](https://example.org/x).'),
      },
    });
    expect(byRule('link-text', result)).toEqual([]);
  });
});
