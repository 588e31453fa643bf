/**
 * One thread of `checkContentInParallel`: reads and parses its share of the
 * files, reports what their frontmatter says, and checks its announcements
 * once the main thread has sent every file's URL.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ContentFile } from '../announcements/read-content.ts';
import type { CachedDraft, FileInfo } from './cache.ts';
import { CheckSession, readSources, type CheckOptions } from './engine.ts';

export interface ShareSetup {
  options: Omit<CheckOptions, 'rules'>;
  files: ContentFile[];
}
export type ShareRequest = { type: 'check'; slugToId: Map<string, string> };
export type ShareReply = { type: 'infos'; infos: FileInfo[] } | { type: 'drafts'; drafts: CachedDraft[] } | { type: 'error'; message: string };

const reply = (message: ShareReply) => parentPort?.postMessage(message);
const failure = (error: unknown): ShareReply => ({ type: 'error', message: error instanceof Error ? error.message : String(error) });

if (parentPort) {
  try {
    const { options, files } = workerData as ShareSetup;
    const session = new CheckSession(readSources(files), options);
    reply({ type: 'infos', infos: session.fileInfos() });
    parentPort.on('message', (request: ShareRequest) => {
      try {
        reply({ type: 'drafts', drafts: session.checkAnnouncements(request.slugToId) });
      } catch (error) {
        reply(failure(error));
      }
    });
  } catch (error) {
    reply(failure(error));
  }
}
