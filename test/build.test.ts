import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { rehype } from 'rehype';
import { beforeAll, describe, expect, it } from 'vitest';
import { newAnnouncement } from '../src/workflow/scaffold.ts';
import { buildSite, digestTree, projectRoot, type BuildResult } from './helpers/build-site.ts';

const tmp = path.join(projectRoot, 'test/.tmp');
const parseHtml = (html: string): Root => rehype().parse(html);

describe('astro build on valid fixture content', () => {
  const contentDir = 'test/fixtures/site';
  const outDir = path.join(tmp, 'dist-site');
  let result: BuildResult;
  let before: string;
  const page = (route: string): Root => parseHtml(readFileSync(path.join(outDir, route, 'index.html'), 'utf8'));
  const attr = (root: Root, selector: string, name: string) => (select(selector, root)?.properties[name] as string | undefined) ?? null;
  const alternates = (root: Root) =>
    Object.fromEntries(selectAll('link[rel=alternate][hreflang]', root).map((el: Element) => [String(el.properties.hrefLang), String(el.properties.href)]));

  beforeAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    before = digestTree(path.join(projectRoot, contentDir));
    // An absolute CONTENT_DIR, as a CI job may give it (the other builds here give relative ones).
    result = buildSite(path.join(projectRoot, contentDir), outDir, { BUILD_DATE: '2024-09-01T12:00:00Z' });
  });

  it('succeeds and modifies nothing in the content folder', () => {
    expect(result.status, result.output).toBe(0);
    expect(digestTree(path.join(projectRoot, contentDir))).toBe(before);
  });

  it('sets <html lang> per language', () => {
    expect(attr(page('pl/spotkanie-park'), 'html', 'lang')).toBe('pl');
    expect(attr(page('en/park-meeting'), 'html', 'lang')).toBe('en');
    expect(attr(page('uk/зустріч-парк'), 'html', 'lang')).toBe('uk');
    expect(attr(page('uk'), 'html', 'lang')).toBe('uk');
  });

  it('links every translation with hreflang, x-default and a canonical URL', () => {
    const en = page('en/park-meeting');
    expect(alternates(en)).toEqual({
      pl: 'https://example.test/pl/spotkanie-park/',
      en: 'https://example.test/en/park-meeting/',
      uk: 'https://example.test/uk/%D0%B7%D1%83%D1%81%D1%82%D1%80%D1%96%D1%87-%D0%BF%D0%B0%D1%80%D0%BA/',
      'x-default': 'https://example.test/pl/spotkanie-park/',
    });
    expect(attr(en, 'link[rel=canonical]', 'href')).toBe('https://example.test/en/park-meeting/');
    // Only existing translations are alternates.
    expect(Object.keys(alternates(page('en/older')))).toEqual(['pl', 'en', 'x-default']);
  });

  it('offers a language switcher to the existing translations only', () => {
    const switcher = (root: Root) => selectAll('.lang-switcher a', root).map((a) => [a.properties.hrefLang, a.properties.href]);
    expect(switcher(page('pl/spotkanie-park'))).toEqual([
      ['en', '/en/park-meeting/'],
      ['uk', '/uk/зустріч-парк/'],
    ]);
    expect(switcher(page('pl/older'))).toEqual([['en', '/en/older/']]);
    expect(toString(select('.lang-switcher [aria-current=page]', page('uk/зустріч-парк')) ?? parseHtml(''))).toBe('Українська');
  });

  it('lists announcements newest first with dates formatted per language', () => {
    const dates = (lang: string) => selectAll('#all ~ .card-list .meta time', page(lang)).map((t) => [t.properties.dateTime, toString(t)]);
    expect(dates('pl')).toEqual([
      ['2024-06-14', '14 czerwca 2024'],
      ['2024-01-10', '10 stycznia 2024'],
    ]);
    expect(dates('en')).toEqual([
      ['2024-06-14', '14 June 2024'],
      ['2024-01-10', '10 January 2024'],
    ]);
    expect(dates('uk')).toEqual([
      ['2024-06-14', '14 червня 2024 р.'],
      ['2024-01-10', '10 січня 2024 р.'],
    ]);
  });

  it('shows the event in the page language', () => {
    expect(toString(select('.event', page('pl/spotkanie-park')) ?? parseHtml(''))).toContain('środa, 19 czerwca 2024, 17:00–19:00');
    expect(toString(select('.event', page('en/park-meeting')) ?? parseHtml(''))).toContain('Wednesday, 19 June 2024, 5 pm–7 pm');
    expect(toString(select('.event', page('uk/зустріч-парк')) ?? parseHtml(''))).toContain('середа, 19 червня 2024 р., 17:00–19:00');
  });

  it('does not build drafts, and says which it left out', () => {
    expect(result.output).toContain('1 draft left out (draft: true, not published; delete the line to publish): test/fixtures/site/pl/secret-draft.md');
    expect(existsSync(path.join(outDir, 'pl/secret-draft'))).toBe(false);
    expect(readFileSync(path.join(outDir, 'pl/index.html'), 'utf8')).not.toContain('Szkic');
    expect(readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8')).not.toContain('secret-draft');
  });

  it('has a language chooser at / that works without JavaScript, and a 404 page', () => {
    const home = page('.');
    expect(selectAll('.language-choice a', home).map((a) => a.properties.href)).toEqual(['/pl/', '/en/', '/uk/']);
    expect(alternates(home)['x-default']).toBe('https://example.test/');
    const notFound = parseHtml(readFileSync(path.join(outDir, '404.html'), 'utf8'));
    expect(selectAll('h1', notFound)).toHaveLength(1);
    expect(attr(notFound, 'meta[name=robots]', 'content')).toBe('noindex');
  });

  it('ships zero client JavaScript', () => {
    const htmlFiles: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const abs = path.join(dir, name);
        if (statSync(abs).isDirectory()) walk(abs);
        else if (name.endsWith('.html')) htmlFiles.push(abs);
        else expect(name.endsWith('.js'), abs).toBe(false);
      }
    };
    walk(outDir);
    expect(htmlFiles.length).toBeGreaterThan(5);
    // Only the search pages load a script (Pagefind); JSON-LD is data, not script.
    const scripted = htmlFiles.filter((file) => /<script(?![^>]*application\/ld\+json)/.test(readFileSync(file, 'utf8')));
    expect(scripted.map((file) => path.relative(outDir, file)).sort()).toEqual(['en/search/index.html', 'pl/search/index.html', 'uk/search/index.html']);
  });

  it('lists untranslated announcements in each index, marked in the page language and linking with hreflang', () => {
    const uk = page('uk');
    const older = selectAll('.card a', uk).find((a) => a.properties.href === '/pl/older/');
    expect(older?.properties).toMatchObject({ hrefLang: 'pl', lang: 'pl' });
    expect(selectAll('.card > .badge', uk).map((badge) => toString(badge))).toEqual(['Тільки англійською', 'Тільки польською і англійською']);
  });

  it('shows upcoming events first and marks past ones, relative to the build date', () => {
    const en = page('en');
    expect(selectAll('h2', en).map((h) => toString(h))).toEqual(['Upcoming events', 'All announcements']);
    const upcoming = selectAll('#upcoming ~ .card-list .card h3 a', en).map((a) => toString(a));
    expect(upcoming).toEqual(['Autumn fair']);
    expect(toString(select('.when.past', en) ?? parseHtml(''))).toContain('This event has taken place');
  });

  it('gives an event an .ics file, schema.org JSON-LD and a map link', () => {
    const ics = readFileSync(path.join(outDir, 'en/park-meeting/event.ics'), 'utf8');
    expect(ics).toContain('DTSTART:20240619T150000Z\r\nDTEND:20240619T170000Z');
    expect(ics).toContain('SUMMARY;LANGUAGE=en:Park meeting');
    expect(ics).toContain('UID:meeting@example.test');
    const ld = JSON.parse(toString(select('script[type="application/ld+json"]', page('en/park-meeting')) ?? parseHtml(''))) as Record<string, unknown>;
    expect(ld).toMatchObject({ '@type': 'Event', startDate: '2024-06-19T17:00:00+02:00', inLanguage: 'en', location: { '@type': 'Place', address: { postalCode: '30-701' } } });
    expect(selectAll('.event-actions a', page('en/park-meeting')).map((a) => a.properties.href)).toEqual([
      'https://www.openstreetmap.org/search?query=ul.%20Zab%C5%82ocie%2020%2C%2030-701%20Krak%C3%B3w',
    ]);
    expect(selectAll('.event-actions a', page('en/autumn-fair')).map((a) => a.properties.href)[0]).toBe('/en/autumn-fair/event.ics');
  });

  it('publishes an RSS feed per language, linked from its pages', () => {
    const feed = readFileSync(path.join(outDir, 'uk/rss.xml'), 'utf8');
    expect(feed).toContain('<language>uk</language>');
    expect(feed).toContain('<title>Зустріч щодо парку</title>');
    expect(feed).not.toContain('Older notice');
    expect(attr(page('uk/зустріч-парк'), 'link[type="application/rss+xml"]', 'href')).toBe('/uk/rss.xml');
  });

  it('has no dead internal links', () => {
    const dead: string[] = [];
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(path.join(dir, name)).isDirectory() ? walk(path.join(dir, name)) : [path.join(dir, name)]));
    for (const file of walk(outDir).filter((f) => f.endsWith('.html'))) {
      const root = parseHtml(readFileSync(file, 'utf8'));
      for (const element of selectAll('a[href], link[href]', root)) {
        const href = String(element.properties.href);
        if (/^(https?:|mailto:|tel:|#)/.test(href) && !href.startsWith('https://example.test/')) continue;
        // The search page's own assets are written by Pagefind after the build.
        if (href.startsWith('/pagefind/')) continue;
        const pathname = decodeURIComponent(new URL(href, 'https://example.test/').pathname);
        const target = path.join(outDir, pathname, pathname.endsWith('/') ? 'index.html' : '');
        if (!existsSync(target)) dead.push(`${path.relative(outDir, file)} → ${href}`);
      }
    }
    expect(dead).toEqual([]);
  });

  it('keeps announcement pages within 20 KB of HTML and CSS, with no external CSS or JavaScript', () => {
    for (const route of ['pl/spotkanie-park', 'en/park-meeting', 'uk/зустріч-парк', 'en/older']) {
      const html = readFileSync(path.join(outDir, route, 'index.html'), 'utf8');
      expect(Buffer.byteLength(html), route).toBeLessThanOrEqual(20 * 1024);
      expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    }
  });

  it('writes a sitemap with i18n alternates', () => {
    const xml = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    const entry = /<url><loc>https:\/\/example\.test\/en\/park-meeting\/<\/loc>(.*?)<\/url>/.exec(xml)?.[1] ?? '';
    expect(entry).toContain('hreflang="pl" href="https://example.test/pl/spotkanie-park/"');
    expect(entry).toContain('hreflang="uk" href="https://example.test/uk/%D0%B7%D1%83%D1%81%D1%82%D1%80%D1%96%D1%87-%D0%BF%D0%B0%D1%80%D0%BA/"');
    expect(entry).toContain('hreflang="x-default" href="https://example.test/pl/spotkanie-park/"');
    expect(xml).not.toContain('404');
    expect(existsSync(path.join(outDir, 'sitemap-index.xml'))).toBe(true);
  });
});

