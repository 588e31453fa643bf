import type { CheckResult } from '../engine.ts';
import { githubReport } from './github.ts';
import { jsonReport } from './json.ts';
import { prettyReport } from './pretty.ts';
import { sarifReport } from './sarif.ts';

export const FORMATS = ['pretty', 'json', 'github', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export function report(result: CheckResult, format: Format, options: { color?: boolean } = {}): string {
  if (format === 'json') return jsonReport(result);
  if (format === 'github') return githubReport(result);
  if (format === 'sarif') return sarifReport(result);
  return prettyReport(result, options);
}

export { formatFinding, formatSummary, SILENCING_HINT } from './pretty.ts';
