/**
 * The built site in a real browser (Debian's chromium, driven by
 * playwright-core): navigation, language switching, search, calendar files,
 * accessibility (axe-core) and phone-width layout.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from './helpers/build-site.ts';
import { serveStatic } from '../scripts/lib/serve-static.ts';
import { serveBuiltSite } from './helpers/browser-site.ts';

const outDir = path.join(projectRoot, 'test/.tmp/dist-browser');
const axeSource = readFileSync(path.join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  ({ site, browser } = await serveBuiltSite('content/announcements', outDir, { BUILD_DATE: '2026-11-24T12:00:00Z' }));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** `bypassCSP`: for the audit only, which injects axe-core, a script the pages' Content-Security-Policy rightly refuses. */
async function open(path: string, options: { width?: number; dark?: boolean; bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 800 }, colorScheme: options.dark ? 'dark' : 'light', bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  await page.goto(site.url + path);
  return page;
}

const PAGES: Record<string, string[]> = {
  home: ['/'],
  index: ['/pl/', '/en/', '/uk/'],
  announcement: ['/pl/konsultacje-otwarty-krakow-2024/', '/en/open-krakow-consultation-2024/', '/uk/konsultatsii-vidkrytyi-krakiv-2024/'],
  search: ['/pl/search/', '/en/search/', '/uk/search/'],
  notFound: ['/no-such-page/'],
};

