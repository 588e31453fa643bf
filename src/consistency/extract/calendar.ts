const DAY_MS = 86_400_000;

/** The year (publication year ±1) that puts a day and month closest to the publication date. */
export function nearestYear(publicationDate: string, month: number, day: number): number {
  const [y = 2000, m = 1, d = 1] = publicationDate.split('-').map(Number);
  // Whole calendar days between two dates, counted in UTC so no time zone or
  // daylight saving shift can move a day (this runs for every date without a year).
  const published = Date.UTC(y, m - 1, d);
  let best = y;
  let bestDistance = Infinity;
  for (const year of [y - 1, y, y + 1]) {
    const distance = Math.abs(Math.round((Date.UTC(year, month - 1, Math.min(day, 28)) - published) / DAY_MS));
    if (distance < bestDistance) [best, bestDistance] = [year, distance];
  }
  return best;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "19 June 2024", "June 2024" for messages (called for every date found, so kept cheap). */
export function formatLongEnglishDate(year: number, month: number, day?: number): string {
  const name = MONTHS[month - 1] ?? String(month);
  return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date. */
export function isoWeekday(isoDate: string): number {
  const [y = 2000, m = 1, d = 1] = isoDate.split('-').map(Number);
  const day = new Date(y, m - 1, d).getDay();
  return day === 0 ? 7 : day;
}
