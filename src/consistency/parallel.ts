/**
 * The check spread over the machine's cores, for large content folders (the
 * CLI in CI). Each thread reads, parses and checks a share of the
 * announcements; only the frontmatter summaries (which URL each file claims)
 * cross between threads, because links to other announcements and duplicate
 * URLs need all of them. The findings are exactly those of `checkContent`.
 */
import { availableParallelism } from 'node:os';
import { listContentFiles, type ContentFile } from '../announcements/read-content.ts';
import type { CachedDraft, FileInfo } from './cache.ts';
import { assertLanguagePacks, checkFiles, CheckSession, combineFileInfos, readSources, resultOf, type CheckOptions, type CheckResult } from './engine.ts';
import { ShareWorker } from './share-worker.ts';

/**
 * A thread costs about half a second of one core to start (it loads the
 * engine again), which a share of this many files more than pays back.
 */
const FILES_PER_THREAD = 1500;

/** How many threads to check this many files with on this many cores. */
export function threadsFor(files: number, cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_THREAD)));
}

export interface ParallelOptions {
  /** How many threads in all, this one included (default: as many as pay off). */
  threads?: number;
  /** Threads started earlier (see ShareWorker.start), used first; those not needed are stopped. */
  started?: readonly ShareWorker[];
  /** Called with the number of files once they are listed, before any is read. */
  onListed?: (files: number) => void;
}

/** Like `checkContent` (without a cache), on several threads when the folder is large enough. */
export async function checkContentInParallel(options: Omit<CheckOptions, 'rules'>, parallel: ParallelOptions = {}): Promise<CheckResult> {
  const started = [...(parallel.started ?? [])];
  try {
    assertLanguagePacks(options.languages);
    const root = options.root ?? process.cwd();
    const listing = listContentFiles({ contentDir: options.contentDir, languages: options.languages, root });
    parallel.onListed?.(listing.files.length);
    const count = parallel.threads ?? threadsFor(listing.files.length);
    if (count <= 1) return checkFiles(listing.problems, readSources(listing.files), options);

    const shares = shareByAnnouncement(listing.files, count);
    const workers = shares.slice(1).map(() => started.shift() ?? ShareWorker.start());
    started.push(...workers);
    const infosOfOthers = Promise.all(workers.map((worker, w) => worker.assign({ ...options, root }, (shares[w + 1] ?? []).map(({ file }) => file))));
    // Rejections are handled where the promise is awaited, after this thread's own share.
    infosOfOthers.catch(() => undefined);

    // This thread checks the first share while the others check theirs.
    const own = shares[0] ?? [];
    const session = new CheckSession(readSources(own.map(({ file }) => file)), options);
    const infos: Array<{ id: string; info: FileInfo } | undefined> = new Array(listing.files.length);
    const place = (share: readonly Indexed[], shareInfos: readonly FileInfo[]) =>
      share.forEach(({ file, index }, i) => (infos[index] = { id: file.id, info: shareInfos[i] as FileInfo }));
    place(own, session.fileInfos());
    (await infosOfOthers).forEach((shareInfos, w) => place(shares[w + 1] ?? [], shareInfos));

    // In listing order, as one thread would see them, so the first of two files claiming one URL is the same.
    const front = combineFileInfos(listing.problems, infos.filter((entry) => entry !== undefined));
    const pending = Promise.all(workers.map((worker) => worker.check(front.slugToId, front.draftSlugs)));
    pending.catch(() => undefined);
    const drafts: CachedDraft[] = [...front.drafts, ...session.checkAnnouncements(front.slugToId, front.draftSlugs)];
    for (const shareDrafts of await pending) drafts.push(...shareDrafts);
    return resultOf(drafts, new Set(listing.files.map((file) => file.id)).size, listing.files.length);
  } finally {
    for (const worker of started) worker.stop();
  }
}

interface Indexed {
  file: ContentFile;
  /** Position in the listing. */
  index: number;
}

/** Shares of about equal size that keep every language of an announcement together. */
function shareByAnnouncement(files: readonly ContentFile[], count: number): Indexed[][] {
  const byId = Map.groupBy(
    files.map((file, index) => ({ file, index })),
    ({ file }) => file.id,
  );
  const shares: Indexed[][] = Array.from({ length: count }, () => []);
  let k = 0;
  for (const group of byId.values()) (shares[k++ % count] as Indexed[]).push(...group);
  return shares;
}
