import { truncate } from './placeholder-link.ts';
import type { FindingDraft, Rule } from './types.ts';

/**
 * A link to a page of this site that the build does not make ("/pl/ogloszenia/…",
 * a misspelt announcement slug) leads residents to "page not found". An error,
 * naming the announcement likely meant.
 */
export const brokenLink: Rule = {
  id: 'broken-link',
  check(group) {
    const findings: FindingDraft[] = [];
    for (const doc of group.docs) {
      for (const link of doc.links) {
        const target = group.sitePath(link.url);
        if (target === undefined || target.exists) continue;
        const hint = target.suggestion ? `; did you mean ${target.suggestion}?` : `; announcements are at /${target.lang}/<slug>/`;
        findings.push({
          rule: this.id,
          fact: 'link',
          severity: 'error',
          lang: doc.lang,
          file: doc.file,
          line: link.line,
          column: link.column,
          block: link.block,
          message: `the link "${truncate(link.text, 40)}" points to ${link.url.trim()}, which is not a page of this site${hint}`,
        });
      }
    }
    return findings;
  },
};
