import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from './helpers/build-site.ts';

/**
 * Files a commit can carry that are no announcement: links (to /dev/zero, to a
 * folder, to a file outside the content folder), a FIFO, a folder named
 * *.md, a file over the size limit. The check and the build each refuse
 * every one with a located line, and neither hangs (the timeouts below are
 * only a guard: a hang fails the test instead of stalling the suite).
 */
const tmp = path.join(projectRoot, 'test/.tmp');
const HANG_GUARD = 60_000;

function unsafeSite(): string {
  mkdirSync(tmp, { recursive: true });
  const root = mkdtempSync(path.join(tmp, 'unsafe-'));
  const content = path.join(root, 'content');
  cpSync(path.join(projectRoot, 'test/fixtures/site'), content, { recursive: true });
  const pl = path.join(content, 'pl');
  symlinkSync('/dev/zero', path.join(pl, 'zero.md'));
  execFileSync('mkfifo', [path.join(pl, 'pipe.md')]);
  mkdirSync(path.join(root, 'elsewhere'));
  symlinkSync(path.join(root, 'elsewhere'), path.join(pl, 'linked-folder.md'));
  mkdirSync(path.join(pl, 'folder.md'));
  writeFileSync(path.join(root, 'outside.md'), '---\ntitle: Not for publishing\ndate: 2024-06-14\n---\nSecret\n');
  symlinkSync(path.join(root, 'outside.md'), path.join(pl, 'outside.md'));
  // Names and slugs that cannot be an address.
  const valid = (extra = '') => `---\ntitle: T\ndate: 2024-06-14\n${extra}---\nTreść.\n`;
  for (const name of ['a?b=c', 'x#frag', '%2e%2e', 'back\\slash', 'line\r\nbreak', 'With Space', 'quo"te', 'search', 'rss.xml']) writeFileSync(path.join(pl, `${name}.md`), valid());
  writeFileSync(path.join(pl, 'slug-search.md'), valid('slug: search\n'));
  writeFileSync(path.join(pl, 'slug-long.md'), valid(`slug: ${'a'.repeat(10_000)}\n`));
  writeFileSync(path.join(pl, 'slug-cyrillic.md'), valid(`slug: ${'ж'.repeat(200)}\n`));
  // Markdown the parsers take minutes over (src/announcements/markdown-limits.ts), 200 KB each.
  const body = (unit: string) => `---\ntitle: T\ndate: 2024-06-14\n---\n${unit.repeat(Math.ceil(200_000 / unit.length))}\n`;
  for (const [name, unit] of [['quotes', '>'], ['underscores', '_a'], ['references', '&amp; '], ['emphasis', '*a']]) writeFileSync(path.join(pl, `${name}.md`), body(unit as string));
  // A YAML tag the build's YAML would have run into.
  writeFileSync(path.join(pl, 'tagged.md'), '---\ntitle: !!js/function "function () {}"\ndate: 2024-06-14\n---\nTreść.\n');
  writeFileSync(path.join(pl, 'big.md'), `---\ntitle: Big\ndate: 2024-06-14\n---\n${'Treść. '.repeat(150_000)}\n`);
  return content;
}

/** Where each problem is reported, and how its message starts. */
const EXPECTED: ReadonlyArray<readonly [string, string]> = [
  ['pl/big.md:1:1', 'the file is 1.35 MB, more than the 1 MB an announcement may have'],
  ['pl/folder.md:1:1', '"folder.md" is a folder, not a Markdown file'],
  ['pl/linked-folder.md:1:1', '"linked-folder.md" is a symbolic link'],
  ['pl/outside.md:1:1', '"outside.md" is a symbolic link'],
  ['pl/pipe.md:1:1', '"pipe.md" is a named pipe (FIFO), not a Markdown file'],
  ['pl/zero.md:1:1', '"zero.md" is a symbolic link'],
  ['pl/a?b=c.md:1:1', 'the file name "a?b=c.md" cannot be an announcement\'s id, which is also its address: expected a URL slug: lowercase letters, digits and single hyphens, e.g. "open-krakow"; rename it, e.g. to "a-b-c.md"'],
  ['pl/x#frag.md:1:1', 'the file name "x#frag.md" cannot be'],
  ['pl/%2e%2e.md:1:1', 'the file name "%2e%2e.md" cannot be'],
  ['pl/back\\slash.md:1:1', 'the file name "back\\slash.md" cannot be'],
  ['pl/line\\u000d\\u000abreak.md:1:1', 'the file name "line\\u000d\\u000abreak.md" cannot be'],
  ['pl/With Space.md:1:1', 'rename it, e.g. to "with-space.md"'],
  ['pl/quo"te.md:1:1', 'the file name "quo"te.md" cannot be'],
  ['pl/search.md:1:1', '"search" is taken by a page the site makes itself under each language ("search", "rss.xml", "404"), so the announcement would never be published at its address; rename it'],
  ['pl/rss.xml.md:1:1', '"rss.xml" is taken by a page the site makes itself'],
  ['pl/slug-search.md:4:7', 'field "slug": found "search", expected a URL slug the site can publish: "search" is taken by a page the site makes itself'],
  ['pl/slug-long.md:4:7', '(10000 characters), expected a URL slug the site can publish: it has 10000 characters; a URL slug may have at most 100, so shorten it'],
  ['pl/slug-cyrillic.md:4:7', 'it has 200 characters; a URL slug may have at most 100'],
  ['pl/quotes.md:5:1', 'blockquotes or lists are nested 200000 deep on this line; at most 16 levels are read'],
  ['pl/underscores.md:5:1', 'this word has more than 50 separate underscores'],
  ['pl/references.md:5:1', 'this paragraph has more than 500 character references'],
  ['pl/emphasis.md:5:1', 'this paragraph has more than 150 emphasis marks'],
  ['pl/tagged.md:2:8', 'the frontmatter is not valid YAML: the value of "title" starts with "!"'],
];

