import { afterEaster, inferYear } from './calendar.ts';
import { readPhrase, type Scan } from './scan.ts';

/**
 * A holiday by its name: "w Boże Ciało", "on Christmas Day", "на Різдво". It
 * is read as its date, so a translation that names the holiday where the
 * others write the day ("closed on Christmas Day" against "25 grudnia") says
 * the same, and number words inside a name ("Trzech Króli") are no numbers.
 * A day that follows Easter takes the year that puts it closest after the
 * publication, as a date without a year does.
 */
export function matchHoliday(scan: Scan, i: number): number {
  const phrase = readPhrase(scan, i, scan.pack.holidays);
  if (!phrase) return -1;
  const easter = /^easter([+-]\d+)$/.exec(phrase.value);
  if (easter) {
    const published = scan.options.publicationDate;
    const year = Number(published.slice(0, 4));
    const candidates = [year - 1, year, year + 1].map((y) => afterEaster(y, Number(easter[1])));
    // (Number("+60") is 60, Number("-2") is -2: Good Friday.)
    const date = candidates.find((d) => inferYear(published, d.month, d.day) === d.year) ?? candidates[1];
    if (!date) return -1;
    scan.add({ kind: 'date', key: '', label: '', from: i, to: phrase.end, date, holiday: true });
    return phrase.end;
  }
  const [month = 0, day = 0] = phrase.value.split('-').map(Number);
  scan.add({ kind: 'date', key: '', label: '', from: i, to: phrase.end, date: { month, day }, holiday: true });
  return phrase.end;
}
