import type { DocumentFacts } from '../extract/document.ts';
import type { Fact } from '../types.ts';
import type { AnnouncementGroup } from './types.ts';

/**
 * A web or e-mail address may be written out in one language and put behind
 * a link in another ("Więcej: https://krakow.pl/seniorzy" and "More on the
 * [city website](https://krakow.pl/seniorzy)"). Both give the reader the
 * address, so neither form may count as missing the other.
 */

const linkFacts = new WeakSet<Fact>();

/**
 * The addresses a document links to, as url and email facts located at the
 * links. They take part in comparing what each language gives, but are never
 * reported as extra: a link only one language has is link-mismatch's matter.
 */
export function linkedAddressFacts(doc: DocumentFacts, group: AnnouncementGroup, kind: 'url' | 'email'): Fact[] {
  const facts: Fact[] = [];
  for (const link of doc.links) {
    if (link.autolink) continue; // read from the text as a fact already
    const key = group.linkKey(link.url);
    const isEmail = key.startsWith('mailto:');
    if (isEmail !== (kind === 'email') || (kind === 'url' && !/^https?:/i.test(link.url.trim()))) continue;
    const fact: Fact = { kind, key: isEmail ? key.slice('mailto:'.length) : key, label: link.url, text: link.text, part: 'body', block: link.block, line: link.line, column: link.column };
    linkFacts.add(fact);
    facts.push(fact);
  }
  return facts;
}

export const isLinkFact = (fact: Fact): boolean => linkFacts.has(fact);

/**
 * "[biblioteka.krakow.pl](https://biblioteka.krakow.pl/pl/klub)": a site's
 * address written where the text links to one of its pages names that page,
 * as the other languages' links do. Written addresses that are the start of
 * one of the document's own link targets take that target's key.
 */
export function namingLinkedPages(written: readonly Fact[], linked: readonly Fact[]): Fact[] {
  return written.map((fact) => {
    const page = linked.find((link) => link.key.startsWith(`${fact.key}/`));
    return page ? { ...fact, key: page.key } : fact;
  });
}

/** Keys of the addresses a document writes out, in the link keys' form. */
export function writtenAddresses(doc: DocumentFacts): Set<string> {
  const keys = new Set<string>();
  for (const fact of doc.facts) {
    if (fact.kind === 'url') keys.add(fact.key);
    else if (fact.kind === 'email') keys.add(`mailto:${fact.key}`);
  }
  return keys;
}
