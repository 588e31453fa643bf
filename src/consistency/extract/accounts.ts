import type { Scan } from './scan.ts';

/**
 * Bank account numbers: the Polish NRB ("12 1020 2892 0000 5102 0590 2140",
 * 26 digits) and IBANs ("PL12 1020 2892 …", "DE89 3704 0044 0532 0130 00").
 * Read before phone numbers and counts, so that their groups are one fact
 * ("bank account …") and not a phone number or a row of numbers. A Polish
 * IBAN is the NRB with "PL" before it: both compare equal.
 */

/** IBAN lengths in digits after the country code (two check digits and the account), at the extremes. */
const MIN_IBAN_DIGITS = 12;
const MAX_IBAN_DIGITS = 32;
const NRB_DIGITS = 26;

/** Countries that issue IBANs: "PKO BP 12 1020 …" names a bank, not a country. */
const IBAN_COUNTRIES = new Set(
  'AD AE AL AT AZ BA BE BG BH BI BR BY CH CR CY CZ DE DJ DK DO EE EG ES FI FK FO FR GB GE GI GL GR GT HR HU IE IL IQ IS IT JO KW KZ LB LC LI LT LU LV LY MC MD ME MK MN MR MT MU NI NL NO OM PK PL PS PT QA RO RS RU SA SC SD SE SI SK SM SO ST SV TL TN TR UA VA VG XK'.split(' '),
);

export function matchBankAccounts(scan: Scan): void {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    // Most tokens cannot start an account: only two letters, or two digits or a long run of them.
    // Tested by length before any text is read, as this runs at every token of every text.
    const length = tokens.end(i) - tokens.start(i);
    if (scan.claimed[i] || (length !== 2 && !(length >= MIN_IBAN_DIGITS && tokens.isNum(i)))) continue;
    const country = tokens.isWord(i) ? countryPrefix(scan, i) : undefined;
    if (tokens.isWord(i) && country === undefined) continue;
    const first = country === undefined ? i : scan.skip(i + 1);
    // Only at the start of a run of groups: "19 19 19 …" is tried once.
    if (!tokens.isNum(first) || (country === undefined && i > 0 && (tokens.isNum(i - 2) || tokens.isNum(i - 1)))) continue;
    const read = readGroups(scan, first);
    if (read === undefined) continue;
    const { digits, end } = read;
    const isNrb = (country === undefined || country === 'PL') && digits.length === NRB_DIGITS;
    const isIban = country !== undefined && country !== 'PL' && digits.length >= MIN_IBAN_DIGITS && digits.length <= MAX_IBAN_DIGITS;
    if (!isNrb && !isIban) {
      i = Math.max(i, end - 1);
      continue;
    }
    const key = isNrb ? digits : `${country}${digits}`;
    scan.add({ kind: 'number', key: `account:${key}`, label: `bank account ${grouped(isNrb ? '' : (country ?? ''), digits)}`, from: i, to: end });
    i = end - 1;
  }
}

/** "PL" in "PL12 1020 …" or "PL 12 1020 …": two capital letters before the digits. */
function countryPrefix(scan: Scan, i: number): string | undefined {
  const raw = scan.raw(i);
  if (!scan.tokens.isWord(i) || raw === undefined || !IBAN_COUNTRIES.has(raw)) return undefined;
  const next = scan.isSpace(i + 1) && scan.raw(i + 1) === ' ' ? i + 2 : i + 1;
  return scan.tokens.isNum(next) && scan.num(next)?.length === 2 ? raw : undefined;
}

/**
 * Digits written as an account: one run, or groups parted by single spaces,
 * the first of two digits (the check digits) and the rest of four, the last
 * maybe shorter. Returns the digits and the index after them.
 */
function readGroups(scan: Scan, i: number): { digits: string; end: number } | undefined {
  const first = scan.num(i) ?? '';
  if (first.length >= MIN_IBAN_DIGITS) return first.length <= MAX_IBAN_DIGITS ? { digits: first, end: i + 1 } : undefined;
  if (first.length !== 2) return undefined;
  let digits = first;
  let end = i + 1;
  for (let k = i + 1; digits.length < MAX_IBAN_DIGITS; k += 2) {
    const group = scan.raw(k) === ' ' ? scan.num(k + 1) : undefined;
    if (group === undefined || group.length > 4) break;
    digits += group;
    end = k + 2;
    if (group.length < 4) break;
  }
  return digits.length >= MIN_IBAN_DIGITS ? { digits, end } : undefined;
}

/** "12 1020 2892 …", "DE89 3704 …": as banks print account numbers. */
function grouped(country: string, digits: string): string {
  const [check, rest] = [digits.slice(0, 2), digits.slice(2)];
  const groups = rest.match(/.{1,4}/g) ?? [];
  return [`${country}${check}`, ...groups].join(' ');
}
