import type { ElementContent, Root, RootContent, Text } from 'hast';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { HastPluginDefinition } from 'satteri';

/**
 * Phone numbers, postal codes and clock times must never break across lines
 * on a phone ("12 616 | 52 00", "30- | 701", "17:00– | 19:00"): a resident
 * copies or dials them as one. The site wraps each in
 * `<span class="nowrap">` (CSS `white-space: nowrap`), in the event box and,
 * at build time, in the text of announcement bodies. A phone number that is a
 * valid number of the site's country (libphonenumber) becomes a `tel:` link
 * instead, so a resident can call it with one tap.
 *
 * A false match only keeps a few characters on one line (an amount such as
 * "12 500 000" is kept whole, which is no harm), so the patterns favour
 * finding every number a resident acts on.
 */

/** 24-hour "17:00", "8.30" (not part of a date such as 19.06.2024: see the boundaries below). */
const TIME_24 = String.raw`(?:[01]?\d|2[0-3])[:.][0-5]\d`;
/** 12-hour "5 pm", "3:30 pm", "10 a.m.". */
const TIME_12 = String.raw`(?:1[0-2]|0?[1-9])(?::[0-5]\d)?[\s\u00a0]?(?:[ap]\.m\.|[ap]m\b)`;
const ONE_TIME = `(?:${TIME_12}|${TIME_24})`;
/** A time or a range of times: "17:00–19:00", "5 pm – 7 pm". */
const TIME = `${ONE_TIME}(?:[\\s\\u00a0]?[–—-][\\s\\u00a0]?${ONE_TIME})?`;
/** Polish postal code. */
const POSTAL_CODE = String.raw`\d{2}-\d{3}`;
/** "+48 12 616 52 00", "12 616 52 00", "(12) 616-52-00", "600 700 800": at least three groups of digits. */
const PHONE = String.raw`(?:\+\d{2,3}[\s\u00a0]?)?(?:\(\d{2,3}\)[\s\u00a0]?)?\d{2,3}(?:[\s\u00a0-]\d{2,3}){2,4}`;

/** Not preceded by a letter, digit or a joining sign; not followed by one that continues the number. */
const BEFORE = String.raw`(?<![\p{L}\p{N}+\-.,:/])`;
const AFTER = String.raw`(?![\p{L}\p{N}]|[.,:/\-–]\p{N})`;

const NO_BREAK = new RegExp(`${BEFORE}(?:(?<phone>${PHONE})|(?<postalCode>${POSTAL_CODE})|(?<time>${TIME}))${AFTER}`, 'gu');

export interface Segment {
  text: string;
  /** Whether the segment must stay on one line. */
  noBreak: boolean;
  /** What a segment that must stay on one line is. */
  kind?: 'phone' | 'postalCode' | 'time';
}

/** The text cut into the runs that may break and those that must not. */
export function splitNoBreak(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(NO_BREAK)) {
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start), noBreak: false });
    const kind = match.groups?.phone ? 'phone' : match.groups?.postalCode ? 'postalCode' : 'time';
    segments.push({ text: match[0], noBreak: true, kind });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), noBreak: false });
  return segments;
}

/**
 * The `tel:` address of a phone number as written ("12 616 52 00" ->
 * "tel:+48126165200", E.164), or undefined when it is not a valid number
 * (an amount such as "12 500 000"). Numbers without a country code are read
 * in the site's country.
 */
export function telHref(text: string, defaultCountry: string): string | undefined {
  const phone = parsePhoneNumberFromString(text, defaultCountry as CountryCode);
  return phone?.isValid() ? `tel:${phone.number}` : undefined;
}

/** Elements whose text is left exactly as written: code, links (their text is what the link says), scripts. */
const LEAVE_ALONE = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'textarea', 'svg', 'math', 'title']);

const isNoBreakSpan = (node: ElementContent): boolean =>
  node.type === 'element' && node.tagName === 'span' && Array.isArray(node.properties?.className) && node.properties.className.includes('nowrap');

/** A phone number a resident can tap (`tel:` in E.164, shown as written), else a span kept on one line. */
function noBreakElement(segment: Segment, defaultCountry: string | undefined): ElementContent {
  const children: ElementContent[] = [{ type: 'text', value: segment.text }];
  const href = segment.kind === 'phone' && defaultCountry ? telHref(segment.text, defaultCountry) : undefined;
  if (href) return { type: 'element', tagName: 'a', properties: { className: ['nowrap'], href }, children };
  return { type: 'element', tagName: 'span', properties: { className: ['nowrap'] }, children };
}

function wrapText(node: Text, defaultCountry: string | undefined): ElementContent[] {
  const segments = splitNoBreak(node.value);
  if (!segments.some((segment) => segment.noBreak)) return [node];
  return segments.map((segment): ElementContent => (segment.noBreak ? noBreakElement(segment, defaultCountry) : { type: 'text', value: segment.text }));
}

function wrapChildren<T extends RootContent | ElementContent>(children: T[], defaultCountry: string | undefined): T[] {
  return children.flatMap((child): T[] => {
    if (child.type === 'text') return wrapText(child, defaultCountry) as T[];
    if (child.type === 'element') {
      if (LEAVE_ALONE.has(child.tagName) || isNoBreakSpan(child)) return [child];
      return [{ ...child, children: wrapChildren(child.children, defaultCountry) } as T];
    }
    return [child];
  });
}

/**
 * A copy of the tree with phone numbers, postal codes and times in text
 * wrapped in `<span class="nowrap">`; with `defaultCountry`, valid phone
 * numbers become `<a class="nowrap" href="tel:…">` instead.
 */
export function wrapNoBreaks(root: Root, defaultCountry?: string): Root {
  return { ...root, children: wrapChildren(root.children, defaultCountry) };
}

/**
 * The Markdown processor's hast plugin: runs after the sanitiser (it adds
 * only `<span class="nowrap">`, and `<a href="tel:+…">` with digits only,
 * around text the sanitiser already kept). Phone numbers written without a
 * country code are read in `defaultCountry`.
 */
export function noBreakPlugin(defaultCountry: string): HastPluginDefinition {
  return {
    name: 'notices:no-break',
    after(root, ctx) {
      ctx.replaceNode(root, wrapNoBreaks(root as Root, defaultCountry));
    },
  };
}
