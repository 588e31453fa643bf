import type { CheckResult } from '../engine.ts';

/** The machine-readable contract: `{"findings":[…],"summary":{…}}`. */
export function jsonReport(result: CheckResult): string {
  const findings = result.findings.map(({ rule, fact, severity, slug, lang, file, line, column, message }) => ({
    rule,
    fact,
    severity,
    slug,
    lang,
    file,
    line,
    column,
    message,
  }));
  const { announcements, files, errors, warnings } = result.summary;
  return JSON.stringify({ findings, summary: { announcements, files, errors, warnings } });
}
