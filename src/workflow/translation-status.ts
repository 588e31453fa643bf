/**
 * Translation status, after Lunaria: for each announcement and language, up
 * to date, outdated (the source language's file changed after the
 * translation's last change) or missing.
 *
 * With git: a translation is up to date when the source's text now is what it
 * was at the translation's last commit (or at the commit a
 * `<!-- translation-reviewed: <commit> -->` line names). Without git, or when
 * either file has changes not yet committed, the frontmatter decides: the
 * source's `updated` (else `date`) against the translation's, or the date a
 * `<!-- translation-reviewed: <YYYY-MM-DD> -->` line gives.
 */
import { parseAnnouncementFile } from '../announcements/read-content.ts';
import { factDiff, type FactChange, type FactOptions } from './fact-diff.ts';
import { changedOn, peekFrontmatter } from './frontmatter-peek.ts';
import { blobId, type Commit, type Git } from './git.ts';
import { paragraphDiff, paragraphs, type ParagraphChange } from './paragraph-diff.ts';

export interface StatusFile {
  lang: string;
  id: string;
  /** Path for messages. */
  file: string;
  /** Absolute path (where git knows it). */
  path: string;
  /** The text to judge: the working file, or the staged one. */
  text: string;
}

export type Status = 'source' | 'up-to-date' | 'outdated' | 'missing' | 'no-source';

export interface TranslationState {
  id: string;
  lang: string;
  status: Status;
  file?: string;
  /** What decided: git history, or frontmatter dates. */
  basis?: 'git' | 'dates';
  /** The translation's last change the source is compared with. */
  since?: { commit?: string; date?: string };
  /** The source's last change. */
  sourceChanged?: { commit?: string; date?: string };
  /** What changed in the source since (git only). */
  paragraphs?: ParagraphChange[];
  facts?: FactChange[];
  fields?: string[];
  /** Line of the translation's review mark, if any. */
  reviewLine?: number;
}

export interface StatusOptions {
  /** Configured languages, the source first. */
  languages: readonly string[];
  files: readonly StatusFile[];
  /** The repository, when the files are in one. */
  git?: Git;
  /** The folder holding `<lang>/<id>.md`, absolute (for one `git log` over it). */
  contentDir: string;
  /** Say what changed in the source for outdated translations (reads old texts, extracts facts). */
  details?: boolean;
  facts?: FactOptions;
  /** Today, for a source with changes not yet committed (default: today in UTC). */
  today?: string;
}

const REVIEW = /<!--\s*translation-reviewed:\s*([^\s]+?)\s*-->/;

export interface ReviewMark {
  value: string;
  line: number;
}

/** `<!-- translation-reviewed: abc1234 -->` or `… 2024-06-20 …` in a translation's body. */
export function reviewMark(text: string): ReviewMark | undefined {
  const match = REVIEW.exec(text);
  if (!match) return undefined;
  return { value: match[1] ?? '', line: text.slice(0, match.index).split('\n').length };
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const isCommitId = (value: string) => /^[0-9a-f]{4,40}$/i.test(value);
const laterDate = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined ? a : a > b ? a : b);

