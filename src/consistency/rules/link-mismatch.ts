import { oddOneOut } from './compare.ts';
import { writtenAddresses } from './given-as-link.ts';
import { showsOtherAddress } from './link-text.ts';
import { linkFinding, truncate } from './link-finding.ts';
import { isPlaceholderLink } from './placeholder-link.ts';
import type { FindingDraft, Rule } from './types.ts';

/** The host of an address, without "www.": "krakow.pl". */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url, 'relative:/').host.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** The address as a language links it; one only written out in the text is a normalised key without its scheme. */
function linkedUrl(statedBy: ReadonlyArray<{ item: { url: string; written: boolean } }>): string {
  const linked = statedBy.find(({ item }) => !item.written)?.item.url;
  return linked ?? `https://${statedBy[0]?.item.url ?? ''}`;
}

/** Two links to the same site (relative links are to this one). */
const sameSite = (a: string, b: string) => hostOf(a) === hostOf(b);

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
      // Two languages agree on a page and this one links another page of the same site instead: a wrong page.
      const agreed = missing.filter(({ statedBy }) => statedBy.length >= 2 && statedBy.length === others.length);
      const replaced = new Set<(typeof missing)[number]>();
      for (const link of extra) {
        const instead = agreed.find((m) => !replaced.has(m) && sameSite(linkedUrl(m.statedBy), link.url));
        if (instead) {
          replaced.add(instead);
          const message = `the ${doc.pack.englishName} text links "${truncate(link.text, 40)}" to ${link.url}, but ${others.join(' and ')} link to ${linkedUrl(instead.statedBy)}, another page of the same site; link the page they give (or its ${doc.pack.englishName} version)`;
          findings.push({ ...linkFinding(this.id, 'error', doc, link, message), evidence: 'contradiction' });
          continue;
        }
        const message = `the ${doc.pack.englishName} text links "${truncate(link.text, 40)}" to ${link.url}, which ${others.join(' and ')} ${others.length === 1 ? 'does' : 'do'} not link to`;
        findings.push({ ...linkFinding(this.id, 'warning', doc, link, message), evidence: 'addition' });
      }
      for (const m of missing) {
        if (replaced.has(m)) continue;
        const { statedBy } = m;
        const example = statedBy.find(({ item }) => !item.written);
        if (!example) continue;
        findings.push({
          rule: this.id,
          fact: 'link',
          severity: 'warning',
          evidence: 'omission',
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
