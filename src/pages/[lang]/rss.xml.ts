import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { langCodes, ui, type Lang } from '../../i18n/index.ts';
import { getPublished, slugOf } from '../../lib/announcements.ts';
import { announcementPath } from '../../lib/routes.ts';
import { siteConfig } from '../../site.config.ts';

export const getStaticPaths = (() => langCodes.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/** One feed per language, newest first, tagged with its language. */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const t = ui(lang);
  const entries = await getPublished(lang);
  return rss({
    title: t.siteName,
    description: t.siteTagline,
    site: site ?? siteConfig.url,
    customData: `<language>${lang}</language>`,
    items: entries.map((entry) => ({
      title: entry.data.title,
      link: announcementPath(lang, slugOf(entry)),
      pubDate: new Date(`${entry.data.date}T00:00:00Z`),
      ...(entry.data.summary ? { description: entry.data.summary } : {}),
      ...(entry.data.tags ? { categories: entry.data.tags } : {}),
    })),
  });
};
