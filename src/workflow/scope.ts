/**
 * Which announcements a run reports on: the staged files (`--staged`) or the
 * files given on the command line, each with its translations. The whole
 * folder is still checked, so links to other announcements and duplicate
 * URLs are judged as in a full run; only the findings are narrowed.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CheckResult } from '../consistency/engine.ts';
import { Git } from './git.ts';

export interface Scope {
  /** Announcement ids (file names) to report on. */
  ids: Set<string>;
  /** Files named, relative to the working directory with `/`. */
  files: Set<string>;
}

export type ScopeResult<T> = { ok: true; value: T } | { ok: false; message: string };

const posix = (p: string) => p.split(path.sep).join('/');

/** `<contentDir>/<lang>/<id>.md` of a configured language, as an id; undefined otherwise. */
function announcementId(abs: string, contentAbs: string, languages: readonly string[]): string | undefined {
  const parts = path.relative(contentAbs, abs).split(path.sep);
  if (parts.length !== 2 || !languages.includes(parts[0] ?? '') || !(parts[1] ?? '').endsWith('.md')) return undefined;
  return (parts[1] ?? '').slice(0, -'.md'.length);
}

/** The files given on the command line, each checked to be an announcement. */
export function scopeOfFiles(args: readonly string[], options: { contentDir: string; languages: readonly string[]; cwd?: string }): ScopeResult<Scope> {
  const cwd = options.cwd ?? process.cwd();
  const contentAbs = path.resolve(cwd, options.contentDir);
  const scope: Scope = { ids: new Set(), files: new Set() };
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    if (!existsSync(abs) || !statSync(abs).isFile()) return { ok: false, message: `"${arg}" is not a file` };
    const id = announcementId(abs, contentAbs, options.languages);
    if (id === undefined) return { ok: false, message: `"${arg}" is not an announcement: give files named ${options.contentDir}/<lang>/<id>.md, with <lang> one of ${options.languages.join(', ')}` };
    scope.ids.add(id);
    scope.files.add(posix(path.relative(cwd, abs)));
  }
  return { ok: true, value: scope };
}

export interface StagedTree {
  scope: Scope;
  /** Where to run the check: the working directory's place in the copy of the index. */
  root: string;
  /** The content folder to give the check, relative to `root` when it was relative. */
  contentDir: string;
  git: Git;
  /** The real path of a file in the copy. */
  realPath(abs: string): string;
  /** Paths of the copy in findings and messages, back to the real ones. */
  unmap(result: CheckResult): CheckResult;
  cleanup(): void;
}

/**
 * The staged versions of the content folder (the index: what the next commit
 * holds, staged or committed), written to a temporary folder, and the
 * announcements whose files are staged.
 */
export function stagedTree(options: { contentDir: string; languages: readonly string[]; cwd?: string }): ScopeResult<StagedTree> {
  const cwd = options.cwd ?? process.cwd();
  const git = Git.at(cwd);
  if (!git) return { ok: false, message: '--staged needs a git repository, and this folder is in none' };
  const contentAbs = path.resolve(cwd, options.contentDir);
  if (path.relative(git.top, contentAbs).startsWith('..')) return { ok: false, message: `the content folder "${options.contentDir}" is outside the repository ${git.top}` };

  const scope: Scope = { ids: new Set(), files: new Set() };
  for (const abs of git.stagedFiles(contentAbs)) {
    const id = announcementId(abs, contentAbs, options.languages);
    if (id === undefined) continue;
    scope.ids.add(id);
    scope.files.add(posix(path.relative(cwd, abs)));
  }
  const top = mkdtempSync(path.join(tmpdir(), 'staged-'));
  const toCopy = (abs: string) => path.join(top, path.relative(git.top, abs));
  const indexed = git.indexFiles(contentAbs).map((abs) => git.rel(abs));
  if (indexed.length > 0) git.run(['checkout-index', '-z', '--stdin', `--prefix=${top}/`], indexed.join('\0'));
  mkdirSync(toCopy(contentAbs), { recursive: true });
  const realPath = (abs: string) => path.join(git.top, path.relative(top, abs));
  const swap = (text: string) => text.split(top).join(git.top);
  return {
    ok: true,
    value: {
      scope,
      root: toCopy(cwd),
      contentDir: path.isAbsolute(options.contentDir) ? toCopy(contentAbs) : options.contentDir,
      git,
      realPath,
      unmap: (result) => ({
        ...result,
        findings: result.findings.map((f) => ({ ...f, file: swap(f.file), message: swap(f.message), ...(f.others ? { others: f.others.map((o) => ({ ...o, file: swap(o.file) })) } : {}) })),
      }),
      cleanup: () => rmSync(top, { recursive: true, force: true }),
    },
  };
}

/** The findings about the announcements in scope, and their count. */
export function narrowed(result: CheckResult, scope: Scope, files: number): CheckResult {
  const findings = result.findings.filter((f) => scope.ids.has(f.slug) || scope.files.has(f.file));
  return {
    findings,
    summary: {
      ...result.summary,
      announcements: scope.ids.size,
      files,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
    },
  };
}
