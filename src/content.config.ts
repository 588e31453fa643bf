import { defineCollection } from 'astro:content';
import { announcementLoader } from './announcements/collection-loader.ts';
import { announcementSchema } from './announcements/schema.ts';
import { langCodes, type Lang } from './i18n/languages.ts';
import { siteConfig } from './site.config.ts';

/**
 * One collection per configured language, named `announcements_<lang>`,
 * loaded from `<contentDir>/<lang>/*.md` (relative to the project, or
 * anywhere when CONTENT_DIR is an absolute path). The file name (without
 * `.md`) is the entry id and links an announcement's translations. The
 * loader reads files as the consistency check does: regular files only,
 * within the size limit, with the same frontmatter reading
 * (src/announcements/collection-loader.ts).
 */
function announcementCollection(lang: Lang) {
  return defineCollection({
    loader: announcementLoader({ contentDir: siteConfig.contentDir, lang, maxBytes: siteConfig.maxAnnouncementBytes }),
    schema: announcementSchema,
  });
}

export const collections = Object.fromEntries(
  langCodes.map((lang) => [`announcements_${lang}`, announcementCollection(lang)]),
) as Record<`announcements_${Lang}`, ReturnType<typeof announcementCollection>>;
