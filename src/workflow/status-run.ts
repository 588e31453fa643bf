/**
 * Translation status of a content folder as it is on disk: lists and reads
 * the files, finds the repository, and warns when its history is shallow.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listContentFiles } from '../announcements/read-content.ts';
import { siteConfig } from '../site.config.ts';
import { Git } from './git.ts';
import { translationStatus, type StatusFile, type TranslationState } from './translation-status.ts';

export interface FolderStatus {
  states: TranslationState[];
  /** Something the reader should know (no git, shallow history). */
  notes: string[];
}

export function readStatusFiles(options: { contentDir: string; languages: readonly string[]; root?: string }): StatusFile[] {
  return listContentFiles(options).files.map((file) => ({ lang: file.lang, id: file.id, file: file.file, path: file.path, text: readFileSync(file.path, 'utf8') }));
}

export function statusOfFiles(files: readonly StatusFile[], options: { contentDir: string; languages: readonly string[]; root?: string; details?: boolean; git?: Git | null }): FolderStatus {
  const contentDir = path.resolve(options.root ?? process.cwd(), options.contentDir);
  const git = options.git === null ? undefined : (options.git ?? Git.at(contentDir));
  const notes: string[] = [];
  if (!git) notes.push(`${options.contentDir} is not in a git repository: translations are compared by their "updated"/"date" fields.`);
  else if (git.isShallow()) notes.push('the git history is shallow (a CI checkout with fetch-depth: 1?): translation status may call outdated translations up to date; fetch the whole history.');
  const states = translationStatus({
    languages: options.languages,
    files,
    ...(git ? { git } : {}),
    contentDir,
    details: options.details ?? true,
    facts: { defaultCountry: siteConfig.consistency.defaultCountry },
  });
  return { states, notes };
}
