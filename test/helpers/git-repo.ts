import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throw-away git repository with commits made on purpose, for the workflow tests. */
export class TempRepo {
  readonly root: string;
  private tick = 0;

  constructor(prefix = 'repo-') {
    this.root = mkdtempSync(path.join(tmpdir(), prefix));
    this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    // Fixed, increasing dates: commits a day apart, whatever the clock says.
    const date = new Date(Date.UTC(2026, 0, 1 + this.tick)).toISOString();
    return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.test', '-c', 'commit.gpgsign=false', ...args], {
      cwd: this.root,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  }

  write(file: string, text: string): void {
    mkdirSync(path.dirname(path.join(this.root, file)), { recursive: true });
    writeFileSync(path.join(this.root, file), text);
  }

  commit(message: string, files: Record<string, string> = {}): string {
    for (const [file, text] of Object.entries(files)) this.write(file, text);
    this.git('add', '-A');
    this.tick++;
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export const notice = (title: string, body: string, extra = '') => `---\ntitle: ${title}\ndate: 2026-01-01\n${extra}---\n\n${body}\n`;
