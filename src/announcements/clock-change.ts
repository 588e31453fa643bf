import { tzOffset } from '@date-fns/tz';

/**
 * Local wall-clock times at a clock change. When clocks go forward an hour of
 * local time does not exist (02:30 on 31 March 2024 in Europe/Warsaw); when
 * they go back an hour happens twice (02:30 on 27 October 2024). Such a time
 * names no instant, or two, so a calendar file and a search engine would read
 * it differently: the schema refuses it.
 */

export type LocalTimeKind = { kind: 'ok' } | { kind: 'skipped'; from: string; to: string } | { kind: 'repeated'; from: string; to: string };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (minutes: number): string => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;

/** Reads `YYYY-MM-DDTHH:mm` as if it were UTC: the wall-clock time as a number. */
function wallClockMs(local: string): number {
  const [date = '', time = '00:00'] = local.split('T');
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  return Date.UTC(y, m - 1, d, hh, mm);
}

/** Whether a local time exists once, not at all, or twice in a time zone. */
export function classifyLocalTime(local: string, timeZone: string): LocalTimeKind {
  const wall = wallClockMs(local);
  // The offsets in force a day before and a day after; a wall-clock time
  // exists at offset o when the instant wall - o really has offset o.
  const offsets = [...new Set([tzOffset(timeZone, new Date(wall - 24 * HOUR)), tzOffset(timeZone, new Date(wall + 24 * HOUR))])];
  const instantsAt = (at: number) => offsets.filter((offset) => tzOffset(timeZone, new Date(at - offset * MINUTE)) === offset).length;
  const count = instantsAt(wall);
  if (count === 1) return { kind: 'ok' };
  // The affected stretch of the day: back to its first minute, as long as the gap between the offsets.
  const minuteOfDay = Math.floor((wall % (24 * HOUR)) / MINUTE);
  let first = minuteOfDay;
  while (first > 0 && instantsAt(wall - (minuteOfDay - first + 1) * MINUTE) === count) first--;
  const gap = Math.abs((offsets[1] ?? 0) - (offsets[0] ?? 0));
  const range = { from: clock(first), to: clock(first + gap) };
  return count === 0 ? { kind: 'skipped', ...range } : { kind: 'repeated', ...range };
}

/** What an editor is told about a local time at a clock change, or undefined when the time is fine. */
export function clockChangeProblem(local: string, timeZone: string): string | undefined {
  const found = classifyLocalTime(local, timeZone);
  const time = local.slice(11, 16);
  if (found.kind === 'skipped') {
    return `a time that exists in ${timeZone}: on ${local.slice(0, 10)} the clocks go forward at ${found.from} to ${found.to}, so ${time} never happens there; write the time the event really starts, e.g. ${found.to}`;
  }
  if (found.kind === 'repeated') {
    return `a time that happens once in ${timeZone}: on ${local.slice(0, 10)} the clocks go back from ${found.to} to ${found.from}, so ${time} happens twice and a calendar could show the event an hour off; give a time outside ${found.from}–${found.to}`;
  }
  return undefined;
}
