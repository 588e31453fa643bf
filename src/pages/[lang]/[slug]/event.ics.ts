import type { APIRoute, GetStaticPaths } from 'astro';
import { langCodes, type Lang } from '../../../i18n/languages.ts';
import { getPublished, slugOf, type AnnouncementEntry } from '../../../lib/announcements.ts';
import { icsCalendar, postalAddress } from '../../../lib/events.ts';
import { announcementPath } from '../../../lib/routes.ts';
import { siteConfig } from '../../../site.config.ts';

/** An "Add to calendar" file for every announcement with an event, in its language. */
export const getStaticPaths = (async () => {
  const perLanguage = await Promise.all(
    langCodes.map(async (lang) =>
      (await getPublished(lang)).filter((entry) => entry.data.event).map((entry) => ({ params: { lang, slug: slugOf(entry) }, props: { lang, entry } })),
    ),
  );
  return perLanguage.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { lang, entry } = props as { lang: Lang; entry: AnnouncementEntry };
  const event = entry.data.event;
  if (!event) return new Response(null, { status: 404 });
  const origin = site ?? new URL(siteConfig.url);
  const venue = event.venue;
  const body = icsCalendar({
    // One UID for all language versions: importing two of them updates one calendar entry.
    uid: `${entry.id}@${origin.host}`,
    summary: entry.data.title,
    description: entry.data.summary,
    location: venue ? [venue.name, postalAddress(venue)].filter(Boolean).join(', ') : undefined,
    url: new URL(announcementPath(lang, slugOf(entry)), origin).href,
    event,
    timeZone: siteConfig.timeZone,
    stamp: new Date(`${entry.data.updated ?? entry.data.date}T00:00:00Z`),
    lang,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