describe('astro build on invalid content', () => {
  const contentDir = 'test/fixtures/bad-site';
  const outDir = path.join(tmp, 'dist-bad');
  let result: BuildResult;
  let before: string;

  beforeAll(() => {
    before = digestTree(path.join(projectRoot, contentDir));
    result = buildSite(contentDir, outDir);
  });

  it('stops with a non-zero exit code, without a stack trace, and modifies nothing', () => {
    expect(result.status).toBe(1);
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(result.output).toContain('Content has 10 problems');
    expect(digestTree(path.join(projectRoot, contentDir))).toBe(before);
  });

  it.each([
    ['invalid YAML', 'test/fixtures/bad-site/pl/invalid-yaml.md:2:8  the frontmatter is not valid YAML'],
    ['missing title', 'test/fixtures/bad-site/pl/missing-title.md:2:1  field "title": missing, expected a title as text'],
    ['empty title', 'test/fixtures/bad-site/pl/empty-title.md:2:8  field "title": found an empty text, expected a title'],
    ['impossible date', 'test/fixtures/bad-site/pl/impossible-date.md:3:7  field "date": found "2024-02-30" (30 February 2024 does not exist), expected a real calendar date written as YYYY-MM-DD'],
    ['wrong type', 'test/fixtures/bad-site/pl/wrong-type.md:4:7  field "tags": found 5, expected a list of tags'],
    ['unknown key', 'test/fixtures/bad-site/pl/unknown-key.md:2:1  field "titel": unknown field; did you mean "title"?'],
    ['folder that is not a language', 'test/fixtures/bad-site/ua:1:1  folder "ua" is not a configured language; use one of pl, en, uk (Ukrainian is "uk" in BCP 47)'],
    ['duplicate slug', 'test/fixtures/bad-site/pl/duplicate-b.md:4:7  field "slug": the URL /pl/wspolny-adres/ is already used by test/fixtures/bad-site/pl/duplicate-a.md'],
    ['empty file', 'test/fixtures/bad-site/pl/empty.md:1:1  the file is empty'],
  ])('names file, line and field for %s', (_name, expected) => {
    expect(result.output).toContain(expected);
  });
});

