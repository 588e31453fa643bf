import type { CheckResult } from '../consistency/engine.ts';
import type { Finding } from '../consistency/types.ts';

/** The check's result with more findings, in the engine's order, the summary counted again. */
export function withFindings(result: CheckResult, extra: readonly Finding[]): CheckResult {
  if (extra.length === 0) return result;
  const findings = [...result.findings, ...extra].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message),
  );
  return {
    findings,
    summary: {
      ...result.summary,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
    },
  };
}
