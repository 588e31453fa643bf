import type { CheckResult } from '../engine.ts';
import { githubReport } from './github.ts';
import { jsonReport } from './json.ts';
import { prettyReport } from './pretty.ts';

export const FORMATS = ['pretty', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export function report(result: CheckResult, format: Format, options: { color?: boolean } = {}): string {
  if (format === 'json') return jsonReport(result);
  if (format === 'github') return githubReport(result);
  return prettyReport(result, options);
}

export { formatFinding, formatSummary, SILENCING_HINT } from './pretty.ts';
