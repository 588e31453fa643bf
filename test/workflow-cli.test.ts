import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/build-site.ts';
import { notice, TempRepo } from './helpers/git-repo.ts';

const work = mkdtempSync(path.join(tmpdir(), 'workflow-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(node: string, script: string, args: string[], env: Record<string, string> = {}, cwd = work) {
  const result = spawnSync(node, [path.join(projectRoot, script), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const node = process.execPath;

describe('npm run new and the check', () => {
  it('creates the files, then the check refuses the untouched scaffold and names the drafts', () => {
    const created = run(node, 'scripts/new.ts', ['hall-opening', '--event'], { CONTENT_DIR: 'content' });
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('content/pl/hall-opening.md\n  content/en/hall-opening.md\n  content/uk/hall-opening.md');
    mkdirSync(path.join(work, 'content/en'), { recursive: true });
    writeFileSync(path.join(work, 'content/en/wip.md'), '---\ntitle: Work in progress\ndate: 2026-03-14\ndraft: true\n---\n\nText.\n');

    const checked = run(node, 'scripts/consistency.mjs', ['--content', 'content']);
    expect(checked.status).toBe(1);
    expect(checked.stdout).toMatch(/^content\/pl\/hall-opening\.md:12:1 {2}error {2}this file is still the scaffold from "npm run new".* {2}untouched-scaffold$/m);
    expect(checked.stdout.trim().split('\n').at(-1)).toBe('1 draft left out (draft: true, not published; delete the line to publish): content/en/wip.md');
  });

  it('refuses a taken or invalid id with exit code 2 and no stack trace', () => {
    const taken = run(node, 'scripts/new.ts', ['hall-opening'], { CONTENT_DIR: 'content' });
    expect(taken.status).toBe(2);
    expect(taken.stderr).toContain('new: an announcement "hall-opening" already exists');
    const bad = run(node, 'scripts/new.ts', ['Hall_Opening'], { CONTENT_DIR: 'content' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('e.g. "hall-opening"');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 with a plain message when started directly on an old Node', () => {
    const old = spawnSync('/usr/bin/node', ['--version'], { encoding: 'utf8' });
    const major = Number(/^v(\d+)/.exec(old.stdout ?? '')?.[1] ?? 99);
    if (old.status !== 0 || major >= 22) return; // no older Node on this machine
    const result = run('/usr/bin/node', 'scripts/consistency.mjs', []);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('needs Node.js 22.12 or later');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('outdated translations', () => {
  const repo = new TempRepo('workflow-status-');
  afterAll(() => repo.remove());
  repo.commit('first', {
    'c/pl/a.md': notice('Spotkanie', 'Spotkanie odbędzie się 14 marca 2026 o godz. 10:00.'),
    'c/en/a.md': notice('Meeting', 'The meeting is on 14 March 2026 at 10:00.'),
    'c/uk/a.md': notice('Зустріч', 'Зустріч відбудеться 14 березня 2026 о 10:00.'),
  });
  repo.commit('source changed', { 'c/pl/a.md': notice('Spotkanie', 'Spotkanie odbędzie się 14 marca 2026 o godz. 11:00.') });

  it('are named as the ones to fix when the source changed after them, not the source', () => {
    const result = run(node, 'scripts/consistency.mjs', ['--content', 'c'], {}, repo.root);
    expect(result.status).toBe(1);
    expect(result.stdout).not.toMatch(/^c\/pl\/a\.md:\d+:\d+ {2}error/m);
    expect(result.stdout).toMatch(/^c\/en\/a\.md:6:\d+ {2}error {2}time: this translation may be out of date: the Polish text changed in [0-9a-f]{7} of 2026-01-03, after it, and now says "11:00" \(pl line 6\) where this text says "10:00"/m);
    expect(result.stdout).toMatch(/^c\/uk\/a\.md:6:\d+ {2}error {2}time: this translation may be out of date/m);
  });

  it('are warnings of the check, which keep exit code 0', () => {
    // The translations now contradict the source, which is an error of its own: leave only the outdated part.
    repo.commit('uk follows', { 'c/uk/a.md': notice('Зустріч', 'Зустріч відбудеться 14 березня 2026 о 11:00.') });
    repo.commit('en too, and pl again', {
      'c/en/a.md': notice('Meeting', 'The meeting is on 14 March 2026 at 11:00.'),
    });
    repo.commit('pl wording', { 'c/pl/a.md': notice('Spotkanie', 'Zapraszamy: spotkanie odbędzie się 14 marca 2026 o godz. 11:00.') });
    const result = run(node, 'scripts/consistency.mjs', ['--content', 'c'], {}, repo.root);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^c\/en\/a\.md:1:1 {2}warning {2}the Polish version changed in [0-9a-f]{7} of 2026-01-06, after this translation's last change \([0-9a-f]{7} of 2026-01-05\): paragraphs: changed at line 6: .* translation-outdated$/m);
    expect(result.stdout).toContain('<!-- translation-reviewed: ');
  });

  it('npm run status prints a table and JSON', () => {
    const table = run(node, 'scripts/status.ts', ['--content', 'c'], {}, repo.root);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^a\s+source\s+OUTDATED\s+OUTDATED$/m);
    const json = JSON.parse(run(node, 'scripts/status.ts', ['--content', 'c', '--format', 'json'], {}, repo.root).stdout) as { translations: Array<{ lang: string; status: string }> };
    expect(json.translations.map((t) => [t.lang, t.status])).toEqual([['pl', 'source'], ['en', 'outdated'], ['uk', 'outdated']]);
  });
});

describe('--staged and FILE…', () => {
  const repo = new TempRepo('workflow-staged-');
  afterAll(() => repo.remove());
  const good = {
    pl: notice('Spotkanie', 'Spotkanie odbędzie się w sobotę 14 marca 2026 o godz. 10:00.'),
    en: notice('Meeting', 'The meeting is on Saturday 14 March 2026 at 10:00.'),
    uk: notice('Зустріч', 'Зустріч відбудеться в суботу 14 березня 2026 о 10:00.'),
  };
  const wrongWeekday = notice('Meeting', 'The meeting is on Monday 14 March 2026 at 10:00.');
  repo.commit('both', Object.fromEntries(Object.entries(good).flatMap(([lang, text]) => [[`c/${lang}/a.md`, text], [`c/${lang}/b.md`, text]])));
  const check = (...args: string[]) => run(node, 'scripts/consistency.mjs', ['--content', 'c', ...args], {}, repo.root);

  it('says so and exits 0 when no announcement is staged', () => {
    const result = check('--staged');
    expect(result).toMatchObject({ status: 0, stdout: 'No staged announcements to check.\n' });
  });

  it('checks what is staged, not the working copy, and only the staged announcements', () => {
    repo.write('c/en/a.md', wrongWeekday);
    repo.git('add', 'c/en/a.md');
    repo.write('c/en/a.md', good.en); // fixed but not staged: the commit would still hold the mistake
    repo.write('c/en/b.md', wrongWeekday); // a mistake not staged: not this commit's
    const staged = check('--staged');
    expect(staged.status).toBe(1);
    expect(staged.stdout).toMatch(/^c\/en\/a\.md:6:\d+ {2}error {2}14 March 2026 is a Saturday.*weekday-calendar$/m);
    expect(staged.stdout).not.toContain('c/en/b.md');
    // The summary, then the line on silencing.
    expect(staged.stdout.trim().split('\n').at(-2)).toBe('1 error, 0 warnings in 3 files (1 announcement).');
    // The working copy: a is fine, b is not.
    const files = check('c/pl/b.md');
    expect(files.status).toBe(1);
    expect(files.stdout).toContain('c/en/b.md:6:');
    expect(files.stdout).not.toContain('c/en/a.md');
    expect(check('c/uk/a.md').status).toBe(0);
    repo.git('reset', '-q');
  });

  it('writes SARIF for staged files too', () => {
    repo.git('add', 'c/en/b.md');
    const result = check('--staged', '--format', 'sarif');
    expect(result.status).toBe(1);
    const log = JSON.parse(result.stdout) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(log.runs[0]?.results.map((r) => [r.ruleId, r.locations[0]?.physicalLocation.artifactLocation.uri])).toEqual([['weekday-calendar', 'c/en/b.md']]);
    repo.git('reset', '-q');
  });

  it('refuses what it cannot check, with exit code 2', () => {
    expect(check('c/pl/nothing.md')).toMatchObject({ status: 2, stderr: expect.stringContaining('"c/pl/nothing.md" is not a file') as unknown as string });
    repo.write('notes.md', 'x');
    expect(check('notes.md')).toMatchObject({ status: 2, stderr: expect.stringContaining('"notes.md" is not an announcement: give files named c/<lang>/<id>.md') as unknown as string });
    expect(check('--staged', 'c/pl/a.md')).toMatchObject({ status: 2, stderr: expect.stringContaining('either --staged or files') as unknown as string });
    const outside = run(node, 'scripts/consistency.mjs', ['--staged', '--content', 'content'], {}, work);
    expect(outside).toMatchObject({ status: 2, stderr: expect.stringContaining('--staged needs a git repository') as unknown as string });
  });
});
