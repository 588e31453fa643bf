/**
 * One thread of `checkContentInParallel` (see share-worker.ts): reads and
 * parses its share of the files, reports what their frontmatter says, and
 * checks its announcements once the main thread has sent every file's URL.
 */
import { parentPort } from 'node:worker_threads';
import { CheckSession, readSources } from './engine.ts';
import type { ShareReply, ShareRequest } from './share-worker.ts';

const reply = (message: ShareReply) => parentPort?.postMessage(message);

let session: CheckSession | undefined;
parentPort?.on('message', (request: ShareRequest) => {
  try {
    if (request.type === 'setup') {
      session = new CheckSession(readSources(request.files), request.options);
      reply({ type: 'infos', infos: session.fileInfos() });
    } else if (session) {
      reply({ type: 'drafts', drafts: session.checkAnnouncements(request.slugToId, request.draftSlugs) });
    } else {
      reply({ type: 'error', message: 'asked to check before being given files' });
    }
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
