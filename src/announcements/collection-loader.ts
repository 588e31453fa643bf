import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatProblem, type ContentProblem } from './problems.ts';
import { listLanguageFolder, parseAnnouncementFile, readContentText } from './read-content.ts';
import { ContentReadError } from './safe-read.ts';

/**
 * The content collection loader of one language folder: the build reads
 * announcements exactly as the check does (read-content.ts), not with
 * Astro's glob loader, which follows symbolic links, opens FIFOs (and waits
 * for ever), reads any size, and parses frontmatter with its own YAML
 * reading. Here a folder is listed without following links, only regular
 * files within the size limit are read, and each file is parsed by the one
 * function the check uses, so what passes the check builds and what the
 * check refuses is never built. The content guard reports these problems
 * first; this loader refuses them again so that nothing unchecked reaches a
 * page even if the folder changes in between.
 */
export interface AnnouncementLoaderOptions {
  /** The content folder (`<lang>/<id>.md`), relative to the project root or absolute. */
  contentDir: string;
  lang: string;
  /** Largest file read, in bytes (default: `maxAnnouncementBytes` in src/site.config.ts). */
  maxBytes?: number;
}

export function announcementLoader(options: AnnouncementLoaderOptions): Loader {
  return {
    name: 'announcements-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const folder = path.resolve(root, options.contentDir, options.lang);
      await syncFolder(context, root, folder, options);
      const { watcher } = context;
      if (!watcher) return;
      // `astro dev`: a change anywhere in the folder reads it again (unchanged files are not rendered again).
      watcher.add(folder);
      const resync = (changed: string) => {
        if (path.dirname(path.resolve(changed)) !== folder) return;
        syncFolder(context, root, folder, options).catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, resync);
    },
  };
}

/** What one read of the folder stored, and what it refused; exported for tests. */
export interface SyncReport {
  stored: string[];
  problems: ContentProblem[];
}

export async function syncFolder(context: LoaderContext, root: string, folder: string, options: AnnouncementLoaderOptions): Promise<SyncReport> {
  const { store, logger } = context;
  const relFolder = path.relative(root, folder).split(path.sep).join('/') || '.';
  const report: SyncReport = { stored: [], problems: [] };
  try {
    const listing = listLanguageFolder(folder, options.lang, relFolder, options.maxBytes);
    report.problems.push(...listing.problems);
    for (const file of listing.files) {
      const text = readContentText(file);
      const parsed = parseAnnouncementFile({ lang: file.lang, id: file.id, file: file.file, text });
      report.problems.push(...parsed.problems);
      if (!parsed.announcement) continue;
      const id = file.id;
      report.stored.push(id);
      const digest = context.generateDigest(text);
      if (store.get(id)?.digest === digest) continue;
      // A valid announcement's frontmatter is a mapping (read-content.ts refuses anything else).
      const data = await context.parseData({ id, data: parsed.raw as Record<string, unknown>, filePath: file.path });
      const body = bodyOf(text, parsed.announcement.bodyLine);
      // An empty frontmatter first, so that a body starting with "---" is never read as one.
      const rendered = await context.renderMarkdown(`---\n---\n${body}`, { fileURL: pathToFileURL(file.path) });
      store.set({ id, data, body, filePath: path.relative(root, file.path).split(path.sep).join('/'), digest, rendered, assetImports: rendered.metadata?.imagePaths });
    }
  } catch (error) {
    if (!(error instanceof ContentReadError)) throw error;
    report.problems.push({ file: error.file, line: 1, column: 1, message: error.message });
  }
  const kept = new Set(report.stored);
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
  if (report.problems.length > 0) {
    logger.error(['Announcements refused (the content guard lists them with every other problem):', ...report.problems.map((p) => `  ${formatProblem(p)}`)].join('\n'));
    // A build stops without a stack trace, as the content guard does; `astro dev` keeps serving the rest.
    if (!context.watcher) process.exit(1);
  }
  return report;
}

/** The Markdown body as Astro's own loader gives it: what follows the closing "---" line, trimmed. */
export function bodyOf(text: string, bodyLine: number): string {
  let offset = 0;
  for (let line = 1; line < bodyLine && offset !== -1; line++) {
    const end = text.indexOf('\n', offset);
    offset = end === -1 ? text.length : end + 1;
  }
  return text.slice(offset).trim();
}
