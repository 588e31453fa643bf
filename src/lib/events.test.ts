import { describe, expect, it } from 'vitest';
import { escapeText, icsCalendar, isPast, mapLink, toInstant, toIsoWithOffset } from './events.ts';

describe('event times', () => {
  it('reads local times in the site time zone, summer and winter', () => {
    expect(toInstant('2024-06-19T17:00', 'Europe/Warsaw').toISOString()).toBe('2024-06-19T15:00:00.000Z');
    expect(toInstant('2024-12-15T18:00', 'Europe/Warsaw').toISOString()).toBe('2024-12-15T17:00:00.000Z');
    expect(toIsoWithOffset('2024-06-19T17:00', 'Europe/Warsaw')).toBe('2024-06-19T17:00:00+02:00');
    expect(toIsoWithOffset('2024-12-15T18:00', 'Europe/Warsaw')).toBe('2024-12-15T18:00:00+01:00');
  });

  it('knows when an event is past', () => {
    const event = { start: '2024-06-19T17:00', end: '2024-06-19T19:00' };
    expect(isPast(event, new Date('2024-06-19T16:59:00Z'), 'Europe/Warsaw')).toBe(false);
    expect(isPast(event, new Date('2024-06-19T17:01:00Z'), 'Europe/Warsaw')).toBe(true);
  });

  it('links the address to an OpenStreetMap search', () => {
    expect(mapLink({ name: 'Centrum', streetAddress: 'ul. Zabłocie 20', postalCode: '30-701', city: 'Kraków' })).toBe(
      'https://www.openstreetmap.org/search?query=ul.%20Zab%C5%82ocie%2020%2C%2030-701%20Krak%C3%B3w',
    );
  });
});

describe('icsCalendar', () => {
  const ics = icsCalendar({
    uid: 'open-krakow-2024@example.test',
    summary: 'Konsultacje; spotkanie, Programu Otwarty Kraków na lata 2024–2028 w Centrum Wielokulturowym',
    location: 'Centrum Wielokulturowe, ul. Zabłocie 20, 30-701 Kraków',
    url: 'https://example.test/pl/x/',
    event: { start: '2024-06-19T17:00', end: '2024-06-19T19:00' },
    timeZone: 'Europe/Warsaw',
    stamp: new Date('2024-06-14T10:00:00Z'),
    lang: 'pl',
  });

  it('writes an RFC 5545 calendar with UTC times, CRLF lines and escaped text', () => {
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(ics).toContain('\r\nDTSTART:20240619T150000Z\r\nDTEND:20240619T170000Z\r\n');
    expect(ics).toContain('UID:open-krakow-2024@example.test\r\n');
    expect(ics).toContain('SUMMARY;LANGUAGE=pl:Konsultacje\\; spotkanie\\, Programu');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('folds lines at 75 octets without splitting characters', () => {
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, '')).toContain('na lata 2024–2028 w Centrum Wielokulturowym');
  });
});

describe('icsCalendar with control characters', () => {
  const input = {
    uid: 'x\r\nATTENDEE:mailto:a@b@example.test',
    summary: 'Spotkanie\rATTENDEE:mailto:attacker@example.test',
    description: 'Line one\r\nline two\u2028three\ttab',
    location: 'Sala\u0000 204\u001b\u007f\u0085 B',
    url: 'https://example.test/pl/x/\r\nX-INJECTED:1',
    event: { start: '2024-06-19T17:00' },
    timeZone: 'Europe/Warsaw',
    stamp: new Date('2024-06-14T10:00:00Z'),
    lang: 'pl',
  };
  const ics = icsCalendar(input);
  const lines = ics.replace(/\r\n /g, '').split('\r\n');

  it('never lets a value start a property line of its own', () => {
    expect(lines.filter((line) => /^(ATTENDEE|X-INJECTED)/.test(line))).toEqual([]);
    expect(lines).toContain('SUMMARY;LANGUAGE=pl:Spotkanie\\nATTENDEE:mailto:attacker@example.test');
    expect(lines).toContain('DESCRIPTION;LANGUAGE=pl:Line one\\nline two\\nthree tab');
  });

  it('writes no control character but CRLF', () => {
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(lines).toContain('LOCATION;LANGUAGE=pl:Sala 204\\n B');
  });
});

describe('escapeText', () => {
  it('escapes as RFC 5545 TEXT', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    expect(escapeText('a\r\nb\rc')).toBe('a\\nb\\nc');
    expect(escapeText('a\u0000b\u0007c')).toBe('abc');
  });
});
