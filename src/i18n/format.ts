import type { Locale } from 'date-fns';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { pl } from 'date-fns/locale/pl';
import { uk } from 'date-fns/locale/uk';
import type { Lang } from './languages.ts';

/** The date-fns locale each language's dates are written with. */
const dateLocales: Record<Lang, Locale> = { pl, en: enGB, uk };

/** A `YYYY-MM-DD` (optionally `THH:mm`) string as a Date in local wall-clock time, with no time-zone shift. */
export function parseLocal(value: string): Date {
  const [datePart = '', timePart = '00:00'] = value.split('T');
  const [y = 1970, m = 1, d = 1] = datePart.split('-').map(Number);
  const [hh = 0, mm = 0] = timePart.split(':').map(Number);
  return new Date(y, m - 1, d, hh, mm);
}

/** "14 czerwca 2024", "14 June 2024", "14 червня 2024 р." */
export function formatLongDate(isoDate: string, lang: Lang): string {
  const text = format(parseLocal(isoDate), 'd MMMM yyyy', { locale: dateLocales[lang] });
  return lang === 'uk' ? `${text} р.` : text;
}

/** Clock time as the language writes it: 24-hour for pl and uk, "5:30 pm" for en. */
export function formatTime(localDateTime: string, lang: Lang): string {
  const date = parseLocal(localDateTime);
  if (lang !== 'en') return format(date, 'HH:mm');
  return format(date, date.getMinutes() === 0 ? 'h aaa' : 'h:mm aaa');
}

/**
 * When an event happens, in one line: "środa, 19 czerwca 2024, 17:00–19:00".
 * An end on another day is written out in full.
 */
export function formatEventWhen(start: string, end: string | undefined, lang: Lang): string {
  const locale = dateLocales[lang];
  const day = (value: string) => `${format(parseLocal(value), 'EEEE', { locale })}, ${formatLongDate(value, lang)}`;
  const startText = `${day(start)}, ${formatTime(start, lang)}`;
  if (!end) return startText;
  const sameDay = end.slice(0, 10) === start.slice(0, 10);
  return sameDay ? `${startText}–${formatTime(end, lang)}` : `${startText} – ${day(end)}, ${formatTime(end, lang)}`;
}
