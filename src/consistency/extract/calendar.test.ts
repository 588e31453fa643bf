import { describe, expect, it } from 'vitest';
import { nearestYear } from './calendar.ts';

describe('nearestYear', () => {
  it('keeps the publication year for a date close to it', () => {
    expect(nearestYear('2024-06-14', 6, 19)).toBe(2024);
  });

  it('takes the next year for early January announced in December', () => {
    expect(nearestYear('2024-12-20', 1, 5)).toBe(2025);
  });

  it('takes the previous year for late December mentioned in January', () => {
    expect(nearestYear('2024-01-10', 12, 20)).toBe(2023);
  });

  it('is not moved by the change to summer time', () => {
    expect(nearestYear('2024-03-31', 9, 30)).toBe(2024);
    expect(nearestYear('2024-03-31', 3, 31)).toBe(2024);
  });
});
