import { packFor } from '../packs/index.ts';
import type { FindingDraft, Rule } from './types.ts';

/** Every configured language should have its version; residents of that language otherwise miss the notice. */
export const missingTranslation: Rule = {
  id: 'missing-translation',
  check(group) {
    const reportedIn = group.existingFiles.has(group.sourceLang) ? group.sourceLang : [...group.existingFiles.keys()][0];
    const file = reportedIn === undefined ? undefined : group.existingFiles.get(reportedIn);
    if (reportedIn === undefined || file === undefined) return [];
    const findings: FindingDraft[] = [];
    for (const lang of group.languages) {
      if (group.existingFiles.has(lang)) continue;
      const name = packFor(lang)?.englishName ?? lang;
      findings.push({
        rule: this.id,
        fact: 'translation',
        severity: 'warning',
        lang: reportedIn,
        file,
        line: 1,
        column: 1,
        message: `there is no ${name} version of this announcement; add ${group.pathFor(lang)}`,
      });
    }
    return findings;
  },
};
