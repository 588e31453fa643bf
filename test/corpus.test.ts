import { describe, expect, it } from 'vitest';
import { langCodes } from '../src/i18n/languages.ts';
import { measureRecall } from '../scripts/lib/recall.ts';

describe('the test corpus of trilingual announcements (test/corpus)', () => {
  const report = measureRecall('test/corpus', langCodes);

  it('has no false positives and no warnings', () => {
    expect(report.falsePositives).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('catches single-fact mutations of every kind', () => {
    const kinds = [...report.byKind.keys()].sort();
    expect(kinds).toEqual(['address', 'amount', 'building', 'date', 'email', 'floor', 'number', 'phone', 'room', 'time', 'url', 'weekday']);
    for (const [kind, tally] of report.byKind) {
      expect(tally.missed, kind).toEqual([]);
    }
  });
});