/** Every expected problem on a line of its own. */
function expectEachReported(output: string): void {
  const lines = output.split('\n');
  for (const [where, message] of EXPECTED) expect(lines.find((line) => line.includes(where) && line.includes(message)), `${where} ${message}`).toBeDefined();
}

function cli(content: string, wrap: string[] = []) {
  const command = [...wrap, process.execPath, 'scripts/consistency.mjs', '--content', content];
  const result = spawnSync(command[0] as string, command.slice(1), { cwd: projectRoot, encoding: 'utf8', timeout: HANG_GUARD, env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

describe('files that are not announcements', () => {
  let content: string;
  beforeAll(() => {
    content = unsafeSite();
  });
  afterAll(() => rmSync(path.dirname(content), { recursive: true, force: true }));

  it('are each refused by the check with a located line, and it finishes', () => {
    const { status, stdout, stderr, signal } = cli(content);
    expect(signal).toBeNull();
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expectEachReported(stdout);
    expect(stdout).not.toContain('Not for publishing');
  });

  it('are each refused by the build with a located line and no stack trace, and it finishes', () => {
    const outDir = path.join(path.dirname(content), 'dist');
    const result = buildSite(content, outDir);
    expect(result.status, result.output).toBe(1);
    expectEachReported(result.output);
    expect(result.output).not.toMatch(/\n\s+at .*:\d+:\d+/);
    expect(existsSync(outDir)).toBe(false);
  });
});

/**
 * A file the check cannot read. Tests run as root on CI, and root reads a
 * file whatever its mode; so as root the CLI runs without the capabilities
 * that let root ignore permissions (setpriv drops CAP_DAC_OVERRIDE and
 * CAP_DAC_READ_SEARCH), which makes chmod 000 bite as it does for anyone else.
 */
describe('a file that cannot be read', () => {
  const isRoot = process.getuid?.() === 0;
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((file) => existsSync(file));
  const wrap = isRoot && setpriv ? [setpriv, '--bounding-set=-dac_override,-dac_read_search', '--inh-caps=-dac_override,-dac_read_search'] : [];
  const canTest = !isRoot || setpriv !== undefined;
  let content: string;
  beforeAll(() => {
    mkdirSync(tmp, { recursive: true });
    content = path.join(mkdtempSync(path.join(tmp, 'unreadable-')), 'content');
    cpSync(path.join(projectRoot, 'test/fixtures/site'), content, { recursive: true });
    chmodSync(path.join(content, 'pl/meeting.md'), 0o000);
  });
  afterAll(() => rmSync(path.dirname(content), { recursive: true, force: true }));

  it.runIf(canTest)('stops the check with exit 2 and the reason, without a stack trace', () => {
    const { status, stdout, stderr } = cli(content, wrap);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(
      `consistency: the check could not run: could not read ${path.relative(projectRoot, content)}/pl/meeting.md: permission denied (EACCES); make the file readable by the user running the build, e.g. chmod a+r`,
    );
    expect(status).toBe(2);
  });
});

/**
 * Unquoted dates where text is expected passed the check and then failed the
 * build with a stack trace (its YAML made them Date objects): the check and
 * the build now read frontmatter with one function, so they are the text
 * written, and the announcement is published.
 */
describe('frontmatter the check accepts', () => {
  let content: string;
  beforeAll(() => {
    mkdirSync(tmp, { recursive: true });
    content = path.join(mkdtempSync(path.join(tmp, 'dates-')), 'content');
    cpSync(path.join(projectRoot, 'test/fixtures/site'), content, { recursive: true });
    writeFileSync(
      path.join(content, 'pl/daty.md'),
      '---\ntitle: 2024-06-14\ndate: 2024-06-14\nslug: 2024-06-15\ntags: [2024-06-14, konsultacje]\nevent:\n  start: 2024-06-19T17:00\n  venue:\n    name: 2024-06-14\n    city: 2024-06-14\n---\nTreść.\n',
    );
  });
  afterAll(() => rmSync(path.dirname(content), { recursive: true, force: true }));

  it('builds, with the values as written', () => {
    expect(cli(content).status).toBe(0);
    const outDir = path.join(path.dirname(content), 'dist');
    const result = buildSite(content, outDir);
    expect(result.status, result.output).toBe(0);
    const page = readFileSync(path.join(outDir, 'pl/2024-06-15/index.html'), 'utf8');
    expect(page).toContain('<h1');
    expect(page).toMatch(/<h1[^>]*>2024-06-14<\/h1>/);
  });
});
