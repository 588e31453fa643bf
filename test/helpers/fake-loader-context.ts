/** A stand-in for Astro's content loader context, for testing src/announcements/collection-loader.ts. */
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { announcementSchema } from '../../src/announcements/schema.ts';

/** The parts of Astro's loader context the loader uses, with Astro's validation (schema.safeParse). */
export function fakeContext(root: string) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; body?: string; digest?: string; rendered?: unknown }>();
  const errors: string[] = [];
  const rendered: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: Record<string, unknown> }) => (entries.set(entry.id, entry), true),
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
    },
    logger: { error: (message: string) => errors.push(message), warn: () => undefined, info: () => undefined },
    generateDigest: (data: string) => String(data.length) + data.slice(0, 20),
    parseData: async ({ data }: { data: Record<string, unknown> }) => {
      const result = await announcementSchema.safeParseAsync(data);
      if (!result.success) throw new Error(`invalid data: ${result.error.message}`);
      return result.data;
    },
    renderMarkdown: async (content: string) => {
      rendered.push(content);
      return { html: content, metadata: { imagePaths: [] } };
    },
    // A watcher marks `astro dev`, where refused files are logged and the rest is served.
    watcher: {},
  };
  // Only the members above are used by the loader.
  return { context: context as unknown as LoaderContext, entries, errors, rendered };
}