export function translationStatus(options: StatusOptions): TranslationState[] {
  const [sourceLang = ''] = options.languages;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const byId = Map.groupBy(options.files, (file) => file.id);
  const { git } = options;
  const last = git ? git.lastCommits(options.contentDir) : new Map<string, Commit>();
  // Which files are as last committed: their text is what HEAD holds.
  const headBlobs = git && last.size > 0 ? git.blobsAt(options.files.map((file) => ({ rev: 'HEAD', file: file.path }))) : [];
  const committed = new Set(options.files.filter((file, i) => headBlobs[i] !== undefined && headBlobs[i] === blobId(file.text)));

  interface Pending {
    state: TranslationState;
    source: StatusFile;
    translation: StatusFile;
    baselines: Commit[];
    reviewDate?: string;
  }
  const states: TranslationState[] = [];
  const pending: Pending[] = [];
  for (const id of [...byId.keys()].sort()) {
    const group = byId.get(id) ?? [];
    const source = group.find((file) => file.lang === sourceLang);
    for (const lang of options.languages) {
      const translation = group.find((file) => file.lang === lang);
      if (!translation) {
        states.push({ id, lang, status: 'missing' });
        continue;
      }
      if (lang === sourceLang || !source) {
        states.push({ id, lang, file: translation.file, status: lang === sourceLang ? 'source' : 'no-source' });
        continue;
      }
      const state: TranslationState = { id, lang, file: translation.file, status: 'up-to-date' };
      states.push(state);
      const mark = reviewMark(translation.text);
      if (mark) state.reviewLine = mark.line;
      const lastOfTranslation = last.get(translation.path);
      const item: Pending = { state, source, translation, baselines: [] };
      if (mark && isDate(mark.value)) item.reviewDate = mark.value;
      if (git && lastOfTranslation && committed.has(translation)) {
        item.baselines.push(lastOfTranslation);
        // Only a commit id is asked about: the text is an editor's, never an option or a revision expression for git.
        const reviewed = mark && isCommitId(mark.value) ? git.resolveCommit(mark.value) : undefined;
        if (reviewed) item.baselines.push(reviewed);
        item.baselines.sort((a, b) => b.date.localeCompare(a.date));
      }
      pending.push(item);
    }
  }

  // The source at each baseline, one git process for all.
  const specs = pending.flatMap((item) => item.baselines.map((commit) => ({ rev: commit.hash, file: item.source.path })));
  const blobs = git ? git.blobsAt(specs) : [];
  let k = 0;
  for (const item of pending) {
    const { state, source, translation } = item;
    const sourceCommit = committed.has(source) ? last.get(source.path) : undefined;
    if (item.baselines.length > 0) {
      state.basis = 'git';
      const now = blobId(source.text);
      const atBaselines = item.baselines.map(() => blobs[k++]);
      const changedOnDay = sourceCommit?.date ?? today;
      const reviewedAfter = item.reviewDate !== undefined && changedOnDay <= item.reviewDate;
      const newest = item.baselines[0] as Commit;
      state.since = { commit: newest.hash.slice(0, 7), date: laterDate(newest.date, item.reviewDate) };
      state.sourceChanged = sourceCommit ? { commit: sourceCommit.hash.slice(0, 7), date: sourceCommit.date } : { date: today };
      if (atBaselines.includes(now) || reviewedAfter) continue;
      state.status = 'outdated';
      if (options.details && options.git) {
        const before = atBaselines[0] === undefined ? '' : (options.git.show(newest.hash, source.path) ?? '');
        Object.assign(state, describeSourceChange(before, source, options.facts));
      }
    } else {
      state.basis = 'dates';
      const sourceDate = changedOn(peekFrontmatter(source.text));
      const translationDate = laterDate(changedOn(peekFrontmatter(translation.text)), item.reviewDate);
      state.since = translationDate ? { date: translationDate } : {};
      state.sourceChanged = sourceDate ? { date: sourceDate } : {};
      if (sourceDate !== undefined && translationDate !== undefined && sourceDate > translationDate) state.status = 'outdated';
    }
  }
  return states;
}

/** Paragraphs, facts and frontmatter fields that differ between the source then and now. */
function describeSourceChange(before: string, source: StatusFile, facts: FactOptions | undefined): Pick<TranslationState, 'paragraphs' | 'facts' | 'fields'> {
  const old = peekFrontmatter(before);
  const now = peekFrontmatter(source.text);
  const result: Pick<TranslationState, 'paragraphs' | 'facts' | 'fields'> = {
    paragraphs: paragraphDiff(paragraphs(old.body, old.bodyLine), paragraphs(now.body, now.bodyLine)),
  };
  const factChanges = before ? factDiff(before, source.text, source.lang, source.file, facts) : undefined;
  if (factChanges) result.facts = factChanges;
  const dataOf = (text: string) => parseAnnouncementFile({ lang: source.lang, id: source.id, file: source.file, text }).announcement?.data;
  const [a, b] = [dataOf(before), dataOf(source.text)];
  if (a && b) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    result.fields = [...keys].filter((key) => JSON.stringify(a[key as keyof typeof a]) !== JSON.stringify(b[key as keyof typeof b]));
  }
  return result;
}
