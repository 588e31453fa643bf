import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentProblem } from '../announcements/problems.ts';
import type { SlugUse } from '../announcements/read-content.ts';
import { runsFromBundle } from '../lib/module-bundle.ts';
import type { FindingDraft } from './rules/types.ts';

/**
 * A persistent cache for repeated builds, like ESLint's `--cache`: what a
 * file's frontmatter says, and the findings of an announcement, keyed by a
 * digest of the exact inputs (file texts, options, the engine's own source).
 * Any change to any input is a miss, so a cached answer is always the
 * answer a fresh run would give.
 */

export interface FileInfo {
  problems: ContentProblem[];
  slug?: SlugUse;
  /** Announcement id for links: set when the frontmatter is valid. */
  valid: boolean;
  /** A draft, which the site does not publish: links to it lead nowhere. */
  draft?: true;
}

export type CachedDraft = FindingDraft & { slug: string };

interface CacheData {
  engine: string;
  files: Record<string, FileInfo>;
  groups: Record<string, CachedDraft[]>;
}

export function digest(...parts: readonly string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

let engineDigest: string | undefined;

/** A digest of the engine's own code, so changing a rule or a pack invalidates every entry. */
function engineFingerprint(): string | undefined {
  if (engineDigest !== undefined) return engineDigest;
  if (!import.meta.url.startsWith('file:')) return undefined;
  const hash = createHash('sha1');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) hash.update(entry.name).update(readFileSync(full));
    }
  };
  try {
    const module = fileURLToPath(import.meta.url);
    // Run from a bundle: the bundle holds the engine and its libraries.
    if (runsFromBundle(import.meta.url)) hash.update(readFileSync(module));
    else {
      const here = path.dirname(module);
      walk(here);
      walk(path.join(here, '../announcements'));
    }
  } catch {
    return undefined;
  }
  engineDigest = hash.digest('hex');
  return engineDigest;
}

export class CheckCache {
  private readonly file: string;
  private readonly previous: CacheData;
  private readonly next: CacheData;
  private changed = false;

  private constructor(file: string, engine: string) {
    this.file = file;
    this.previous = { engine, files: {}, groups: {} };
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as CacheData;
      if (data.engine === engine) this.previous = data;
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
    this.next = { engine, files: {}, groups: {} };
  }

  /** Opens the cache file, or returns undefined when the engine's source cannot be fingerprinted. */
  static open(file: string): CheckCache | undefined {
    const engine = engineFingerprint();
    return engine === undefined ? undefined : new CheckCache(file, engine);
  }

  fileInfo(key: string): FileInfo | undefined {
    const info = this.previous.files[key];
    if (info) this.next.files[key] = info;
    return info;
  }

  setFileInfo(key: string, info: FileInfo): void {
    this.next.files[key] = info;
    this.changed = true;
  }

  group(key: string): CachedDraft[] | undefined {
    const drafts = this.previous.groups[key];
    if (drafts) this.next.groups[key] = drafts;
    return drafts;
  }

  setGroup(key: string, drafts: CachedDraft[]): void {
    this.next.groups[key] = drafts;
    this.changed = true;
  }

  /** Writes what this run used (entries no longer used are dropped). Best effort: a read-only disk only costs speed. */
  save(): void {
    const dropped = Object.keys(this.previous.files).length !== Object.keys(this.next.files).length || Object.keys(this.previous.groups).length !== Object.keys(this.next.groups).length;
    if (!this.changed && !dropped) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(this.next));
      renameSync(temporary, this.file);
    } catch {
      // Ignore: the next run simply checks everything again.
    }
  }
}
