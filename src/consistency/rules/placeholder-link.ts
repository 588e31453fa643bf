import { linkFinding, truncate } from './link-finding.ts';
import type { FindingDraft, Rule } from './types.ts';

const PLACEHOLDERS = new Set(['', '#', 'http://', 'https://', 'todo', 'tbd', 'url', 'link', 'about:blank']);

/** True for link targets that lead nowhere: "#", empty, "javascript:…", "TODO". */
export function isPlaceholderLink(url: string): boolean {
  const target = url.trim().toLowerCase();
  return PLACEHOLDERS.has(target) || target.startsWith('javascript:');
}

/** A link must lead somewhere: "#", an empty target or "javascript:" is a placeholder left in. */
export const placeholderLink: Rule = {
  id: 'placeholder-link',
  check(group) {
    const findings: FindingDraft[] = [];
    for (const doc of group.docs) {
      for (const link of doc.links) {
        if (!isPlaceholderLink(link.url)) continue;
        const target = link.url.trim() === '' ? 'an empty target' : `"${link.url.trim()}"`;
        findings.push(linkFinding(this.id, 'error', doc, link, `the link "${truncate(link.text)}" points to ${target}, a placeholder: give the real address or remove the link`));
      }
    }
    return findings;
  },
};
