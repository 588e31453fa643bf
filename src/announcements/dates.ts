/** Calendar helpers for the `YYYY-MM-DD` and `YYYY-MM-DDTHH:mm` strings used in frontmatter. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

export function isRealCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** True for a `YYYY-MM-DD` string naming a day that exists (no 30 February). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return m !== null && isRealCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** True for `YYYY-MM-DDTHH:mm` (optionally `:ss`, or a space instead of `T`) with a real date and time. */
export function isLocalDateTime(value: string): boolean {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) return false;
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  return isRealCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) && hour < 24 && minute < 60 && second < 60;
}

/** Normalises a valid local date-time to `YYYY-MM-DDTHH:mm`. */
export function normaliseLocalDateTime(value: string): string {
  return value.replace(' ', 'T').slice(0, 16);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Some YAML parsers turn unquoted dates into Date objects read as UTC. Their
 * UTC fields are exactly what the editor wrote, so they are read back as such.
 */
export function dateToIsoDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function dateToLocalDateTime(date: Date): string {
  return `${dateToIsoDate(date)}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Why a value written as a date (or a date and time) is not one, when the
 * notation is right but the day does not exist: "30 February 2025 does not
 * exist". Undefined for values not written as a date.
 */
export function missingDayReason(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `there is no month ${month}`;
  return isRealCalendarDate(year, month, day) ? undefined : `${day} ${MONTH_NAMES[month - 1]} ${year} does not exist`;
}
