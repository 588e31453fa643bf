import type { CheckResult } from '../engine.ts';

// Workflow command escaping, as the GitHub Actions toolkit does it.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations: `::error file=…,line=…,col=…,title=…::message`. */
export function githubReport(result: CheckResult): string {
  return result.findings
    .map((finding) => {
      const properties = [
        `file=${escapeProperty(finding.file)}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `title=${escapeProperty(`${finding.rule} (${finding.fact})`)}`,
      ].join(',');
      return `::${finding.severity === 'error' ? 'error' : 'warning'} ${properties}::${escapeData(finding.message)}`;
    })
    .join('\n');
}