describe('astro build on an untouched scaffold', () => {
  const contentDir = 'test/.tmp/scaffold-content';
  const outDir = path.join(tmp, 'dist-scaffold');
  let result: BuildResult;

  beforeAll(() => {
    rmSync(path.join(projectRoot, contentDir), { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    newAnnouncement({ id: 'hall-opening', event: true, contentDir, languages: ['pl', 'en', 'uk'], root: projectRoot, date: '2026-03-14' });
    result = buildSite(contentDir, outDir);
  });

  it('refuses to publish it, naming file and line, without a stack trace', () => {
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/test\/\.tmp\/scaffold-content\/uk\/hall-opening\.md:12:1 {2}error {2}this file is still the scaffold from "npm run new".* {2}untouched-scaffold/);
    expect(result.output).toContain('test/.tmp/scaffold-content/pl/hall-opening.md:2:9  error  placeholder text from "npm run new" ("TODO: tytuł ogłoszenia")');
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });
});

describe('astro build on contradicting translations', () => {
  const outDir = path.join(tmp, 'dist-seed');
  let result: BuildResult;

  beforeAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    result = buildSite('test/fixtures/seed-as-published', outDir);
  });

  it('refuses to publish: exits 1 before writing any page, without a stack trace', () => {
    expect(result.status).toBe(1);
    expect(result.output).toContain('Nothing was built: 3 contradictions between translations and 3 broken or placeholder links. Fix the errors above (docs/fixing-findings.md says how for each rule)');
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });

  it('lists every finding as file:line:column  severity  message  rule', () => {
    expect(result.output).toContain(
      'test/fixtures/seed-as-published/uk/open-krakow.md:17:105  error  19 June 2024 is a Wednesday ("середа" in Ukrainian), but the Ukrainian text says "понеділок" (pl: "w środę")  weekday-calendar',
    );
    expect(result.output).toContain('test/fixtures/seed-as-published/uk/open-krakow.md:17:214  error  floor: the Ukrainian text says "2-й поверх"');
    expect(result.output).toContain('6 errors, 1 warning in 3 files (1 announcement).');
  });
});

