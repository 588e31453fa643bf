import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';

/**
 * Reading announcement files without trusting what sits in the content
 * folder. A committed symbolic link can point at /dev/zero (endless), at a
 * folder, or at a file outside the content folder that was never meant to be
 * published; a named pipe (FIFO) blocks whoever opens it until something
 * writes. So only regular files are read: each entry is looked at with
 * lstat (which does not follow links) before anything is opened, FIFOs and
 * devices are never opened, and a file is opened without following links
 * and without blocking, checked again on the open descriptor, and read up
 * to a size limit only.
 */

/** What kind of thing a directory entry is, as far as announcements go. */
export type EntryKind = 'file' | 'folder' | 'symlink' | 'fifo' | 'device' | 'socket' | 'other';

export function entryKind(stats: Pick<Stats, 'isFile' | 'isDirectory' | 'isSymbolicLink' | 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket'>): EntryKind {
  if (stats.isSymbolicLink()) return 'symlink';
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  if (stats.isSocket()) return 'socket';
  return 'other';
}

/** Why an entry that is not a regular file cannot be an announcement, and what to do; undefined for a regular file. */
export function entryKindProblem(kind: EntryKind, name: string): string | undefined {
  switch (kind) {
    case 'file':
      return undefined;
    case 'symlink':
      return `"${name}" is a symbolic link; the site reads only regular files inside the content folder (a link could publish a file from elsewhere or never end), so replace the link with the file itself`;
    case 'folder':
      return `"${name}" is a folder, not a Markdown file; rename or move the folder, announcements are files named <id>.md`;
    case 'fifo':
      return `"${name}" is a named pipe (FIFO), not a Markdown file; delete it and save the announcement as a regular file`;
    case 'device':
      return `"${name}" is a device file, not a Markdown file; delete it and save the announcement as a regular file`;
    case 'socket':
      return `"${name}" is a socket, not a Markdown file; delete it and save the announcement as a regular file`;
    default:
      return `"${name}" is not a regular file; delete it and save the announcement as a regular file`;
  }
}

function sizeText(bytes: number): string {
  const figure = (value: number) => value.toLocaleString('en', { maximumFractionDigits: 2 });
  if (bytes >= 1_000_000) return `${figure(bytes / 1_000_000)} MB`;
  if (bytes >= 1_000) return `${figure(bytes / 1_000)} KB`;
  return `${bytes} bytes`;
}

/** The size limit's message, for a file found larger than `maxBytes`. */
export function tooLargeProblem(size: number, maxBytes: number): string {
  return `the file is ${sizeText(size)}, more than the ${sizeText(maxBytes)} an announcement may have; split it into several announcements or remove what does not belong (pasted images or data)`;
}

/**
 * A file that is listed but cannot be read (permissions, a file system
 * error, or a file changed into something else while the check ran). The
 * check cannot say anything true about the content then, so it stops: the
 * CLI exits 2 and the build stops, both with this message.
 */
export class ContentReadError extends Error {
  override name = 'ContentReadError';
  readonly file: string;
  readonly code: string | undefined;

  constructor(file: string, reason: string, code?: string) {
    super(`could not read ${file}: ${reason}`);
    this.file = file;
    this.code = code;
  }
}

/** Plain-English reasons for the errors a read can meet. */
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied (EACCES); make the file readable by the user running the build, e.g. chmod a+r',
  EPERM: 'operation not permitted (EPERM); make the file readable by the user running the build',
  ENOENT: 'the file disappeared while it was being read (ENOENT); run again once nothing is changing the folder',
  ELOOP: 'it became a symbolic link while it was being read (ELOOP); replace the link with the file itself',
  EIO: 'the disk reported an input/output error (EIO); check the disk, or restore the file',
};

export function readFailure(file: string, error: unknown): ContentReadError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
  const reason = (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
  return new ContentReadError(file, reason, code);
}

/** The file system calls reading needs; tests inject failures through it. */
export interface ReadFs {
  lstatSync: typeof lstatSync;
  openSync: typeof openSync;
  fstatSync: typeof fstatSync;
  readSync: typeof readSync;
  closeSync: typeof closeSync;
}

const nodeFs: ReadFs = { lstatSync, openSync, fstatSync, readSync, closeSync };

// O_NOFOLLOW refuses a link swapped in after the listing; O_NONBLOCK keeps a FIFO swapped in from blocking the open.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a regular file of at most `maxBytes` as UTF-8 (bytes that are not
 * UTF-8 become U+FFFD, which the reader reports). `file` names it in
 * messages. Throws ContentReadError when the file cannot be read or is no
 * longer the regular file it was when listed.
 */
export function readRegularFile(absPath: string, file: string, maxBytes: number, fs: ReadFs = nodeFs): string {
  let fd: number | undefined;
  try {
    const before = fs.lstatSync(absPath);
    if (!before.isFile()) throw new ContentReadError(file, `it is no longer a regular file (${entryKind(before)}); run again once nothing is changing the folder`);
    fd = fs.openSync(absPath, OPEN_FLAGS);
    const stats = fs.fstatSync(fd);
    if (!stats.isFile() || stats.ino !== before.ino || stats.dev !== before.dev) {
      throw new ContentReadError(file, 'it was replaced while it was being read; run again once nothing is changing the folder');
    }
    if (stats.size > maxBytes) throw new ContentReadError(file, tooLargeProblem(stats.size, maxBytes));
    // Read to the end, but never more than one byte past the limit: a file may grow while it is read.
    let buffer = Buffer.allocUnsafe(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) break;
      if (length === buffer.length) {
        const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
    }
    if (length > maxBytes) throw new ContentReadError(file, tooLargeProblem(length, maxBytes));
    return buffer.toString('utf8', 0, length);
  } catch (error) {
    throw error instanceof ContentReadError ? error : readFailure(file, error);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
