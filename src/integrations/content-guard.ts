import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../announcements/problems.ts';
import { readContentTree } from '../announcements/read-content.ts';

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
        const tree = readContentTree({ ...options, root: fileURLToPath(config.root) });
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
