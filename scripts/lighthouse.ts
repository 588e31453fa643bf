/**
 * Lighthouse scores and page weight of the built site (run `npm run build` first).
 *
 *   npm run lighthouse
 *
 * Serves dist/ on 127.0.0.1, audits an announcement page and an index page
 * with Lighthouse's mobile defaults in Debian's chromium (CHROME_PATH to use
 * another), and prints the four category scores and the page weight.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from './lib/serve-static.ts';

const dist = path.resolve('dist');
const pages = ['/pl/konsultacje-otwarty-krakow-2024/', '/en/'];
const site = await serveStatic(dist);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const page of pages) {
    const html = path.join(dist, page, 'index.html');
    const bytes = statSync(html).size;
    const scripts = (readFileSync(html, 'utf8').match(/<script(?![^>]*application\/ld\+json)/g) ?? []).length;
    const result = await lighthouse(site.url + page, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const categories = result?.lhr.categories ?? {};
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    console.log(
      `${page}  performance ${score('performance')}  accessibility ${score('accessibility')}  best practices ${score('best-practices')}  SEO ${score('seo')}  ` +
        `HTML+CSS ${(bytes / 1024).toFixed(1)} KB, ${scripts} scripts`,
    );
  }
} finally {
  await chrome.kill();
  await site.close();
}
