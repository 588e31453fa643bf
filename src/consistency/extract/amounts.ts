import { formatNumber, readNumber, scaled } from './numbers.ts';
import type { Scan } from './scan.ts';

/** Amounts of money: "20 zł", "20zł", "PLN 20", "20 PLN", "20 злотих", "€20", "45 000 000 zł". */

function currencyAt(scan: Scan, i: number): { code: string; end: number } | undefined {
  const isWord = scan.tokens.isWord(i);
  if (!isWord && !scan.tokens.isPunct(i)) return undefined;
  const code = scan.pack.currencies.get(scan.tokens.lower(i) ?? '');
  if (code === undefined) return undefined;
  const end = scan.punct(i + 1) === '.' && scan.adjacent(i) && isWord ? i + 2 : i + 1;
  return { code, end };
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
  return addAmount(scan, i, currency.end, currency.code, number.value);
}

const MONEY_SUFFIXES: Readonly<Record<string, number>> = { k: 3, m: 6 };

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
