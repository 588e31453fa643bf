import { linkFinding, truncate } from './link-finding.ts';
import type { FindingDraft, Rule } from './types.ts';

/**
 * A link to a page of this site that the build does not make ("/pl/ogloszenia/…",
 * a misspelt announcement slug, a draft's page) leads residents to "page not
 * found". An error, naming the announcement likely meant. A draft may link to
 * other drafts: they are published together.
 */
export const brokenLink: Rule = {
  id: 'broken-link',
  check(group) {
    const findings: FindingDraft[] = [];
    for (const doc of group.docs) {
      for (const link of doc.links) {
        const target = group.sitePath(link.url);
        if (target === undefined || (target.exists && !(target.draft && !doc.data.draft))) continue;
        const why = target.exists
          ? ', an announcement that is still a draft and is not published; publish it first or remove the link'
          : `, which is not a page of this site${target.suggestion ? `; did you mean ${target.suggestion}?` : `; announcements are at /${target.lang}/<slug>/`}`;
        findings.push(linkFinding(this.id, 'error', doc, link, `the link "${truncate(link.text, 40)}" points to ${link.url.trim()}${why}`));
      }
    }
    return findings;
  },
};
