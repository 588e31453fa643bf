import type { CheckResult } from '../engine.ts';
import type { Finding } from '../types.ts';

export interface PrettyOptions {
  color?: boolean;
}

const paint = (on: boolean, code: number, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** One line per finding: `file:line:column  severity  message  rule`. */
export function formatFinding(finding: Finding, color = false): string {
  const severity = finding.severity === 'error' ? paint(color, 31, 'error') : paint(color, 33, 'warning');
  return `${finding.file}:${finding.line}:${finding.column}  ${severity}  ${finding.message}  ${paint(color, 2, finding.rule)}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatSummary(result: CheckResult): string {
  const { errors, warnings, files, announcements } = result.summary;
  const counted = `${plural(files, 'file')} (${plural(announcements, 'announcement')})`;
  if (errors === 0 && warnings === 0) return `No contradictions found in ${counted}.`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${counted}.`;
}

/** The last line under findings: what to do about one that is wrong. */
export const SILENCING_HINT =
  'A finding that is wrong? Put <!-- consistency-ignore RULE --> on the line before its paragraph, or consistencyIgnore: [RULE] in the frontmatter; see docs/fixing-findings.md.';

export function prettyReport(result: CheckResult, options: PrettyOptions = {}): string {
  const lines = result.findings.map((finding) => formatFinding(finding, options.color));
  const hint = lines.length > 0 ? [paint(options.color === true, 2, SILENCING_HINT)] : [];
  return [...lines, ...(lines.length > 0 ? [''] : []), formatSummary(result), ...hint].join('\n');
}
