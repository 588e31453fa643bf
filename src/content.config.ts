import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { announcementSchema } from './announcements/schema.ts';
import { langCodes, type Lang } from './i18n/languages.ts';
import { siteConfig } from './site.config.ts';

/**
 * One collection per configured language, named `announcements_<lang>`,
 * loaded from `<contentDir>/<lang>/*.md`. The file name (without `.md`) is
 * the entry id and links an announcement's translations.
 */
/** The language's folder: relative to the project, or anywhere when CONTENT_DIR is an absolute path. */
function languageFolder(lang: Lang): string | URL {
  const folder = path.join(siteConfig.contentDir, lang);
  return path.isAbsolute(folder) ? pathToFileURL(`${folder}/`) : `./${folder}`;
}

function announcementCollection(lang: Lang) {
  return defineCollection({
    loader: glob({
      pattern: '*.md',
      base: languageFolder(lang),
      generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    }),
    schema: announcementSchema,
  });
}

export const collections = Object.fromEntries(
  langCodes.map((lang) => [`announcements_${lang}`, announcementCollection(lang)]),
) as Record<`announcements_${Lang}`, ReturnType<typeof announcementCollection>>;
