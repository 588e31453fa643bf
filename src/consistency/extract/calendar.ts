const DAY_MS = 86_400_000;
/** Announcements look ahead: a date without a year is read within four months before and eight after publication. */
const DAYS_BEFORE = 120;
const DAYS_AFTER = 245;

/**
 * The year of a day and month written without one, given the publication
 * date: the year that puts it in a window from four months before
 * publication to eight months after it. An announcement published in June
 * that says "w niedzielę 5 stycznia" means next January (a Sunday in 2025),
 * not the January just gone; a report in January on "20 grudnia" means the
 * December just gone.
 */
export function inferYear(publicationDate: string, month: number, day: number): number {
  const [y = 2000, m = 1, d = 1] = publicationDate.split('-').map(Number);
  // Whole calendar days between two dates, counted in UTC so no time zone or
  // daylight saving shift can move a day (this runs for every date without a year).
  const published = Date.UTC(y, m - 1, d);
  const offset = (year: number) => Math.round((Date.UTC(year, month - 1, Math.min(day, 28)) - published) / DAY_MS);
  for (const year of [y, y + 1, y - 1]) {
    const days = offset(year);
    if (days >= -DAYS_BEFORE && days < DAYS_AFTER) return year;
  }
  return y;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "19 June 2024", "June 2024" for messages (called for every date found, so kept cheap). */
export function formatLongEnglishDate(year: number, month: number, day?: number): string {
  const name = MONTHS[month - 1] ?? String(month);
  return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/** Month offsets of Sakamoto's weekday formula, January first. */
const MONTH_OFFSETS = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

/**
 * ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date in the
 * Gregorian calendar. Plain arithmetic: it runs for every weekday of every
 * text, and a Date would also read years below 100 as 19xx.
 */
export function isoWeekday(isoDate: string): number {
  const day = Number(isoDate.slice(-2));
  const month = Number(isoDate.slice(-5, -3));
  const year = Number(isoDate.slice(0, -6)) - (month < 3 ? 1 : 0);
  const sundayFirst = (year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400) + (MONTH_OFFSETS[month - 1] ?? 0) + day) % 7;
  return sundayFirst === 0 ? 7 : sundayFirst;
}
