import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { Scan } from './scan.ts';

/**
 * URLs, e-mail addresses and phone numbers, read before anything else so
 * that their digits are never taken for dates, times or counts. Each scan
 * is linear: it starts only where a candidate can start and reads a bounded
 * number of characters from there.
 */

const URL_START = /\b(?:https?:\/\/|www\.)/gi;
const URL_STOP = /[\s<>"'\uFFFC]/;
const TRAILING = /[.,;:!?]+$/;

/** Claims the tokens covering text [start, end) and returns their token range. */
function tokensCovering(scan: Scan, start: number, end: number): { from: number; to: number } | undefined {
  let from = -1;
  let to = -1;
  // Binary search for the first token that ends after `start`, then walk.
  let low = 0;
  const { tokens } = scan;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens.end(mid) <= start) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < tokens.length; i++) {
    if (tokens.end(i) <= start) continue;
    if (tokens.start(i) >= end) break;
    if (from === -1) from = i;
    to = i + 1;
  }
  return from === -1 ? undefined : { from, to };
}

/** Normalises a URL for comparison: scheme and host in lower case, no "www.", no trailing slash. */
export function normaliseUrl(raw: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
  try {
    const url = new URL(withScheme);
    const host = url.host.toLowerCase().replace(/^www\./, '');
    // The same page in another language is the same place: "/pl/…" = "/en/…" = "/ua/…", "?lang=en" = "?lang=pl".
    const path = url.pathname
      .replace(/\/+$/, '')
      .split('/')
      .map((segment) => (LANGUAGE_SEGMENT.test(segment) ? '{lang}' : segment))
      .join('/');
    for (const name of LANGUAGE_PARAMETERS) url.searchParams.delete(name);
    return `${host}${path}${url.search}${url.hash}`;
  } catch {
    return raw.toLowerCase();
  }
}

/** Path segments that name a language on a city's or an institution's site ("en", "pl", "uk", "ua", "en-gb"). */
const LANGUAGE_SEGMENT = /^(?:pl|en|uk|ua|de|fr|es|it|cs|sk|lt|ru|be)(?:[-_][a-z]{2})?$/i;
const LANGUAGE_PARAMETERS = ['lang', 'language', 'locale', 'hl'];

export function matchUrls(scan: Scan): void {
  const { text } = scan;
  if (!text.includes('.')) return;
  URL_START.lastIndex = 0;
  const spans: Array<[number, number]> = [];
  let match: RegExpExecArray | null;
  while ((match = URL_START.exec(text)) !== null) {
    let end = match.index + match[0].length;
    while (end < text.length && !URL_STOP.test(text[end] ?? ' ')) end++;
    let url = text.slice(match.index, end).replace(TRAILING, '');
    // A closing bracket belongs to the URL only if the URL opened one.
    while (url.endsWith(')') && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) url = url.slice(0, -1).replace(TRAILING, '');
    URL_START.lastIndex = Math.max(end, URL_START.lastIndex);
    if (url.length <= match[0].length) continue;
    spans.push([match.index, match.index + url.length]);
  }
  for (const [start, end] of [...spans, ...bareDomains(text)]) {
    const range = tokensCovering(scan, start, end);
    if (!range || !scan.free(range.from, range.to)) continue;
    const raw = text.slice(start, end);
    scan.add({ kind: 'url', key: normaliseUrl(raw), label: raw, ...range });
  }
}

/** Top-level domains a city's residents meet; a bare "krakow.pl" or "mpk.krakow.pl/rozklady" is a web address. */
const BARE_TLD = /\.(?:pl|eu|ua|com|org|net|gov|edu|info|uk|de|io)(?![\p{L}\p{N}_-])/giu;
const HOST_CHAR = /[A-Za-z0-9.-]/;
const BEFORE_HOST = /[\p{L}\p{N}_@/.:-]/u;
const MAX_HOST = 253;

/**
 * Web addresses written without "https://" or "www.": found from their
 * top-level domain, reading the host backwards and the path forwards, each
 * within a bounded distance (a regular expression here would backtrack).
 */
