import type { CheckResult } from '../engine.ts';
import { RULE_IDS } from '../rules/ids.ts';

/** What each rule reports, for code scanning's rule list. */
const RULE_TEXT: Readonly<Record<string, string>> = {
  'impossible-date': 'A date that does not exist',
  'impossible-time': 'A time that does not exist',
  'weekday-calendar': 'A weekday that is not the weekday of the date next to it',
  'fact-mismatch': 'A translation states different facts than the other versions',
  'placeholder-link': 'A link to a placeholder such as "#" or "TODO"',
  'broken-link': 'A link to a page of this site that the build does not make',
  'link-text': 'A link whose text is an address other than where it leads',
  'link-mismatch': 'Translations linking to different places',
  'missing-translation': 'An announcement without one of the configured languages',
  'foreign-text': 'A paragraph in another language, or copied unchanged from the source language',
  'valid-content': 'Invalid frontmatter or a file that does not belong in the content folder',
  'internal-error': 'The checker failed while reading a file',
  'untouched-scaffold': 'Text written by "npm run new" that was never replaced',
  'translation-outdated': 'The source language changed after this translation was last updated',
};

const KNOWN_RULES = [...RULE_IDS, 'valid-content', 'internal-error', 'untouched-scaffold', 'translation-outdated'];

/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif):
 * one result per finding, located by the file's path relative to the
 * checkout, with the rules the run can report.
 */
export function sarifReport(result: CheckResult): string {
  const ruleIds = [...new Set([...KNOWN_RULES, ...result.findings.map((f) => f.rule)])];
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'open-city-notices-consistency',
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: RULE_TEXT[id] ?? id } })),
          },
        },
        results: result.findings.map((finding) => ({
          ruleId: finding.rule,
          ruleIndex: index.get(finding.rule) ?? 0,
          level: finding.severity === 'error' ? 'error' : 'warning',
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(finding.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: Math.max(1, finding.line), startColumn: Math.max(1, finding.column) },
              },
            },
          ],
          properties: { fact: finding.fact, announcement: finding.slug, lang: finding.lang },
        })),
      },
    ],
  });
}
