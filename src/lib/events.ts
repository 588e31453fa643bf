import { TZDate } from '@date-fns/tz';
import type { EventData, VenueData } from '../announcements/schema.ts';

/**
 * Event helpers: event times are written in frontmatter as local wall-clock
 * times in the site's time zone; calendars and search engines need instants.
 */

/** The instant of a local `YYYY-MM-DDTHH:mm` in a time zone. */
export function toInstant(localDateTime: string, timeZone: string): Date {
  const [date = '', time = '00:00'] = localDateTime.split('T');
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, timeZone).getTime());
}

/** ISO 8601 with the zone's offset, as schema.org wants: "2024-06-19T17:00:00+02:00". */
export function toIsoWithOffset(localDateTime: string, timeZone: string): string {
  const instant = toInstant(localDateTime, timeZone);
  const offset = -new TZDate(instant.getTime(), timeZone).getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDateTime.slice(0, 16)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An event is past once it has ended (or, without an end, once it has started). */
export function isPast(event: EventData, now: Date, timeZone: string): boolean {
  return toInstant(event.end ?? event.start, timeZone).getTime() < now.getTime();
}

/** One line of the venue's postal address: "ul. Zabłocie 20, 30-701 Kraków". */
export function postalAddress(venue: VenueData): string {
  return [venue.streetAddress, [venue.postalCode, venue.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/** An OpenStreetMap search for the venue's address (or name). */
export function mapLink(venue: VenueData): string {
  const query = postalAddress(venue) || venue.name;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}

// RFC 5545: escape text, fold lines longer than 75 octets, end lines with CRLF.

/** Line breaks of any kind: each becomes one escaped "\n" in a TEXT value. */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/**
 * Controls a TEXT value may not hold (RFC 5545 3.3.11: CONTROL is U+0000–U+0008,
 * U+000A–U+001F and U+007F) plus the C1 controls: dropped, so that no value can
 * start a property line of its own or carry a NUL. A tab becomes a space.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** An RFC 5545 TEXT value: backslash, semicolon and comma escaped, line breaks as "\n", no control characters. */
export function escapeText(text: string): string {
  return text
    .replace(LINE_BREAK, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/([,;])/g, '\\$1');
}

/** A value that is not TEXT (UID, URL): nothing to escape, but no line break or control either. */
const withoutControls = (value: string): string => value.replace(LINE_BREAK, '').replace(/\t/g, '').replace(CONTROL, '');

function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Never split a UTF-8 sequence: back off to a character boundary.
    while (end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74; // continuation lines start with a space
  }
  return parts.join('\r\n ');
}

const utcStamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export interface IcsInput {
  uid: string;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  url: string;
  event: EventData;
  timeZone: string;
  /** DTSTAMP: when this calendar object was made (the build time). */
  stamp: Date;
  lang: string;
}

/** An iCalendar (RFC 5545) file with one event, times in UTC. */
export function icsCalendar(input: IcsInput): string {
  const start = toInstant(input.event.start, input.timeZone);
  const end = input.event.end ? toInstant(input.event.end, input.timeZone) : undefined;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Open City Notices//Announcements//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${withoutControls(input.uid)}`,
    `DTSTAMP:${utcStamp(input.stamp)}`,
    `DTSTART:${utcStamp(start)}`,
    ...(end ? [`DTEND:${utcStamp(end)}`] : []),
    `SUMMARY;LANGUAGE=${input.lang}:${escapeText(input.summary)}`,
    ...(input.description ? [`DESCRIPTION;LANGUAGE=${input.lang}:${escapeText(input.description)}`] : []),
    ...(input.location ? [`LOCATION;LANGUAGE=${input.lang}:${escapeText(input.location)}`] : []),
    `URL:${withoutControls(input.url)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
