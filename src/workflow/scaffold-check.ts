/**
 * An untouched scaffold must not publish: the marker line that `npm run new`
 * writes, and each placeholder text still in the file, is an error with its
 * line. Drafts are left alone (they are never built), so a scaffold can be
 * committed unfinished as `draft: true`.
 */
import { readFileSync } from 'node:fs';
import { listContentFiles } from '../announcements/read-content.ts';
import type { Finding } from '../consistency/types.ts';
import { peekFrontmatter } from './frontmatter-peek.ts';
import { ALL_PLACEHOLDERS, SCAFFOLD_MARKER_PATTERN } from './scaffold.ts';

export const SCAFFOLD_RULE = 'untouched-scaffold';

export interface TextFile {
  lang: string;
  id: string;
  /** Path for messages. */
  file: string;
  text: string;
}

/** Cheap for every file: most hold neither the marker nor "TODO:". */
export function scaffoldFindings(file: TextFile): Finding[] {
  if (!file.text.includes('TODO:') && !SCAFFOLD_MARKER_PATTERN.test(file.text)) return [];
  if (peekFrontmatter(file.text).draft) return [];
  const findings: Finding[] = [];
  const at = (line: number, column: number, message: string): Finding => ({ rule: SCAFFOLD_RULE, fact: 'frontmatter', severity: 'error', slug: file.id, lang: file.lang, file: file.file, line, column, message });
  file.text.split('\n').forEach((text, i) => {
    const marker = SCAFFOLD_MARKER_PATTERN.exec(text);
    if (marker) {
      findings.push(at(i + 1, marker.index + 1, 'this file is still the scaffold from "npm run new": write the announcement, check its date (and event), then delete this line; or add "draft: true" to keep it unpublished'));
      return;
    }
    for (const placeholder of ALL_PLACEHOLDERS) {
      const column = text.indexOf(placeholder);
      if (column !== -1) findings.push(at(i + 1, column + 1, `placeholder text from "npm run new" ("${placeholder.slice(0, 40)}${placeholder.length > 40 ? '…' : ''}"): replace it with the announcement's own text`));
    }
  });
  return findings;
}

/** Every non-draft file of the content folder that still holds scaffold text, for the build. */
export function checkScaffolds(options: { contentDir: string; languages: readonly string[]; root?: string }): Finding[] {
  const listing = listContentFiles(options);
  return listing.files.flatMap((file) => scaffoldFindings({ ...file, text: readFileSync(file.path, 'utf8') }));
}
