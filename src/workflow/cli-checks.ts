/**
 * The checks the CLI runs beside the engine's (scripts/lib/consistency-cli.ts):
 * untouched scaffolds (errors), outdated translations (warnings) and the
 * drafts left out. Each file is read once more, and parsed only when it holds
 * scaffold text or its translation is outdated.
 */
import { readFileSync } from 'node:fs';
import type { ContentFile } from '../announcements/read-content.ts';
import type { Finding } from '../consistency/types.ts';
import { draftFiles, draftSummary } from './drafts.ts';
import type { Git } from './git.ts';
import { scaffoldFindings } from './scaffold-check.ts';
import { outdatedFindings } from './status-report.ts';
import { statusOfFiles } from './status-run.ts';
import type { TranslationState } from './translation-status.ts';

export interface WorkflowChecks {
  findings: Finding[];
  /** One line naming the drafts left out, when there are any. */
  drafts?: string;
  /** Something to say on stderr (a shallow git history). */
  notes: string[];
  /** Each translation's status, for telling an outdated translation from a wrong source. */
  states: TranslationState[];
}

export interface WorkflowOptions {
  /** The content folder, relative to the working directory, as the editor gave it. */
  contentDir: string;
  languages: readonly string[];
  /** The repository, when the files read are a copy of its index (--staged). */
  git?: Git;
  /** The real path of a listed file, when the files read are a copy (--staged). */
  realPath?: (abs: string) => string;
}

export function workflowChecks(files: readonly ContentFile[], options: WorkflowOptions): WorkflowChecks {
  const texts = files.map((file) => ({ ...file, text: readFileSync(file.path, 'utf8'), path: options.realPath ? options.realPath(file.path) : file.path }));
  const status = statusOfFiles(texts, { contentDir: options.contentDir, languages: options.languages, ...(options.git ? { git: options.git } : {}) });
  const findings = [...texts.flatMap(scaffoldFindings), ...outdatedFindings(status.states, options.languages[0] ?? '')];
  // Not being in git is normal for a folder checked on its own; a shallow history is a CI mistake.
  const notes = status.notes.filter((note) => note.includes('shallow'));
  const drafts = draftSummary(draftFiles(texts));
  return drafts === undefined ? { findings, notes, states: status.states } : { findings, drafts, notes, states: status.states };
}
