import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SILENCING_HINT } from '../src/consistency/reporters/index.ts';
import { projectRoot } from './helpers/build-site.ts';

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/consistency.mjs', ...args], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run consistency', () => {
  it('prints one line per finding and exits 1 when there are errors', () => {
    const { status, stdout } = cli('--content', 'test/fixtures/seed-as-published');
    expect(status).toBe(1);
    expect(stdout).toContain(
      'test/fixtures/seed-as-published/en/open-krakow.md:12:88  error  19 June 2024 is a Wednesday, but the English text says "Monday" (pl: "w środę")  weekday-calendar',
    );
    expect(stdout.trim().split('\n').slice(-2)).toEqual(['6 errors, 1 warning in 3 files (1 announcement).', SILENCING_HINT]);
  });

  it('names files relative to the project when given absolute paths', () => {
    const folder = `${projectRoot}/test/fixtures/seed-as-published`;
    for (const args of [['--content', folder], ['--content', folder, `${folder}/uk/open-krakow.md`]]) {
      const { status, stdout } = cli(...args);
      expect(status).toBe(1);
      expect(stdout).toContain('test/fixtures/seed-as-published/uk/open-krakow.md:17:214  error  floor:');
      expect(stdout).not.toContain(projectRoot);
    }
  });

  it('prints the JSON contract', () => {
    const { status, stdout } = cli('--content', 'test/fixtures/seed-as-published', '--format', 'json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { findings: Array<Record<string, unknown>>; summary: Record<string, number> };
    expect(report.summary).toEqual({ announcements: 1, files: 3, errors: 6, warnings: 1 });
    expect(Object.keys(report.findings[0] ?? {})).toEqual(['rule', 'fact', 'severity', 'slug', 'lang', 'file', 'line', 'column', 'message']);
    expect(report.findings).toContainEqual({
      rule: 'fact-mismatch',
      fact: 'floor',
      severity: 'error',
      slug: 'open-krakow',
      lang: 'uk',
      file: 'test/fixtures/seed-as-published/uk/open-krakow.md',
      line: 17,
      column: 214,
      message: expect.stringContaining('"2-й поверх"') as unknown as string,
    });
  });

  it('prints GitHub Actions annotations', () => {
    const { stdout } = cli('--content', 'test/fixtures/seed-as-published', '--format', 'github');
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines).toContain('::warning file=test/fixtures/seed-as-published/uk/open-krakow.md,line=10,col=1,title=foreign-text (language)::this paragraph ("Magiczny Kraków") looks like Polish (Latin script), not Ukrainian; translate it or remove it');
  });

  it('exits 0 on the published content and defaults to content/announcements', () => {
    const { status, stdout } = cli('--format', 'json');
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as { summary: { errors: number } }).summary.errors).toBe(0);
  });

  it('reports invalid frontmatter as a frontmatter error, not a crash', () => {
    const { status, stdout } = cli('--content', 'test/fixtures/bad-site', '--format', 'json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { findings: Array<{ fact: string; file: string }> };
    expect(report.findings.filter((f) => f.fact === 'frontmatter').map((f) => f.file)).toContain('test/fixtures/bad-site/pl/impossible-date.md');
  });

  it.each([
    [['--content', 'no/such/folder'], /content folder "no\/such\/folder" does not exist/],
    [['--content', 'README.md'], /"README\.md" is a file; give the folder that holds <lang>\/<id>\.md/],
    [['--format', 'xml'], /unknown format "xml"/],
    [['--bogus'], /Unknown option '--bogus'/],
  ])('exits 2 with the reason on stderr for %j', (args, reason) => {
    const { status, stdout, stderr } = cli(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(reason);
  });
});
