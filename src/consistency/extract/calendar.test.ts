import { describe, expect, it } from 'vitest';
import { inferYear, isoWeekday } from './calendar.ts';

describe('inferYear', () => {
  it('keeps the publication year for a date close to it', () => {
    expect(inferYear('2024-06-14', 6, 19)).toBe(2024);
    expect(inferYear('2024-06-14', 5, 20)).toBe(2024);
  });

  it('looks ahead: January mentioned in June is next January', () => {
    expect(inferYear('2024-06-14', 1, 5)).toBe(2025);
  });

  it('takes December just gone when mentioned in January', () => {
    expect(inferYear('2025-01-10', 12, 20)).toBe(2024);
  });

  it('reads a month four months back as past, and one further back as next year', () => {
    expect(inferYear('2024-09-01', 5, 15)).toBe(2024);
    expect(inferYear('2024-09-01', 3, 15)).toBe(2025);
  });

  it('reads December as this year when published in June', () => {
    expect(inferYear('2024-06-14', 12, 15)).toBe(2024);
  });

  it('is not moved by the change to summer time', () => {
    expect(inferYear('2024-03-31', 9, 30)).toBe(2024);
    expect(inferYear('2024-03-31', 3, 31)).toBe(2024);
  });
});

describe('isoWeekday', () => {
  it('names the weekday of the seed notice and of leap days', () => {
    expect(isoWeekday('2024-06-19')).toBe(3); // Wednesday
    expect(isoWeekday('2024-02-29')).toBe(4); // Thursday
    expect(isoWeekday('2000-02-29')).toBe(2); // Tuesday
    expect(isoWeekday('2023-01-01')).toBe(7); // Sunday
  });

  it('agrees with the calendar on every day of four centuries', () => {
    const mismatches: string[] = [];
    for (let time = Date.UTC(1900, 0, 1); time < Date.UTC(2300, 0, 1); time += 86_400_000) {
      const date = new Date(time);
      const iso = date.toISOString().slice(0, 10);
      const expected = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
      if (isoWeekday(iso) !== expected) mismatches.push(iso);
    }
    expect(mismatches).toEqual([]);
  });
});
