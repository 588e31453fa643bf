import { oddOneOut } from './compare.ts';
import { writtenAddresses } from './given-as-link.ts';
import { showsOtherAddress } from './link-text.ts';
import { linkFinding, truncate } from './link-finding.ts';
import { isPlaceholderLink } from './placeholder-link.ts';
import type { FindingDraft, Rule } from './types.ts';

/**
 * Translations should link to the same places. A link to the same page in
 * another language (`/pl/…` and `/en/…`, or the translated announcement)
 * counts as the same. A warning: a translator may rightly add a link to a
 * page in the reader's language.
 */
export const linkMismatch: Rule = {
  id: 'link-mismatch',
  check(group) {
    // An address written out in the text gives the reader a link's target too: it votes, but is never itself reported.
    const voters = group.docs.map((doc) => ({
      doc,
      items: [
        ...[...writtenAddresses(doc)].map((key) => ({ key, url: key, text: key, line: 0, column: 0, block: -1, written: true })),
        // Placeholders, broken links to this site and links leading elsewhere than their text says are reported by their own rules.
        ...doc.links
          .filter((link) => !link.autolink && !isPlaceholderLink(link.url) && group.sitePath(link.url)?.exists !== false && !showsOtherAddress(link))
          .map((link) => ({ ...link, key: group.linkKey(link.url), written: false })),
      ],
    }));
    const findings: FindingDraft[] = [];
    for (const divergence of oddOneOut(voters, (link) => link.key)) {
      const { doc } = divergence;
      const others = voters.filter((voter) => voter.doc !== doc).map((voter) => voter.doc.lang);
      const extra = divergence.extra.filter((link) => !link.written);
      const missing = divergence.missing.filter((m) => m.statedBy.some(({ item }) => !item.written));
      for (const link of extra) {
        const message = `the ${doc.pack.englishName} text links "${truncate(link.text, 40)}" to ${link.url}, which ${others.join(' and ')} ${others.length === 1 ? 'does' : 'do'} not link to`;
        findings.push(linkFinding(this.id, 'warning', doc, link, message));
      }
      for (const { statedBy } of missing) {
        const example = statedBy.find(({ item }) => !item.written);
        if (!example) continue;
        findings.push({
          rule: this.id,
          fact: 'link',
          severity: 'warning',
          lang: doc.lang,
          file: doc.file,
          ...doc.bodyStart,
          message: `the ${doc.pack.englishName} text has no link to ${example.item.url}, which ${statedBy.map((s) => s.doc.lang).join(' and ')} ${statedBy.length === 1 ? 'links' : 'link'} to ("${truncate(example.item.text, 40)}")`,
        });
      }
    }
    return findings;
  },
};
