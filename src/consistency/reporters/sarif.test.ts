import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../engine.ts';
import { sarifReport } from './sarif.ts';

const schema = JSON.parse(readFileSync(new URL('../../../test/fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')) as object;
// unicodeRegExp: false: the schema's language pattern has a stray "]" that only non-Unicode regular expressions accept.
const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);

const result: CheckResult = {
  findings: [
    { rule: 'fact-mismatch', fact: 'time', severity: 'error', slug: 'a', lang: 'en', file: 'content/announcements/en/a b.md', line: 3, column: 7, message: 'time: "5:00"' },
    { rule: 'translation-outdated', fact: 'translation', severity: 'warning', slug: 'a', lang: 'uk', file: 'content/announcements/uk/a.md', line: 1, column: 1, message: 'update it' },
  ],
  summary: { announcements: 1, files: 2, errors: 1, warnings: 1 },
};

describe('sarif reporter', () => {
  it('writes SARIF 2.1.0 that the official schema accepts', () => {
    const log = JSON.parse(sarifReport(result)) as unknown;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(JSON.parse(sarifReport({ findings: [], summary: { announcements: 0, files: 0, errors: 0, warnings: 0 } })))).toBe(true);
  });

  it('the schema refuses a log that is not SARIF 2.1.0', () => {
    const log = JSON.parse(sarifReport(result)) as { version: string; runs: Array<{ results: Array<{ level: string }> }> };
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    const [run] = log.runs;
    if (run?.results[0]) run.results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('gives each finding its rule, level, message and location', () => {
    const log = JSON.parse(sarifReport(result)) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<Record<string, unknown>> }> };
    const run = log.runs[0];
    expect(run?.results[0]).toMatchObject({
      ruleId: 'fact-mismatch',
      level: 'error',
      message: { text: 'time: "5:00"' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'content/announcements/en/a%20b.md' }, region: { startLine: 3, startColumn: 7 } } }],
    });
    expect(run?.results[1]).toMatchObject({ ruleId: 'translation-outdated', level: 'warning' });
    expect(run?.tool.driver.rules[(run.results[1] as { ruleIndex: number }).ruleIndex]?.id).toBe('translation-outdated');
  });
});