describe('in a browser', () => {
  it('goes from the home page to an announcement and switches language to the same announcement', async () => {
    const page = await open('/');
    await page.click('a[hreflang="en"]');
    expect(new URL(page.url()).pathname).toBe('/en/');
    await page.click('text=Public consultation on the Open Kraków Programme 2024–2028');
    expect(new URL(page.url()).pathname).toBe('/en/open-krakow-consultation-2024/');
    await page.click('.lang-switcher a[hreflang="uk"]');
    expect(new URL(page.url()).pathname).toBe('/uk/konsultatsii-vidkrytyi-krakiv-2024/');
    expect(await page.getAttribute('html', 'lang')).toBe('uk');
    await page.click('.lang-switcher a[hreflang="pl"]');
    expect(await page.textContent('h1')).toBe('Ruszają konsultacje społeczne Programu Otwarty Kraków na lata 2024–2028');
    await page.context().close();
  });

  it.each([
    ['pl', 'zbiórka', '/pl/odpady-wielkogabarytowe-nowa-huta/'],
    ['en', 'vaccination', '/en/free-flu-vaccinations/'],
    ['uk', 'бібліотека', '/uk/rozmovnyi-klub-polskoi-movy/'],
  ])('searches the %s announcements only', async (lang, query, expected) => {
    const page = await open(`/${lang}/search/`);
    await page.fill('#search input', query);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 10_000 });
    const links = await page.$$eval('.pagefind-ui__result-link', (anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain(expected);
    expect(links.every((link) => link.startsWith(`/${lang}/`))).toBe(true);
    await page.context().close();
  });

  it('offers an .ics file that parses, with the event in Warsaw time as UTC', async () => {
    const page = await open('/en/participatory-budget-meeting-2027/');
    const href = await page.getAttribute('.event-actions a[download]', 'href');
    expect(href).toBe('/en/participatory-budget-meeting-2027/event.ics');
    const response = await page.request.get(site.url + (href ?? ''));
    expect(response.headers()['content-type']).toContain('text/calendar');
    const text = await response.text();
    const fields = Object.fromEntries(
      text
        .replace(/\r\n /g, '')
        .split('\r\n')
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]),
    );
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('\r\nBEGIN:VEVENT\r\n');
    expect(fields).toMatchObject({ VERSION: '2.0', DTSTART: '20261215T170000Z', DTEND: '20261215T190000Z', 'SUMMARY;LANGUAGE=en': "Residents' meeting on the 2027 participatory budget" });
    expect(fields.UID).toMatch(/^participatory-budget-meeting@/);
    await page.context().close();
  });

  it.each(Object.entries(PAGES).flatMap(([type, paths]) => paths.flatMap((p) => [[type, p, false] as const, [type, p, true] as const])))(
    'axe finds no WCAG 2.2 AA violations on the %s page %s (dark: %s)',
    async (_type, pagePath, dark) => {
      const page = await open(pagePath, { dark, bypassCSP: true });
      if (pagePath.endsWith('/search/')) await page.waitForSelector('#search input');
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await page.context().close();
    },
  );

  it.each(Object.values(PAGES).flat())('has no horizontal scrolling at 360 px on %s', async (pagePath) => {
    const page = await open(pagePath, { width: 360 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('builds pages that pass the W3C Nu HTML Checker with no errors', () => {
    const vnu = spawnSync('java', ['-jar', path.join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar'), '--errors-only', '--skip-non-html', '--format', 'json', outDir], { encoding: 'utf8' });
    const report = JSON.parse(vnu.stderr || vnu.stdout || '{"messages":[]}') as { messages: Array<{ url: string; lastLine?: number; message: string }> };
    expect(report.messages.map((m) => `${path.relative(outDir, new URL(m.url).pathname)}:${m.lastLine ?? 0} ${m.message}`)).toEqual([]);
  });

  it.each(['sitemap-index.xml', 'sitemap-0.xml', 'pl/rss.xml', 'en/rss.xml', 'uk/rss.xml'])('writes well-formed XML in %s', async (file) => {
    const page = await open('/');
    const xml = readFileSync(path.join(outDir, file), 'utf8');
    const error = await page.evaluate((source) => new DOMParser().parseFromString(source, 'application/xml').querySelector('parsererror')?.textContent ?? null, xml);
    expect(error).toBeNull();
    await page.context().close();
  });

  it('has a working skip link and one h1 per page', async () => {
    const page = await open('/pl/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Przejdź do treści');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
    expect(await page.locator('h1').count()).toBe(1);
    await page.context().close();
  });
});

/** How a piece of text inside `scope` is laid out: the white-space of its element and on how many lines it lies. */
function layoutOf(page: Page, scope: string, text: string): Promise<{ whiteSpace: string; lines: number } | null> {
  return page.evaluate(
    ([scopeSelector, wanted]) => {
      const root = document.querySelector(scopeSelector);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return { whiteSpace: getComputedStyle(node.parentElement as Element).whiteSpace, lines: tops.size };
      }
      return null;
    },
    [scope, text] as const,
  );
}

/** The text Pagefind indexed for each page, by URL. */
function indexedText(): Map<string, string> {
  const fragments = new Map<string, string>();
  const folder = path.join(outDir, 'pagefind/fragment');
  for (const name of readdirSync(folder)) {
    const json = gunzipSync(readFileSync(path.join(folder, name))).toString('utf8').replace(/^pagefind_dcd/, '');
    const fragment = JSON.parse(json) as { url: string; content: string };
    fragments.set(fragment.url, fragment.content);
  }
  return fragments;
}

describe('for residents on a phone (issue 16, item 7)', () => {
  it.each([
    ['/pl/konsultacje-otwarty-krakow-2024/', '.event', '17:00–19:00'],
    ['/pl/konsultacje-otwarty-krakow-2024/', '.event', '30-701'],
    ['/en/open-krakow-consultation-2024/', '.event', '5 pm–7 pm'],
    ['/uk/konsultatsii-vidkrytyi-krakiv-2024/', '.event', '17:00–19:00'],
    ['/pl/bezplatne-szczepienia-przeciw-grypie/', '.prose', '12 616 52 00'],
    ['/pl/bezplatne-szczepienia-przeciw-grypie/', '.prose', '8:00–15:30'],
    ['/en/free-flu-vaccinations/', '.prose', '+48 12 616 52 00'],
    ['/en/free-flu-vaccinations/', '.prose', '3:30 pm'],
  ])('keeps %s %s "%s" on one line at 390 px', async (pagePath, scope, text) => {
    const page = await open(pagePath, { width: 390 });
    expect(await layoutOf(page, scope, text)).toEqual({ whiteSpace: 'nowrap', lines: 1 });
    await page.context().close();
  });

  it.each([
    ['/pl/bezplatne-szczepienia-przeciw-grypie/', '12 616 52 00'],
    ['/en/free-flu-vaccinations/', '+48 12 616 52 00'],
  ])('links the phone number in the text of %s with tel:, as written, on one line', async (pagePath, written) => {
    const page = await open(pagePath, { width: 390 });
    const links = await page.$$eval('.prose a[href^="tel:"]', (anchors) => anchors.map((a) => [a.getAttribute('href'), a.textContent, getComputedStyle(a).whiteSpace]));
    expect(links).toContainEqual(['tel:+48126165200', written, 'nowrap']);
    await page.context().close();
  });

  it('never wraps text inside links or code in announcement bodies', () => {
    const html = readFileSync(path.join(outDir, 'pl/bezplatne-szczepienia-przeciw-grypie/index.html'), 'utf8');
    expect(html).not.toMatch(/<(a|code)\b[^>]*>[^<]*<span class="nowrap">/);
  });

  it('indexes the event box with its labels apart from their values', () => {
    const text = [...indexedText().values()].join('\n');
    expect(text).toContain('Kiedy: środa, 19 czerwca 2024, 17:00–19:00. Gdzie: Centrum Wielokulturowe, ul. Zabłocie 20, 30-701 Kraków, budynek A, 1 piętro.');
    expect(text).toContain('When: Wednesday, 19 June 2024, 5 pm–7 pm. Where: Multicultural Centre, ul. Zabłocie 20, 30-701 Kraków');
    expect(text).toContain('Коли: середа, 19 червня 2024 р., 17:00–19:00. Де: Мультикультурний центр, ul. Zabłocie 20');
    expect(text).not.toMatch(/Kiedy(?=\S)(?!:)|Gdzie(?=\S)(?!:)|When(?=\S)(?!:)|Where(?=\S)(?!:)|Коли(?=\S)(?!:)/);
  });

  const plural: Record<string, (n: number) => string> = {
    pl: (n) => (n === 1 ? 'wynik' : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 'wyniki' : 'wyników'),
    uk: (n) => (n % 10 === 1 && n % 100 !== 11 ? 'результат' : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 'результати' : 'результатів'),
    en: (n) => (n === 1 ? 'result' : 'results'),
  };
  const quote: Record<string, [string, string, string]> = { pl: ['dla', '„', '”'], uk: ['для', '«', '»'], en: ['for', '“', '”'] };

  it.each([
    ['pl', 'zbiórka'], ['pl', 'spotkanie'], ['pl', 'Kraków'],
    ['uk', 'бібліотека'], ['uk', 'зустріч'], ['uk', 'Краків'],
    ['en', 'vaccination'], ['en', 'Kraków'],
  ])('counts %s search results with the right plural form (%s), and shows result titles as links', async (lang, query) => {
    const page = await open(`/${lang}/search/`);
    await page.fill('#search input', query);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 10_000 });
    const message = page.locator('.pagefind-ui__message');
    await expect.poll(() => message.textContent(), { timeout: 10_000 }).toMatch(/^\d/);
    const text = (await message.textContent()) ?? '';
    const count = Number(text.match(/^\d+/)?.[0]);
    const [word, open_, close] = quote[lang] ?? ['', '', ''];
    expect(text).toBe(`${count} ${plural[lang]?.(count)} ${word} ${open_}${query}${close}`);
    const style = await page.$eval('.pagefind-ui__result-link', (a) => ({ line: getComputedStyle(a).textDecorationLine, color: getComputedStyle(a).color, text: getComputedStyle(document.body).color }));
    expect(style.line).toContain('underline');
    expect(style.color).not.toBe(style.text);
    await page.context().close();
  });

  it('says "no results" in the page language', async () => {
    const page = await open('/uk/search/');
    await page.fill('#search input', 'qqqxxyyzz');
    await expect.poll(() => page.locator('.pagefind-ui__message').textContent(), { timeout: 10_000 }).toBe('Немає результатів для «qqqxxyyzz»');
    await page.context().close();
  });

  it('has a 404 page in every language, each part marked with its language, leading to its announcements and search', async () => {
    const page = await open('/no-such-page/');
    const h1 = await page.$$eval('h1 [lang]', (spans) => spans.map((s) => [s.getAttribute('lang'), s.textContent]));
    expect(h1).toEqual([['pl', 'Nie znaleziono strony'], ['en', 'Page not found'], ['uk', 'Сторінку не знайдено']]);
    for (const lang of ['pl', 'en', 'uk']) {
      const links = await page.$$eval(`main section[lang="${lang}"] a`, (anchors) => anchors.map((a) => [a.getAttribute('href'), a.getAttribute('hreflang')]));
      expect(links).toEqual([[`/${lang}/`, lang], [`/${lang}/search/`, lang]]);
    }
    await page.context().close();
  });

  it.each([
    ['/pl/konsultacje-otwarty-krakow-2024/', 'Ogłoszenia Miasta Krakowa', 'Wydrukowano ze strony: https://example.test/pl/konsultacje-otwarty-krakow-2024/'],
    ['/uk/', 'Оголошення міста Кракова', 'Надруковано зі сторінки: https://example.test/uk/'],
  ])('prints %s with the site name and the page address', async (pagePath, siteName, address) => {
    const page = await open(pagePath);
    expect(await page.locator('.print-source').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const source = page.locator('.print-source');
    expect(await source.isVisible()).toBe(true);
    expect(await source.innerText()).toBe(`${siteName}\n${address}`);
    await page.context().close();
  });
});

describe('an event box with a phone number', () => {
  const fixtureOut = path.join(projectRoot, 'test/.tmp/dist-residents');
  let fixtureSite: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    rmSync(fixtureOut, { recursive: true, force: true });
    const build = buildSite('test/fixtures/residents-site', fixtureOut, { BUILD_DATE: '2024-06-01T12:00:00Z' });
    if (build.status !== 0) throw new Error(build.output);
    fixtureSite = await serveStatic(fixtureOut);
  });

  afterAll(async () => {
    await fixtureSite?.close();
  });

  it.each(['pl', 'en', 'uk'])('links it with tel: in E.164, showing it as written, on one line (%s)', async (lang) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${fixtureSite.url}/${lang}/info-point/`);
    const links = await page.$$eval('.event a[href^="tel:"]', (anchors) => anchors.map((a) => [a.getAttribute('href'), a.textContent, getComputedStyle(a).whiteSpace]));
    expect(links).toEqual([['tel:+48126165200', '12 616 52 00', 'nowrap']]);
    await context.close();
  });
});

