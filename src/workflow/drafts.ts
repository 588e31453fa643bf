/**
 * Drafts (`draft: true`) are checked but never built. One line says how many
 * the build or check left out, and which, so a copied `draft: true` is never
 * a silent surprise.
 */
import { peekFrontmatter } from './frontmatter-peek.ts';

export function draftFiles(files: ReadonlyArray<{ file: string; text: string }>): string[] {
  return files.filter((file) => peekFrontmatter(file.text).draft).map((file) => file.file);
}

/** "2 drafts left out (draft: true, not published): a.md, b.md", or undefined without drafts. */
export function draftSummary(files: readonly string[], limit = 10): string | undefined {
  if (files.length === 0) return undefined;
  const shown = files.slice(0, limit).join(', ');
  const more = files.length > limit ? ` and ${files.length - limit} more` : '';
  const count = files.length === 1 ? '1 draft' : `${files.length} drafts`;
  return `${count} left out (draft: true, not published; delete the line to publish): ${shown}${more}`;
}
