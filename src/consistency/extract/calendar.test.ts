import { describe, expect, it } from 'vitest';
import { inferYear } from './calendar.ts';

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
