import { normaliseUrl } from '../extract/contacts.ts';
import { linkFinding, truncate } from './link-finding.ts';
import type { FindingDraft, Rule } from './types.ts';

/** Link text that is itself a web address: "krakow.pl/ankieta", "https://www.krakow.pl/". */
const WEB_ADDRESS = /^(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,}(?:[/?#]\S*)?$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** Whether a link's text is a web or e-mail address other than where the link leads. */
export function showsOtherAddress(link: { text: string; url: string }): boolean {
  const shown = link.text.trim();
  const target = link.url.trim();
  if (EMAIL.test(shown) && /^mailto:/i.test(target)) return shown.toLowerCase() !== safeDecode(target.slice(7).split('?')[0] ?? '').toLowerCase();
  return WEB_ADDRESS.test(shown) && /^https?:\/\//i.test(target) && !leadsTo(shown, target);
}

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * Whether a link to `target` goes where its text `shown` says: the same page,
 * or, when the text names only a site ("biblioteka.krakow.pl"), any page of
 * that site, as in "details at biblioteka.krakow.pl".
 */
function leadsTo(shown: string, target: string): boolean {
  const shownKey = normaliseUrl(shown);
  // A query or fragment the text does not show ("?utm_source=newsletter", "#zapisy") leads to the same page.
  const targetKey = /[?#]/.test(shownKey) ? normaliseUrl(target) : normaliseUrl(target.split(/[?#]/)[0] ?? target);
  if (shownKey === targetKey) return true;
  const host = (key: string) => key.split(/[/?#]/)[0] ?? key;
  return !/[/?#]/.test(shownKey) && host(shownKey) === host(targetKey);
}

/**
 * A link whose text shows an address must lead to that address: residents
 * read "krakow.pl/ankieta" and expect to land there, and a screen reader says
 * it aloud. Text "krakow.pl/ankieta" linked to "krakow.pl/ankieta2", or
 * "mpk.krakow.pl" linked to another site, is an error.
 */
export const linkText: Rule = {
  id: 'link-text',
  check(group) {
    const findings: FindingDraft[] = [];
    for (const doc of group.docs) {
      for (const link of doc.links) {
        if (!showsOtherAddress(link)) continue;
        const shown = link.text.trim();
        const target = link.url.trim();
        findings.push(linkFinding(this.id, 'error', doc, link, `the link shows the address "${truncate(shown, 50)}" but leads to ${truncate(target, 70)}; make them the same`));
      }
    }
    return findings;
  },
};
