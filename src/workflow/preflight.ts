/**
 * What the build checks besides the translations, in one pass over the
 * files: untouched scaffolds (errors) and the drafts it leaves out (one line).
 * Called by the consistency integration (src/integrations/consistency.ts).
 */
import { readFileSync } from 'node:fs';
import { listContentFiles } from '../announcements/read-content.ts';
import type { Finding } from '../consistency/types.ts';
import type { CheckResult } from '../consistency/engine.ts';
import { draftFiles, draftSummary } from './drafts.ts';
import { withFindings } from './merge.ts';
import { blameOutdatedTranslations } from './outdated-blame.ts';
import { outdatedFindings } from './status-report.ts';
import { statusOfFiles } from './status-run.ts';
import type { TranslationState } from './translation-status.ts';
import { scaffoldFindings } from './scaffold-check.ts';

export interface Preflight {
  /** Untouched scaffolds: the build must stop. */
  errors: Finding[];
  /** "N drafts left out …", when there are drafts. */
  drafts?: string;
  /** Each translation's status (git history, else `updated`), for the build's warnings and its blame. */
  states: TranslationState[];
}

export function buildPreflight(options: { contentDir: string; languages: readonly string[]; root?: string }): Preflight {
  const files = listContentFiles(options).files.map((file) => ({ ...file, text: readFileSync(file.path, 'utf8') }));
  const drafts = draftSummary(draftFiles(files));
  const errors = files.flatMap(scaffoldFindings);
  const { states } = statusOfFiles(files, { contentDir: options.contentDir, languages: options.languages, ...(options.root ? { root: options.root } : {}) });
  return drafts === undefined ? { errors, states } : { errors, drafts, states };
}

/**
 * The check's result as the build reports it: a source language that changed
 * after its translations is not blamed for contradicting them (the
 * translations are told they may be out of date), and each outdated
 * translation is a `translation-outdated` warning, as `npm run consistency`
 * reports them.
 */
export function withTranslationStatus(result: CheckResult, preflight: Preflight, sourceLang: string): CheckResult {
  return withFindings(blameOutdatedTranslations(result, preflight.states, sourceLang), outdatedFindings(preflight.states, sourceLang));
}
