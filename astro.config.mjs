// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readContentTree } from './src/announcements/read-content.ts';
import { langCodes, defaultLang } from './src/i18n/languages.ts';
import { noBreakPlugin } from './src/lib/no-break.ts';
import { sanitizeHtml } from './src/security/sanitize-plugin.ts';
import { consistencyCheck } from './src/integrations/consistency.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { alternatesByPath, buildTranslationMap, SITE_PAGES } from './src/lib/routes.ts';
import { siteConfig } from './src/site.config.ts';

/** Alternates for the sitemap, from the same content the pages are built from. */
function sitemapAlternates() {
  const tree = readContentTree({ contentDir: siteConfig.contentDir, languages: langCodes });
  const published = tree.announcements
    .filter((a) => !a.data.draft)
    .map((a) => ({ lang: /** @type {import('./src/i18n/languages.ts').Lang} */ (a.lang), id: a.id, slug: a.data.slug ?? a.id }));
  return alternatesByPath(buildTranslationMap(published), defaultLang);
}

/** @type {ReturnType<typeof sitemapAlternates> | undefined} */
let alternates;

export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    // Raw HTML in announcements is parsed into elements (as rehype-raw would),
    // then the sanitiser keeps only the allow-list in src/security/allow-list.ts;
    // after it, phone numbers, postal codes and times are kept on one line,
    // and phone numbers become tel: links.
    processor: satteri({ features: { rawHtml: true }, hastPlugins: [sanitizeHtml, noBreakPlugin(siteConfig.consistency.defaultCountry)] }),
    // Notices need no coloured code, and Shiki's inline styles would be sanitised away.
    syntaxHighlight: false,
  },
  integrations: [
    contentGuard({ contentDir: siteConfig.contentDir, languages: langCodes }),
    // CONSISTENCY_CHECK=off builds without the check (used by scripts/benchmark.ts to measure its cost).
    ...(process.env.CONSISTENCY_CHECK === 'off' ? [] : [consistencyCheck({
      contentDir: siteConfig.contentDir,
      languages: langCodes,
      floorConventions: siteConfig.consistency.floorConventions,
      defaultCountry: siteConfig.consistency.defaultCountry,
      omissions: siteConfig.consistency.omissions,
      siteUrl: siteConfig.url,
      sitePages: SITE_PAGES,
    })]),
    sitemap({
      filter: (page) => !page.endsWith('/404/'),
      serialize(item) {
        alternates ??= sitemapAlternates();
        const found = alternates.get(decodeURI(new URL(item.url).pathname));
        if (!found) return item;
        const links = Object.entries(found.paths).map(([lang, path]) => ({ lang, url: new URL(path, siteConfig.url).href }));
        links.push({ lang: 'x-default', url: new URL(found.xDefault, siteConfig.url).href });
        return { ...item, links };
      },
    }),
  ],
});