describe('npm run build publishes atomically', () => {
  const outDir = path.join(tmp, 'dist-atomic');
  const staging = path.join(tmp, '.dist-atomic-staging');
  const script = path.join(projectRoot, 'scripts/build.ts');
  const env = (contentDir: string) => ({ ...process.env, CONTENT_DIR: contentDir, SITE_URL: 'https://example.test', BUILD_DATE: '2024-09-01T12:00:00Z', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' });
  const runBuild = (contentDir: string) => spawnSync(process.execPath, [script, '--outDir', outDir], { cwd: projectRoot, encoding: 'utf8', env: env(contentDir) });
  const allFiles = (dir: string): string[] =>
    existsSync(dir) ? readdirSync(dir).flatMap((name) => (statSync(path.join(dir, name)).isDirectory() ? allFiles(path.join(dir, name)) : [path.join(dir, name)])) : [];
  let first: ReturnType<typeof runBuild>;
  let published: string;

  beforeAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    first = runBuild('test/fixtures/site');
    published = existsSync(outDir) ? digestTree(outDir) : '';
  });

  it('publishes pages and the search index, with nothing of the build left over and no draft text anywhere', () => {
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(existsSync(path.join(outDir, 'pl/spotkanie-park/index.html'))).toBe(true);
    expect(existsSync(path.join(outDir, 'pagefind/pagefind-ui.js'))).toBe(true);
    expect(existsSync(path.join(outDir, '.prerender'))).toBe(false);
    expect(existsSync(staging)).toBe(false);
    const withDraft = allFiles(outDir).filter((file) => /Szkic|secret-draft/.test(readFileSync(file).toString('latin1') + readFileSync(file, 'utf8')));
    expect(withDraft).toEqual([]);
  });

  it('leaves the previous site byte for byte when the consistency check fails, with no staging folder holding draft text', () => {
    const failed = runBuild('test/fixtures/seed-as-published');
    expect(failed.status).toBe(1);
    expect(failed.stdout + failed.stderr).toContain('Nothing was built: 3 contradictions between translations and 3 broken or placeholder links.');
    expect(failed.stderr).toContain('Build failed: the published site in test/.tmp/dist-atomic is unchanged.');
    expect(digestTree(outDir)).toBe(published);
    expect(existsSync(staging)).toBe(false);
  });

  it('leaves the previous site intact when interrupted, and removes the half-built one', async () => {
    const child = spawn(process.execPath, [script, '--outDir', outDir], { cwd: projectRoot, env: env('test/fixtures/site'), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Interrupt once Astro has started writing the new site.
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (existsSync(staging) || /Building static entrypoints/.test(output)) {
          clearInterval(timer);
          resolve();
        }
      }, 20);
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    expect(code, output).toBe(130);
    expect(output).toContain('Build interrupted (SIGINT): the published site in test/.tmp/dist-atomic is unchanged.');
    expect(digestTree(outDir)).toBe(published);
    expect(existsSync(staging)).toBe(false);
  });

  it('cleans up a staging folder left by a killed run and completes a swap cut short', () => {
    const stale = path.join(staging, 'pl/index.html');
    mkdirSync(path.dirname(stale), { recursive: true });
    writeFileSync(stale, 'half-built');
    // As if killed between "dist -> .dist-old" and "staging -> dist".
    renameSync(outDir, path.join(tmp, '.dist-atomic-old'));
    const rerun = runBuild('test/fixtures/seed-as-published');
    expect(rerun.status).toBe(1);
    expect(digestTree(outDir)).toBe(published);
    expect(existsSync(staging)).toBe(false);
    expect(existsSync(path.join(tmp, '.dist-atomic-old'))).toBe(false);
  });
});

describe('a build run with NODE_ENV other than production', () => {
  it('keeps the Content-Security-Policy and shows no findings panel (those are for npm run dev only)', () => {
    const out = path.join(projectRoot, 'test/.tmp/dist-node-env');
    rmSync(out, { recursive: true, force: true });
    const result = buildSite('test/fixtures/hostile-site', out, { NODE_ENV: 'development' });
    expect(result.status).toBe(0);
    const page = readFileSync(path.join(out, 'en/library/index.html'), 'utf8');
    expect(page).toContain('http-equiv="Content-Security-Policy"');
    expect(page).not.toContain('dev-findings');
  });
});
