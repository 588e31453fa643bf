/**
 * What the build checks besides the translations, in one pass over the
 * files: untouched scaffolds (errors) and the drafts it leaves out (one line).
 * Called by the consistency integration (src/integrations/consistency.ts).
 */
import { readFileSync } from 'node:fs';
import { listContentFiles } from '../announcements/read-content.ts';
import type { Finding } from '../consistency/types.ts';
import { draftFiles, draftSummary } from './drafts.ts';
import { scaffoldFindings } from './scaffold-check.ts';

export interface Preflight {
  /** Untouched scaffolds: the build must stop. */
  errors: Finding[];
  /** "N drafts left out …", when there are drafts. */
  drafts?: string;
}

export function buildPreflight(options: { contentDir: string; languages: readonly string[]; root?: string }): Preflight {
  const files = listContentFiles(options).files.map((file) => ({ ...file, text: readFileSync(file.path, 'utf8') }));
  const drafts = draftSummary(draftFiles(files));
  const errors = files.flatMap(scaffoldFindings);
  return drafts === undefined ? { errors } : { errors, drafts };
}
