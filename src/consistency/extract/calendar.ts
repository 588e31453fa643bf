import { differenceInCalendarDays, format } from 'date-fns';

/** The year (publication year ±1) that puts a day and month closest to the publication date. */
export function nearestYear(publicationDate: string, month: number, day: number): number {
  const [y = 2000, m = 1, d = 1] = publicationDate.split('-').map(Number);
  const published = new Date(y, m - 1, d);
  let best = y;
  let bestDistance = Infinity;
  for (const year of [y - 1, y, y + 1]) {
    const distance = Math.abs(differenceInCalendarDays(new Date(year, month - 1, Math.min(day, 28)), published));
    if (distance < bestDistance) [best, bestDistance] = [year, distance];
  }
  return best;
}

/** "19 June 2024", "June 2024" for messages. */
export function formatLongEnglishDate(year: number, month: number, day?: number): string {
  const date = new Date(year, month - 1, day ?? 1);
  return format(date, day === undefined ? 'MMMM yyyy' : 'd MMMM yyyy');
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date. */
export function isoWeekday(isoDate: string): number {
  const [y = 2000, m = 1, d = 1] = isoDate.split('-').map(Number);
  const day = new Date(y, m - 1, d).getDay();
  return day === 0 ? 7 : day;
}
