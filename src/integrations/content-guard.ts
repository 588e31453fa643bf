import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem, formatProblems } from '../announcements/problems.ts';
import { readContentTree, type ValidAnnouncement } from '../announcements/read-content.ts';
import { ContentReadError } from '../announcements/safe-read.ts';
import { unsafeHtmlProblems } from '../security/unsafe-html.ts';

export interface ContentGuardOptions {
  contentDir: string;
  languages: readonly string[];
}

/**
 * Validates every announcement file before Astro loads its collections, so an
 * editor's mistake is reported as plain `file:line:column` lines (all of
 * them at once) instead of Astro's first-error stack trace.
 */
export function contentGuard(options: ContentGuardOptions): AstroIntegration {
  return {
    name: 'announcements:content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        let tree;
        try {
          tree = readContentTree({ ...options, root: fileURLToPath(config.root) });
        } catch (error) {
          if (!(error instanceof ContentReadError)) throw error;
          // As the CLI: exit 2 when the content cannot be read at all.
          logger.error(`The content could not be read, so nothing was built: ${error.message}`);
          process.exit(2);
        }
        const unsafe = unsafeHtmlReport(tree.announcements);
        if (unsafe) logger.warn(unsafe);
        if (tree.problems.length === 0) return;
        const report = formatProblems(tree.problems);
        if (command === 'dev' || command === 'preview') {
          logger.warn(report);
          return;
        }
        logger.error(report);
        // Exiting here (rather than throwing) keeps a content mistake from
        // being dressed up as a crash with a stack trace.
        process.exit(1);
      },
    },
  };
}

/**
 * Raw HTML the sanitiser leaves out of the pages, one warning per tag,
 * attribute or address, so an editor learns what readers will not see. A
 * warning, not an error: the page is safe as published, and a notice must not
 * be held back because a pasted table carried a style attribute. Drafts are
 * not built, so not reported.
 */
export function unsafeHtmlReport(announcements: readonly ValidAnnouncement[]): string | undefined {
  const found = announcements.filter((a) => !a.data.draft).flatMap((a) => unsafeHtmlProblems(a.file, a.text, a.bodyLine));
  if (found.length === 0) return undefined;
  const count = found.length === 1 ? '1 piece' : `${found.length} pieces`;
  return [`Unsafe or unsupported HTML: ${count} left out of the published pages (the pages are built without them):`, ...found.map((p) => `  ${formatProblem(p)}`)].join('\n');
}
