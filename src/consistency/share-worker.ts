/**
 * A worker thread that checks one share of the announcements for
 * `checkContentInParallel`. Kept apart from the engine so that a thread can be
 * started before the engine is even loaded (the CLI does): it then loads its
 * own copy while this thread loads the engine and lists the files.
 */
import { Worker } from 'node:worker_threads';
import type { ContentFile } from '../announcements/read-content.ts';
import type { CachedDraft, FileInfo } from './cache.ts';
import type { CheckOptions } from './engine.ts';
import { runsFromBundle } from '../lib/module-bundle.ts';
import { checkThreadOptions } from './worker-options.ts';

export type ShareRequest =
  | { type: 'setup'; options: Omit<CheckOptions, 'rules'>; files: ContentFile[] }
  | { type: 'check'; slugToId: Map<string, string>; draftSlugs: Set<string> };
export type ShareReply = { type: 'infos'; infos: FileInfo[] } | { type: 'drafts'; drafts: CachedDraft[] } | { type: 'error'; message: string };

/**
 * The thread's module: beside this one, or, when this code runs from the
 * CLI's bundle (scripts/lib/cli-bundle.ts), the bundled thread beside it.
 */
const WORKER_MODULE = new URL(runsFromBundle(import.meta.url) ? './parallel-worker.mjs' : './parallel-worker.ts', import.meta.url);

export class ShareWorker {
  private readonly worker: Worker;
  private resolveReply: ((reply: ShareReply) => void) | undefined;
  private failure: Error | undefined;
  private rejectReply: ((error: Error) => void) | undefined;

  private constructor(module: URL) {
    this.worker = new Worker(module, checkThreadOptions());
    this.worker.on('message', (reply: ShareReply) => {
      if (reply.type === 'error') this.fail(new Error(`the check failed in a worker thread: ${reply.message}`));
      else this.resolveReply?.(reply);
    });
    this.worker.on('error', (error) => this.fail(error));
  }

  /** Starts a thread; it loads the engine (from `module`, a bundled parallel-worker) and waits for its share. */
  static start(module: URL = WORKER_MODULE): ShareWorker {
    return new ShareWorker(module);
  }

  /** Gives the thread its files; answers what their frontmatter says, in the same order. */
  async assign(options: Omit<CheckOptions, 'rules'>, files: ContentFile[]): Promise<FileInfo[]> {
    const reply = await this.request({ type: 'setup', options, files });
    if (reply.type !== 'infos') throw new Error('the check got an unexpected answer from a worker thread');
    return reply.infos;
  }

  /** Checks the thread's announcements once every file's URL is known. */
  async check(slugToId: Map<string, string>, draftSlugs: Set<string>): Promise<CachedDraft[]> {
    const reply = await this.request({ type: 'check', slugToId, draftSlugs });
    if (reply.type !== 'drafts') throw new Error('the check got an unexpected answer from a worker thread');
    return reply.drafts;
  }

  stop(): void {
    void this.worker.terminate();
  }

  private request(request: ShareRequest): Promise<ShareReply> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.resolveReply = resolve;
      this.rejectReply = reject;
      this.worker.postMessage(request);
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.rejectReply?.(error);
  }
}
