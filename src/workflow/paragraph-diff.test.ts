import { describe, expect, it } from 'vitest';
import { describeChange, paragraphDiff, paragraphs } from './paragraph-diff.ts';

describe('paragraph diff', () => {
  it('splits a body into paragraphs with their lines', () => {
    expect(paragraphs('\nA\nstill A\n\n\nB\n', 5)).toEqual([{ line: 6, text: 'A still A' }, { line: 10, text: 'B' }]);
  });

  it('pairs a removed and an added paragraph between matches as changed, and keeps the rest', () => {
    const before = paragraphs('Intro\n\nOld time\n\nGone\n\nEnd', 1);
    const after = paragraphs('Intro\n\nNew time\n\nEnd\n\nP.S.', 1);
    expect(paragraphDiff(before, after)).toEqual([
      { kind: 'changed', line: 3, oldLine: 3, text: 'New time' },
      { kind: 'removed', oldLine: 5, text: 'Gone' },
      { kind: 'added', line: 7, text: 'P.S.' },
    ]);
    expect(paragraphDiff(before, before)).toEqual([]);
  });

  it('describes a change in a few words', () => {
    expect(describeChange({ kind: 'changed', line: 12, oldLine: 10, text: 'x'.repeat(60) })).toBe(`changed at line 12 (was 10): "${'x'.repeat(49)}…"`);
    expect(describeChange({ kind: 'removed', oldLine: 8, text: 'Bye' })).toBe('removed (was line 8): "Bye"');
  });
});
