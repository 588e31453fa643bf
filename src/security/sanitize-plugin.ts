import type { Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import type { HastPluginDefinition } from 'satteri';
import { noticeSchema } from './allow-list.ts';

/**
 * A hast plugin for Astro's Markdown processor (satteri) that runs the
 * maintained sanitiser, hast-util-sanitize (the engine of rehype-sanitize),
 * over the whole rendered announcement, after raw HTML has been parsed into
 * elements (`features.rawHtml`) and after every plugin before it, so nothing
 * an editor writes reaches the page unless the allow-list keeps it. What it
 * drops is reported at build start, with file and line
 * (src/security/unsafe-html.ts).
 */
export const sanitizeHtml: HastPluginDefinition = {
  name: 'notices:sanitize-html',
  after(root, ctx) {
    const clean = sanitize(root as Root, noticeSchema);
    ctx.replaceNode(root, clean.type === 'root' ? clean : { type: 'root', children: [] });
  },
};
