import { describe, expect, it } from 'vitest';
import { classifyLocalTime, clockChangeProblem } from './clock-change.ts';

describe('local times at a clock change', () => {
  it('finds the hour skipped in spring and the hour repeated in autumn', () => {
    expect(classifyLocalTime('2024-03-31T02:30', 'Europe/Warsaw')).toEqual({ kind: 'skipped', from: '02:00', to: '03:00' });
    expect(classifyLocalTime('2024-03-31T02:00', 'Europe/Warsaw')).toMatchObject({ kind: 'skipped' });
    expect(classifyLocalTime('2024-10-27T02:30', 'Europe/Warsaw')).toEqual({ kind: 'repeated', from: '02:00', to: '03:00' });
  });

  it('accepts the times around the change and ordinary days', () => {
    for (const local of ['2024-03-31T01:59', '2024-03-31T03:00', '2024-10-27T01:59', '2024-10-27T03:00', '2024-06-19T17:00', '2024-12-15T02:30']) {
      expect(classifyLocalTime(local, 'Europe/Warsaw'), local).toEqual({ kind: 'ok' });
    }
    expect(classifyLocalTime('2024-03-31T02:30', 'UTC')).toEqual({ kind: 'ok' });
  });

  it('follows the zone: New York changes at 02:00 on other days', () => {
    expect(classifyLocalTime('2024-03-10T02:15', 'America/New_York')).toMatchObject({ kind: 'skipped', from: '02:00', to: '03:00' });
    expect(classifyLocalTime('2024-11-03T01:30', 'America/New_York')).toMatchObject({ kind: 'repeated', from: '01:00', to: '02:00' });
  });

  it('tells the editor what happens and what to write', () => {
    expect(clockChangeProblem('2024-03-31T02:30', 'Europe/Warsaw')).toBe(
      'a time that exists in Europe/Warsaw: on 2024-03-31 the clocks go forward at 02:00 to 03:00, so 02:30 never happens there; write the time the event really starts, e.g. 03:00',
    );
    expect(clockChangeProblem('2024-10-27T02:30', 'Europe/Warsaw')).toMatch(/happens twice/);
    expect(clockChangeProblem('2024-06-19T17:00', 'Europe/Warsaw')).toBeUndefined();
  });
});
