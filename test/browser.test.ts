/**
 * The built site in a real browser (Debian's chromium, driven by
 * playwright-core): navigation, language switching, search, calendar files,
 * accessibility (axe-core) and phone-width layout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from './helpers/build-site.ts';
import { serveStatic } from '../scripts/lib/serve-static.ts';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const outDir = path.join(projectRoot, 'test/.tmp/dist-browser');
const axeSource = readFileSync(path.join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  if (!existsSync(CHROME)) throw new Error(`Chromium not found at ${CHROME}: install Debian's chromium (apt-get install chromium) or set CHROME_PATH.`);
  rmSync(outDir, { recursive: true, force: true });
  const build = buildSite('content/announcements', outDir, { BUILD_DATE: '2026-11-24T12:00:00Z' });
  if (build.status !== 0) throw new Error(build.output);
  const pagefind = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', outDir], { encoding: 'utf8' });
  if (pagefind.status !== 0) throw new Error(pagefind.stderr || pagefind.stdout);
  site = await serveStatic(outDir);
  browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
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
