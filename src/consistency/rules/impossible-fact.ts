import type { Fact, FactKind } from '../types.ts';
import type { FindingDraft, Rule } from './types.ts';

/**
 * A rule reporting every fact of one kind that the extractors marked invalid
 * (a date or a time that does not exist), at the fact, with why it cannot be.
 */
export function impossibleFactRule(id: string, kind: FactKind, why: (fact: Fact) => string): Rule {
  return {
    id,
    check(group) {
      const findings: FindingDraft[] = [];
      for (const doc of group.docs) {
        for (const fact of doc.facts) {
          if (!fact.invalid || fact.kind !== kind) continue;
          findings.push({
            rule: id,
            fact: kind,
            severity: 'error',
            evidence: 'contradiction',
            lang: doc.lang,
            file: doc.file,
            line: fact.line,
            column: fact.column,
            block: fact.block,
            message: `"${fact.text}" is not a ${kind}: ${why(fact)}`,
          });
        }
      }
      return findings;
    },
  };
}
