/**
 * The check spread over the machine's cores, for large content folders (the
 * CLI in CI). Each thread reads, parses and checks a share of the
 * announcements; only the frontmatter summaries (which URL each file claims)
 * cross between threads, because links to other announcements and duplicate
 * URLs need all of them. The findings are exactly those of `checkContent`.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { listContentFiles, type ContentFile } from '../announcements/read-content.ts';
import type { CachedDraft, FileInfo } from './cache.ts';
import { assertLanguagePacks, checkContent, CheckSession, combineFileInfos, readSources, resultOf, type CheckOptions, type CheckResult } from './engine.ts';
import type { ShareReply, ShareRequest, ShareSetup } from './parallel-worker.ts';
import { CHECK_THREAD_LIMITS } from './worker-heap.ts';

/**
 * A thread costs about half a second of one core to start (it loads the
 * engine again), which a share of this many files more than pays back.
 */
const FILES_PER_THREAD = 1500;

/** How many threads to check this many files with on this many cores. */
export function threadsFor(files: number, cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_THREAD)));
}

/** Like `checkContent` (without a cache), on `threads` threads, by default as many as pay off. */
export async function checkContentInParallel(options: Omit<CheckOptions, 'rules'>, threads?: number): Promise<CheckResult> {
  assertLanguagePacks(options.languages);
  const root = options.root ?? process.cwd();
  const listing = listContentFiles({ contentDir: options.contentDir, languages: options.languages, root });
  const count = threads ?? threadsFor(listing.files.length);
  if (count <= 1) return checkContent(options);

  const shares = shareByAnnouncement(listing.files, count);
  const workers = shares.slice(1).map((share) => new ShareWorker({ options: { ...options, root }, files: share.map(({ file }) => file) }));
  try {
    // This thread checks the first share while the others check theirs.
    const own = shares[0] ?? [];
    const session = new CheckSession(readSources(own.map(({ file }) => file)), options);
    const infos: Array<{ id: string; info: FileInfo } | undefined> = new Array(listing.files.length);
    const place = (share: readonly Indexed[], shareInfos: readonly FileInfo[]) =>
      share.forEach(({ file, index }, i) => (infos[index] = { id: file.id, info: shareInfos[i] as FileInfo }));
    place(own, session.fileInfos());
    (await Promise.all(workers.map((worker) => worker.fileInfos))).forEach((shareInfos, w) => place(shares[w + 1] ?? [], shareInfos));

    // In listing order, as one thread would see them, so the first of two files claiming one URL is the same.
    const front = combineFileInfos(listing.problems, infos.filter((entry) => entry !== undefined));
    const pending = workers.map((worker) => worker.check(front.slugToId));
    const drafts: CachedDraft[] = [...front.drafts, ...session.checkAnnouncements(front.slugToId)];
    for (const shareDrafts of await Promise.all(pending)) drafts.push(...shareDrafts);
    return resultOf(drafts, new Set(listing.files.map((file) => file.id)).size, listing.files.length);
  } finally {
    for (const worker of workers) worker.stop();
  }
}

interface Indexed {
  file: ContentFile;
  /** Position in the listing. */
  index: number;
}

/** Shares of about equal size that keep every language of an announcement together. */
function shareByAnnouncement(files: readonly ContentFile[], count: number): Indexed[][] {
  const byId = new Map<string, Indexed[]>();
  files.forEach((file, index) => {
    const group = byId.get(file.id);
    if (group) group.push({ file, index });
    else byId.set(file.id, [{ file, index }]);
  });
  const shares: Indexed[][] = Array.from({ length: count }, () => []);
  let k = 0;
  for (const group of byId.values()) (shares[k++ % count] as Indexed[]).push(...group);
  return shares;
}

/** One worker thread checking one share, driven by two requests. */
class ShareWorker {
  readonly fileInfos: Promise<FileInfo[]>;
  private readonly worker: Worker;
  private drafts: ((reply: CachedDraft[]) => void) | undefined;
  private failed: ((error: Error) => void) | undefined;

  constructor(setup: ShareSetup) {
    this.worker = new Worker(new URL('./parallel-worker.ts', import.meta.url), { workerData: setup, resourceLimits: CHECK_THREAD_LIMITS });
    this.fileInfos = new Promise((resolve, reject) => {
      this.failed = reject;
      this.worker.on('message', (reply: ShareReply) => {
        if (reply.type === 'infos') resolve(reply.infos);
        else if (reply.type === 'drafts') this.drafts?.(reply.drafts);
        else this.failed?.(new Error(`the check failed in a worker thread: ${reply.message}`));
      });
    });
    this.worker.on('error', (error) => this.failed?.(error));
    // Rejections are handled where the promises are awaited.
    this.fileInfos.catch(() => undefined);
  }

  check(slugToId: Map<string, string>): Promise<CachedDraft[]> {
    return new Promise((resolve, reject) => {
      this.drafts = resolve;
      this.failed = reject;
      const request: ShareRequest = { type: 'check', slugToId };
      this.worker.postMessage(request);
    });
  }

  stop(): void {
    void this.worker.terminate();
  }
}
