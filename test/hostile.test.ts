/**
 * Hostile HTML in announcements, in a real browser (Debian's chromium driven
 * by playwright-core, as in browser.test.ts): nothing an editor writes runs,
 * every page carries a Content-Security-Policy that would stop it anyway, and
 * the search page still works under its policy.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, type BuildResult } from './helpers/build-site.ts';
import { serveBuiltSite } from './helpers/browser-site.ts';

const outDir = path.join(projectRoot, 'test/.tmp/dist-hostile');
const ATTACKER = 'attacker.example';

let browser: Browser;
let site: { url: string; close: () => Promise<void> };
let build: BuildResult;
/** Every URL any page asked for, and every CSP violation reported. */
const requested: string[] = [];

beforeAll(async () => {
  ({ build, site, browser } = await serveBuiltSite('test/fixtures/hostile-site', outDir, { BUILD_DATE: '2024-09-01T12:00:00Z' }));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(pagePath: string): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(site.url + pagePath);
  await page.waitForLoadState('load');
  return { page, violations };
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null);

describe('hostile HTML in an announcement', () => {
  it('is built, and the build names each thing it leaves out with file and line', () => {
    expect(build.output).toContain('Unsafe or unsupported HTML:');
    expect(build.output).toContain('test/fixtures/hostile-site/pl/hostile.md:9:1  <script> is not allowed in an announcement');
    expect(build.output).toContain('test/fixtures/hostile-site/pl/hostile.md:11:9  the attribute onerror on <img> is not allowed (an event handler runs script)');
    expect(build.output).toContain('test/fixtures/hostile-site/pl/hostile.md:28:1  the address "JaVaScRiPt:');
    expect(build.output).toContain('test/fixtures/hostile-site/uk/library.md:8:1  <script> is not allowed');
  });

  it.each(['/pl/hostile/', '/en/library/', '/uk/library/'])('runs nothing on %s: no global set, no title changed, no request made', async (pagePath) => {
    const { page } = await open(pagePath);
    await page.waitForTimeout(300);
    expect(await pwned(page)).toBeNull();
    expect(await page.title()).not.toBe('pwned');
    expect(await page.isVisible('h1')).toBe(true);
    expect(requested.filter((url) => url.includes(ATTACKER))).toEqual([]);
    expect(new URL(page.url()).pathname).toBe(pagePath);
    await page.context().close();
  });

  it('runs nothing when the hostile links are clicked', async () => {
    const { page } = await open('/pl/hostile/');
    for (const id of ['a1', 'a2', 'a3']) {
      expect(await page.getAttribute(`#${id}`, 'href')).toBeNull();
      await page.click(`#${id}`);
    }
    await page.click('text=czwarty');
    expect(await pwned(page)).toBeNull();
    expect(new URL(page.url()).pathname).toBe('/pl/hostile/');
    await page.context().close();
  });

  it('keeps the HTML a notice needs', async () => {
    const { page } = await open('/pl/hostile/');
    await page.click('summary');
    expect(await page.isVisible('text=Ukryta treść z')).toBe(true);
    expect(await page.getAttribute('abbr', 'title')).toBe('Miejski Ośrodek Pomocy Społecznej');
    expect(await page.getAttribute('#a5', 'href')).toBe('https://example.org/');
    await page.context().close();
  });

  it('would block a script even if one reached an announcement page: its policy allows none', async () => {
    const { page, violations } = await open('/pl/hostile/');
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = "window.__pwned = 'injected'";
      document.body.append(script);
      const handler = document.createElement('img');
      handler.setAttribute('onerror', "window.__pwned = 'handler'");
      handler.src = '/no-such-image.png';
      document.body.append(handler);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return (window as unknown as { __pwned?: string }).__pwned ?? null;
    });
    expect(ran).toBeNull();
    expect(violations.length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('searches under the search page\'s policy, with no violation', async () => {
    const { page, violations } = await open('/en/search/');
    await page.fill('#search input', 'library');
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 10_000 });
    const links = await page.$$eval('.pagefind-ui__result-link', (anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(['/en/library/']);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('gives every page a Content-Security-Policy: no script but on the search pages', () => {
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(path.join(dir, name)).isDirectory() ? walk(path.join(dir, name)) : [path.join(dir, name)]));
    const policies = walk(outDir)
      .filter((file) => file.endsWith('.html'))
      .map((file) => [path.relative(outDir, file), /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? 'none'] as const);
    expect(policies.length).toBeGreaterThan(8);
    for (const [file, policy] of policies) {
      expect(policy, file).toContain("object-src 'none'; base-uri 'none'; form-action 'none'");
      if (file.endsWith('search/index.html')) expect(policy, file).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
      else expect(policy, file).toContain("script-src 'none'");
    }
  });
});
