/**
 * The few git questions the workflow asks, each answered by one git process
 * for all files (a folder may hold thousands). Paths in and out are absolute.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';

export interface Commit {
  hash: string;
  /** Committer date, YYYY-MM-DD as the committer's clock gave it. */
  date: string;
}

export class GitError extends Error {
  override name = 'GitError';
}

/** The blob id git gives these bytes, without asking git. */
export function blobId(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export class Git {
  readonly top: string;

  private constructor(top: string) {
    this.top = top;
  }

  /** The repository `dir` is in, or undefined when it is in none (or git is not installed). */
  static at(dir: string): Git | undefined {
    const result = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
    if (result.status !== 0 || !result.stdout.trim()) return undefined;
    return new Git(path.resolve(result.stdout.trim()));
  }

  run(args: readonly string[], input?: string): string {
    const result = spawnSync('git', ['-c', 'core.quotepath=off', ...args], { cwd: this.top, encoding: 'utf8', input, maxBuffer: 1 << 30 });
    if (result.status !== 0) throw new GitError(`git ${args[0]} failed: ${(result.stderr || String(result.error ?? '')).trim()}`);
    return result.stdout;
  }

  /** Path relative to the top of the repository, with `/`. */
  rel(abs: string): string {
    return path.relative(this.top, abs).split(path.sep).join('/');
  }

  isShallow(): boolean {
    return this.run(['rev-parse', '--is-shallow-repository']).trim() === 'true';
  }

  hasCommits(): boolean {
    return spawnSync('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: this.top }).status === 0;
  }

  /** The last commit that touched each file under `dir`, by absolute path. */
  lastCommits(dir: string): Map<string, Commit> {
    const last = new Map<string, Commit>();
    if (!this.hasCommits()) return last;
    const out = this.run(['log', '--format=%x01%H %cI', '--name-only', '--', this.rel(dir) || '.']);
    let current: Commit | undefined;
    for (const line of out.split('\n')) {
      if (line.startsWith('\u0001')) {
        const [hash = '', date = ''] = line.slice(1).split(' ');
        current = { hash, date: date.slice(0, 10) };
      } else if (line && current) {
        const abs = path.join(this.top, line);
        if (!last.has(abs)) last.set(abs, current);
      }
    }
    return last;
  }

  /** Blob ids of `rev:path` (absolute paths), undefined where the file did not exist. */
  blobsAt(specs: ReadonlyArray<{ rev: string; file: string }>): Array<string | undefined> {
    if (specs.length === 0) return [];
    const out = this.run(['cat-file', '--batch-check=%(objectname) %(objecttype)'], specs.map(({ rev, file }) => `${rev}:${this.rel(file)}\n`).join(''));
    return out
      .split('\n')
      .slice(0, specs.length)
      .map((line) => (line.endsWith(' blob') ? line.split(' ')[0] : undefined));
  }

  /** A file's text at a revision ("" for the index), undefined when it did not exist there. */
  show(rev: string, file: string): string | undefined {
    const result = spawnSync('git', ['show', `${rev}:${this.rel(file)}`], { cwd: this.top, encoding: 'utf8', maxBuffer: 1 << 30 });
    return result.status === 0 ? result.stdout : undefined;
  }

  /** A full commit id for a short one, undefined when there is none. */
  resolveCommit(rev: string): Commit | undefined {
    const result = spawnSync('git', ['show', '-s', '--format=%H %cI', `${rev}^{commit}`], { cwd: this.top, encoding: 'utf8' });
    if (result.status !== 0) return undefined;
    const [hash = '', date = ''] = result.stdout.trim().split(' ');
    return { hash, date: date.slice(0, 10) };
  }

  /** Files whose staged version differs from the last commit (added, changed, renamed), absolute. */
  stagedFiles(dir: string): string[] {
    const out = this.run(['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z', '--', this.rel(dir) || '.']);
    return out.split('\0').filter(Boolean).map((file) => path.join(this.top, file));
  }

  /** Files in the index under `dir`, absolute. */
  indexFiles(dir: string): string[] {
    const out = this.run(['ls-files', '-z', '--cached', '--', this.rel(dir) || '.']);
    return out.split('\0').filter(Boolean).map((file) => path.join(this.top, file));
  }
}
