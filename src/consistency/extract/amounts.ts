import { formatNumber, readNumber, scaled } from './numbers.ts';
import { onlyRangeWords, type Scan } from './scan.ts';

/** Amounts of money: "20 zł", "20zł", "PLN 20", "20 PLN", "20 злотих", "€20", "45 000 000 zł". */

function currencyAt(scan: Scan, i: number): { code: string; end: number } | undefined {
  const isWord = scan.tokens.isWord(i);
  if (!isWord && !scan.tokens.isPunct(i)) return undefined;
  const code = scan.pack.currencies.get(scan.tokens.lower(i) ?? '');
  if (code === undefined) return undefined;
  return { code, end: isWord ? scan.afterAbbreviation(i) : i + 1 };
}

function addAmount(scan: Scan, from: number, to: number, code: string, value: string): number {
  scan.add({ kind: 'amount', key: `${code}:${value}`, label: `${code} ${formatNumber(value)}`, from, to });
  return to;
}

export function matchAmountAfterNumber(scan: Scan, i: number): number {
  const number = readNumber(scan, i);
  if (!number) return -1;
  const currency = currencyAt(scan, scan.skip(number.end));
  if (!currency) return -1;
  const minor = readMinorUnits(scan, currency.end, currency.code);
  if (minor && !number.value.includes('.')) return addAmount(scan, i, minor.end, currency.code, `${number.value}.${minor.hundredths}`.replace(/\.?0+$/, ''));
  return addAmount(scan, i, currency.end, currency.code, number.value);
}

/** "… 50 gr", "… 50 коп.": hundredths of the currency just read; returns them (two digits) and the index after them. */
function readMinorUnits(scan: Scan, i: number, code: string): { hundredths: string; end: number } | undefined {
  const at = scan.skip(i);
  const digits = scan.num(at);
  if (at === i || digits === undefined || digits.length > 2) return undefined;
  const unit = scan.skip(at + 1);
  if (unit === at + 1 || scan.pack.minorUnits.get(scan.word(unit) ?? '') !== code) return undefined;
  const end = scan.afterAbbreviation(unit);
  return { hundredths: digits.padStart(2, '0'), end };
}

const MONEY_SUFFIXES: Readonly<Record<string, number>> = { k: 3, m: 6 };

/** "symboliczna złotówka": a word that names a sum by itself, unless a number comes before it ("5 złotówek" is read as usual). */
export function matchAmountWord(scan: Scan, i: number): number {
  const amount = scan.pack.amountWords.get(scan.word(i) ?? '');
  if (!amount || scan.num(scan.back(i)) !== undefined) return -1;
  scan.add({ kind: 'amount', key: `${amount.currency}:${amount.value}`, label: `${amount.currency} ${amount.value}`, from: i, to: i + 1 });
  return i + 1;
}

export function matchAmountBeforeNumber(scan: Scan, i: number): number {
  const currency = currencyAt(scan, i);
  if (!currency) return -1;
  // Only codes and symbols come before the number ("PLN 20", "€20"), not words like "złotych".
  const token = scan.token(i);
  if (token?.type === 'word' && token.text !== token.text.toUpperCase()) return -1;
  const j = scan.skip(currency.end);
  const number = readNumber(scan, j);
  if (!number) return -1;
  // "PLN 2.5m", "€20k": money shorthand, read only right after a currency.
  const suffix = scan.token(number.end);
  const exponent = suffix?.type === 'word' && scan.adjacent(number.end - 1) ? MONEY_SUFFIXES[suffix.lower] : undefined;
  if (exponent !== undefined) return addAmount(scan, i, number.end + 1, currency.code, scaled(number.value, exponent));
  return addAmount(scan, i, number.end, currency.code, number.value);
}

const currencyOf = (key: string) => key.slice(0, key.indexOf(':'));

/**
 * Drops an amount that converts the one before it into another currency, in
 * brackets or after "≈": "PLN 20 (about EUR 5)", "20 zł (ok. 5 €)", "20
 * злотих (≈ 200 грн)". A translator adds such help for readers; it states
 * nothing the other languages must state too.
 */
export function dropCurrencyConversions(scan: Scan): void {
  const { facts } = scan;
  for (let k = facts.length - 1; k > 0; k--) {
    const fact = facts[k];
    const before = facts[k - 1];
    if (fact?.kind !== 'amount' || before?.kind !== 'amount' || currencyOf(fact.key) === currencyOf(before.key)) continue;
    if (isConversionGap(scan, before.to, fact.from)) facts.splice(k, 1);
  }
}

/** Only a bracket or "≈"/"~", and approximate words, between two amounts. */
function isConversionGap(scan: Scan, from: number, to: number): boolean {
  let marked = false;
  for (let i = from; i < to; i++) {
    if (scan.isSpace(i)) continue;
    const punct = scan.punct(i);
    if (punct === '(' || punct === '≈' || punct === '~') marked = true;
    else if (punct === '.' && scan.tokens.isWord(i - 1)) continue;
    else if (!scan.pack.approximateWords.has(scan.word(i) ?? '')) return false;
  }
  return marked;
}

const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;
/** Digits with their group and decimal separators, and nothing else. */
const WRITTEN_NUMBER = /^[\d\s.,\u00a0\u202f]+$/;

/**
 * A range of amounts writes its currency once: "20–30 zł" and "od 20 do 30
 * zł" after the second number, "PLN 20–30" before the first. The bare number
 * of such a range is an amount in that currency too, so "20–30 zł" = "PLN
 * 20–30" = "from PLN 20 to PLN 30".
 */
export function shareCurrencyInRanges(scan: Scan): void {
  const { facts } = scan;
  for (let k = 0; k + 1 < facts.length; k++) {
    const [first, second] = [facts[k], facts[k + 1]];
    if (!first || !second || !onlyRangeWords(scan, first.to, second.from)) continue;
    // The currency after the second number ("20–30 zł"), or before the first ("PLN 20–30").
    const [bare, amount] = first.kind === 'number' && second.kind === 'amount' && scan.tokens.isNum(second.from) ? [first, second] : second.kind === 'number' && first.kind === 'amount' && !scan.tokens.isNum(first.from) ? [second, first] : [];
    // Only a number written alone: "w ciągu 7 dni – 100 zł" is a count of days, then an amount.
    if (!bare || !amount || !PLAIN_NUMBER.test(bare.key) || !WRITTEN_NUMBER.test(scan.slice(bare.from, bare.to))) continue;
    const code = currencyOf(amount.key);
    facts[facts.indexOf(bare)] = { ...bare, kind: 'amount', key: `${code}:${bare.key}`, label: `${code} ${formatNumber(bare.key)}` };
  }
}
