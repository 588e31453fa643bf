import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../engine.ts';
import { githubReport } from './github.ts';
import { jsonReport } from './json.ts';
import { prettyReport, SILENCING_HINT } from './pretty.ts';

const result: CheckResult = {
  findings: [
    { rule: 'fact-mismatch', fact: 'time', severity: 'error', slug: 'a', lang: 'en', file: 'c/en/a,b.md', line: 3, column: 7, message: 'time: 50% said "5:00",\nthen more' },
    { rule: 'missing-translation', fact: 'translation', severity: 'warning', slug: 'a', lang: 'pl', file: 'c/pl/a.md', line: 1, column: 1, message: 'no uk' },
  ],
  summary: { announcements: 1, files: 2, errors: 1, warnings: 1 },
};

describe('reporters', () => {
  it('pretty: file:line:column  severity  message  rule, then a summary', () => {
    expect(prettyReport(result).split('\n')).toEqual([
      'c/en/a,b.md:3:7  error  time: 50% said "5:00",',
      'then more  fact-mismatch',
      'c/pl/a.md:1:1  warning  no uk  missing-translation',
      '',
      '1 error, 1 warning in 2 files (1 announcement).',
      // The last line says what to do about a finding that is wrong.
      SILENCING_HINT,
    ]);
    expect(prettyReport({ findings: [], summary: { announcements: 2, files: 5, errors: 0, warnings: 0 } })).toBe('No contradictions found in 5 files (2 announcements).');
  });

  it('json: the documented shape', () => {
    expect(JSON.parse(jsonReport(result))).toEqual({ findings: result.findings, summary: result.summary });
  });

  it('github: workflow commands with escaped properties and data', () => {
    expect(githubReport(result).split('\n')).toEqual([
      '::error file=c/en/a%2Cb.md,line=3,col=7,title=fact-mismatch (time)::time: 50%25 said "5:00",%0Athen more',
      '::warning file=c/pl/a.md,line=1,col=1,title=missing-translation (translation)::no uk',
    ]);
  });
});
