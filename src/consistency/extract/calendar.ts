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

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm), as month and day. */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** A day some days after Easter in a year: Corpus Christi is 60 days after. */
export function afterEaster(year: number, days: number): { year: number; month: number; day: number } {
  const { month, day } = easterSunday(year);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return { year, month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