function bareDomains(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  BARE_TLD.lastIndex = 0;
  let match: RegExpExecArray | null;
  let claimedUntil = 0;
  while ((match = BARE_TLD.exec(text)) !== null) {
    const dot = match.index;
    if (dot < claimedUntil) continue;
    let start = dot;
    while (start > 0 && dot - start < MAX_HOST && HOST_CHAR.test(text[start - 1] ?? '')) start--;
    while (start < dot && (text[start] === '.' || text[start] === '-')) start++;
    if (start === dot || (start > 0 && BEFORE_HOST.test(text[start - 1] ?? ''))) continue;
    if (AT_WORD_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
    let end = dot + match[0].length;
    if (text[end] === '@') continue;
    if (text[end] === '/') while (end < text.length && !URL_STOP.test(text[end] ?? ' ')) end++;
    let url = text.slice(start, end).replace(TRAILING, '');
    while (url.endsWith(')') && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) url = url.slice(0, -1).replace(TRAILING, '');
    spans.push([start, start + url.length]);
    claimedUntil = end;
  }
  return spans;
}

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;

export function matchEmails(scan: Scan): void {
  const { text } = scan;
  for (const [atStart, atEnd] of atSigns(text)) {
    let start = atStart;
    while (start > 0 && atStart - start < 64 && LOCAL_CHAR.test(text[start - 1] ?? '')) start--;
    let end = atEnd;
    while (end < text.length && end - atEnd < 254 && DOMAIN_CHAR.test(text[end] ?? '')) end++;
    while (end > atEnd && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    const domain = text.slice(atEnd, end);
    if (start === atStart || !/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(domain)) continue;
    const range = tokensCovering(scan, start, end);
    if (!range || !scan.free(range.from, range.to)) continue;
    const address = `${text.slice(start, atStart)}@${domain}`.toLowerCase();
    scan.add({ kind: 'email', key: address, label: address, ...range });
  }
}

/**
 * "@", and the words written for it to keep addresses from spam robots:
 * "info [at] krakow.pl", "info(at)krakow.pl", "info [małpa] krakow.pl",
 * "info (собака) krakow.pl". Start and end of each, in text order.
 */
const AT_WORD = /\s?[[(](?:at|małpa|malpa|собака)[\])]\s?/giu;
/** A spelled-out "@" just before a host ("[at] krakow.pl"): the host is part of an e-mail address, not a web address. */
const AT_WORD_BEFORE = /[[(](?:at|małpa|malpa|собака)[\])]\s?$/iu;

function atSigns(text: string): Array<[number, number]> {
  const signs: Array<[number, number]> = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) signs.push([at, at + 1]);
  if (text.includes('[') || text.includes('(')) {
    AT_WORD.lastIndex = 0;
    for (let match = AT_WORD.exec(text); match !== null; match = AT_WORD.exec(text)) signs.push([match.index, match.index + match[0].length]);
    signs.sort((a, b) => a[0] - b[0]);
  }
  return signs;
}

/**
 * A valid phone number, or undefined. A leading trunk "0" that the country
 * no longer dials ("0 12 616 12 34", "(0-12) 616 12 34", still common in
 * Poland) is dropped when the number is not valid with it.
 */
interface ParsedPhone {
  /** E.164, the comparison key. */
  number: string;
  /** International format, for messages. */
  label: string;
}

// The same numbers recur in every language of an announcement and across
// announcements; libphonenumber is the slowest step of the extraction, so its
// answers are remembered (a bounded cache: it is emptied when full).
const phoneCache = new Map<string, ParsedPhone | null>();
const PHONE_CACHE_SIZE = 10_000;

function parsePhoneCached(candidate: string, country: CountryCode): ParsedPhone | undefined {
  // Keyed by the digits, so "12 616 12 34", "(12) 616-12-34" and "+48 12 616 12 34" share one answer.
  const digits = candidate.replace(/\D/g, '');
  const international = isInternational(candidate);
  const callingCode = international ? countryCallingCodeOf(country) : undefined;
  const key = callingCode !== undefined && digits.startsWith(callingCode) && digits.length - callingCode.length >= 9 ? `${country} ${digits.slice(callingCode.length)}` : `${country} ${international ? '+' : ''}${digits}`;
  let parsed = phoneCache.get(key);
  if (parsed === undefined) {
    const phone = parsePhone(candidate, country);
    parsed = phone ? { number: phone.number, label: phone.formatInternational() } : null;
    if (phoneCache.size >= PHONE_CACHE_SIZE) phoneCache.clear();
    phoneCache.set(key, parsed);
  }
  return parsed ?? undefined;
}

/** "48" for Poland: a number written with it is the same as one written without, in that country. */
function countryCallingCodeOf(country: CountryCode): string | undefined {
  try {
    return getCountryCallingCode(country);
  } catch {
    // A country code libphonenumber does not know.
    return undefined;
  }
}

/** Written with its country code after a plus: "+48 12 …", "(+48) 12 …". */
const isInternational = (candidate: string): boolean => /^\s*\(?\+/.test(candidate);

function parsePhone(candidate: string, country: CountryCode) {
  const phone = parsePhoneNumberFromString(candidate, country);
  if (phone?.isValid()) return phone;
  const digits = candidate.replace(/\D/g, '');
  if (isInternational(candidate) || !digits.startsWith('0') || digits.startsWith('00')) return undefined;
  const withoutTrunk = parsePhoneNumberFromString(digits.slice(1), country);
  return withoutTrunk?.isValid() ? withoutTrunk : undefined;
}

// "734 – 117 -307": an en dash too, as word processors turn a spaced hyphen into one.
const PHONE_JOINERS = new Set(['-', '–', '.', '(', ')', '/']);

/**
 * Phone numbers, in any grouping, normalised to E.164 with libphonenumber so
 * "12 616 75 55", "+48 12 616 75 55" and "(12) 6167555" are the same number.
 */
export function matchPhones(scan: Scan): void {
  const { tokens } = scan;
  const country = scan.options.defaultCountry as CountryCode;
  for (let i = 0; i < tokens.length; i++) {
    if (scan.claimed[i]) continue;
    const isNum = tokens.isNum(i);
    if (!isNum) {
      const punct = scan.punct(i);
      // "+48 …", "(12) …", "(+48) …"
      const opensInternational = punct === '(' && scan.punct(i + 1) === '+' && tokens.isNum(i + 2);
      if (((punct !== '+' && punct !== '(') || !tokens.isNum(i + 1)) && !opensInternational) continue;
    }
    // Only at the start of a run of digits: "19 19 19 …" is tried once, not at every number.
    // Tokens are contiguous: one that is not a space touches this one.
    if (i > 0 && (!tokens.isSpace(i - 1) || tokens.isNum(i - 2))) continue;

    const groups: number[] = [];
    let digits = 0;
    let j = i;
    for (; j < tokens.length && digits <= 15; j++) {
      if (scan.claimed[j]) break;
      // Read through the accessors: this runs at every number of every text.
      if (tokens.isNum(j)) {
        digits += tokens.end(j) - tokens.start(j);
        groups.push(j + 1);
        continue;
      }
      if (tokens.isSpace(j)) {
        if (tokens.end(j) - tokens.start(j) === 1) continue;
        break;
      }
      const punct = scan.punct(j);
      if (punct === undefined || !(PHONE_JOINERS.has(punct) || (punct === '+' && (j === i || (j === i + 1 && scan.punct(i) === '('))))) break;
    }
    if (digits < 9) {
      i = Math.max(i, j - 1);
      continue;
    }
    // Try the whole run, then shorter ones: "12 616 75 55 2024" still finds the number.
    for (let g = groups.length; g > 0; g--) {
      const end = groups[g - 1] ?? i + 1;
      // "100 – 200 – 300 zł": amounts, whatever their digits.
      if (scan.pack.currencies.has(scan.word(scan.skip(end)) ?? '')) break;
      const candidate = scan.slice(i, end);
      // An en dash joins the groups of a number written with spaces, not dates: "01.12.2025 – 28.02.2026".
      if (candidate.includes('–') && /[./]/.test(candidate)) continue;
      const digitCount = candidate.replace(/\D/g, '').length;
      if (digitCount < 9) break;
      if (digitCount > 15) continue;
      const phone = parsePhoneCached(candidate, country);
      if (phone) {
        scan.add({ kind: 'phone', key: phone.number, label: phone.label, from: i, to: end });
        break;
      }
    }
    i = Math.max(i, j - 1);
  }
}
