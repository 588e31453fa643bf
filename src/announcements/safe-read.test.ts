import { closeSync, fstatSync, lstatSync, mkdirSync, mkdtempSync, openSync, readSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { formatProblem } from './problems.ts';
import { readContentTree } from './read-content.ts';
import { ContentReadError, readRegularFile, type ReadFs } from './safe-read.ts';

const ok = (title: string) => `---\ntitle: ${title}\ndate: 2024-06-14\n---\nBody\n`;

/** A content folder with one valid announcement and `setup` adding the unsafe entries. */
function folderWith(setup: (pl: string, root: string) => void): string {
  const root = mkdtempSync(path.join(tmpdir(), 'unsafe-'));
  const pl = path.join(root, 'content', 'pl');
  mkdirSync(pl, { recursive: true });
  writeFileSync(path.join(pl, 'a.md'), ok('A'));
  setup(pl, root);
  return root;
}

describe('listing only regular files', () => {
  it('refuses links, FIFOs, folders named *.md and files over the size limit, each with its path and what to do, without opening them', () => {
    const root = folderWith((pl, base) => {
      symlinkSync('/dev/zero', path.join(pl, 'zero.md'));
      execFileSync('mkfifo', [path.join(pl, 'pipe.md')]);
      mkdirSync(path.join(pl, 'folder.md'));
      mkdirSync(path.join(base, 'elsewhere'));
      symlinkSync(path.join(base, 'elsewhere'), path.join(pl, 'linked-folder.md'));
      writeFileSync(path.join(base, 'outside.md'), ok('Outside'));
      symlinkSync(path.join(base, 'outside.md'), path.join(pl, 'outside.md'));
      writeFileSync(path.join(pl, 'big.md'), ok('Big') + 'x'.repeat(2000));
    });
    const tree = readContentTree({ contentDir: 'content', languages: ['pl'], root, maxBytes: 1000 });
    expect(tree.announcements.map((a) => a.id)).toEqual(['a']);
    expect(tree.problems.map(formatProblem)).toEqual([
      'content/pl/big.md:1:1  the file is 2.04 KB, more than the 1 KB an announcement may have; split it into several announcements or remove what does not belong (pasted images or data)',
      'content/pl/folder.md:1:1  "folder.md" is a folder, not a Markdown file; rename or move the folder, announcements are files named <id>.md',
      'content/pl/linked-folder.md:1:1  "linked-folder.md" is a symbolic link; the site reads only regular files inside the content folder (a link could publish a file from elsewhere or never end), so replace the link with the file itself',
      'content/pl/outside.md:1:1  "outside.md" is a symbolic link; the site reads only regular files inside the content folder (a link could publish a file from elsewhere or never end), so replace the link with the file itself',
      'content/pl/pipe.md:1:1  "pipe.md" is a named pipe (FIFO), not a Markdown file; delete it and save the announcement as a regular file',
      'content/pl/zero.md:1:1  "zero.md" is a symbolic link; the site reads only regular files inside the content folder (a link could publish a file from elsewhere or never end), so replace the link with the file itself',
    ]);
  });

  it('refuses a language folder that is a symbolic link', () => {
    const root = folderWith((_pl, base) => {
      mkdirSync(path.join(base, 'en-elsewhere'));
      symlinkSync(path.join(base, 'en-elsewhere'), path.join(base, 'content', 'en'));
    });
    const tree = readContentTree({ contentDir: 'content', languages: ['pl', 'en'], root });
    expect(tree.problems.map(formatProblem)).toEqual([
      'content/en:1:1  the language folder "en" is a symbolic link; the site reads only folders and files inside the content folder, so replace the link with the folder itself',
    ]);
  });
});

describe('readRegularFile', () => {
  const realFs: ReadFs = { lstatSync, openSync, fstatSync, readSync, closeSync };

  it('reads a regular file up to the limit, and refuses one over it', () => {
    const root = folderWith(() => undefined);
    const file = path.join(root, 'content', 'pl', 'a.md');
    expect(readRegularFile(file, 'pl/a.md', 1000)).toBe(ok('A'));
    expect(() => readRegularFile(file, 'pl/a.md', 10)).toThrow(/could not read pl\/a\.md: the file is 39 bytes, more than the 10 bytes/);
  });

  it('never opens a FIFO or follows a link, even one that appeared after the listing', () => {
    const root = folderWith((pl) => {
      execFileSync('mkfifo', [path.join(pl, 'pipe.md')]);
      symlinkSync('/dev/zero', path.join(pl, 'zero.md'));
    });
    const fs = { ...realFs, openSync: vi.fn(realFs.openSync) };
    expect(() => readRegularFile(path.join(root, 'content/pl/pipe.md'), 'pl/pipe.md', 1000, fs)).toThrow(/no longer a regular file \(fifo\)/);
    expect(() => readRegularFile(path.join(root, 'content/pl/zero.md'), 'pl/zero.md', 1000, fs)).toThrow(/no longer a regular file \(symlink\)/);
    expect(fs.openSync).not.toHaveBeenCalled();
  });

  it('refuses a file that grew past the limit between fstat and read', () => {
    const root = folderWith(() => undefined);
    const fs = { ...realFs, fstatSync: ((fd: number) => ({ ...realFs.fstatSync(fd), size: 5, isFile: () => true, ino: lstatSync(path.join(root, 'content/pl/a.md')).ino, dev: lstatSync(path.join(root, 'content/pl/a.md')).dev })) as unknown as typeof fstatSync };
    expect(() => readRegularFile(path.join(root, 'content/pl/a.md'), 'pl/a.md', 10, fs)).toThrow(/more than/);
  });

  // Tests run as root on CI, where chmod 000 does not stop a read: the EACCES path is driven by an injected error
  // here, and for real (without the capability that lets root read anything) in test/unsafe-content.test.ts.
  it('turns a permission error into a ContentReadError that says what to do', () => {
    const root = folderWith(() => undefined);
    const denied = Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: 'EACCES' });
    const fs = { ...realFs, openSync: (() => { throw denied; }) as unknown as typeof openSync };
    let caught: unknown;
    try {
      readRegularFile(path.join(root, 'content/pl/a.md'), 'content/pl/a.md', 1000, fs);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ContentReadError);
    expect((caught as ContentReadError).message).toBe('could not read content/pl/a.md: permission denied (EACCES); make the file readable by the user running the build, e.g. chmod a+r');
  });
});
