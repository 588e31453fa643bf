/**
 * Translation status for people (a table, then what changed for each
 * outdated translation), for programs (JSON), and as `translation-outdated`
 * warnings for the consistency check.
 */
import type { Finding } from '../consistency/types.ts';
import { describeFactChange } from './fact-diff.ts';
import { describeChange } from './paragraph-diff.ts';
import type { Status, TranslationState } from './translation-status.ts';

export const OUTDATED_RULE = 'translation-outdated';

export const STATUS_LABEL: Readonly<Record<Status, string>> = {
  source: 'source',
  'up-to-date': 'up to date',
  outdated: 'OUTDATED',
  missing: 'missing',
  'no-source': 'no source',
};

const languageName = (lang: string) => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
};

/** What changed in the source since the translation, in one line. */
export function changeSummary(state: TranslationState): string {
  const parts: string[] = [];
  if (state.fields && state.fields.length > 0) parts.push(`fields ${state.fields.join(', ')}`);
  if (state.paragraphs && state.paragraphs.length > 0) parts.push(`paragraphs: ${state.paragraphs.map(describeChange).join('; ')}`);
  if (state.facts && state.facts.length > 0) parts.push(`facts: ${state.facts.map(describeFactChange).join('; ')}`);
  return parts.join('; ');
}

function since(state: TranslationState): string {
  const { since: t, sourceChanged: s } = state;
  if (state.basis === 'git') return `changed${s?.commit ? ` in ${s.commit}` : ' (not yet committed)'}${s?.date ? ` of ${s.date}` : ''}, after this translation's last change (${t?.commit ?? ''}${t?.date ? ` of ${t.date}` : ''})`;
  return `is dated ${s?.date ?? '?'} (updated/date), after this translation (${t?.date ?? '?'})`;
}

export function statusTable(states: readonly TranslationState[], languages: readonly string[]): string {
  const rows = Map.groupBy(states, (state) => state.id);
  const header = ['announcement', ...languages];
  const body = [...rows].map(([id, group]) => [id, ...languages.map((lang) => STATUS_LABEL[group.find((s) => s.lang === lang)?.status ?? 'missing'])]);
  const widths = header.map((_, c) => Math.max(...[header, ...body].map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]) => row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd();
  const outdated = states.filter((s) => s.status === 'outdated');
  const details = outdated.map((s) => {
    const what = changeSummary(s);
    return `${s.file}: the ${languageName(languages[0] ?? '')} version ${since(s)}${what ? `\n    ${what}` : ''}`;
  });
  const count = (status: Status) => states.filter((s) => s.status === status).length;
  const summary = `${rows.size} announcements: ${count('outdated')} outdated, ${count('missing')} missing, ${count('up-to-date')} up to date.`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line), '', ...(details.length > 0 ? [...details, ''] : []), summary].join('\n');
}

export function statusJson(states: readonly TranslationState[]): string {
  return JSON.stringify({ translations: states });
}

/** One warning per outdated translation, at its review mark or first line. */
export function outdatedFindings(states: readonly TranslationState[], sourceLang: string): Finding[] {
  return states
    .filter((s) => s.status === 'outdated' && s.file !== undefined)
    .map((s) => {
      const what = changeSummary(s);
      const mark = s.basis === 'git' && s.sourceChanged?.commit ? s.sourceChanged.commit : (s.sourceChanged?.date ?? 'YYYY-MM-DD');
      return {
        rule: OUTDATED_RULE,
        fact: 'translation',
        severity: 'warning',
        slug: s.id,
        lang: s.lang,
        file: s.file ?? '',
        line: s.reviewLine ?? 1,
        column: 1,
        message: `the ${languageName(sourceLang)} version ${since(s)}${what ? `: ${what}` : ''}. Update this translation, or if nothing needs to change add the line "<!-- translation-reviewed: ${mark} -->" to its body`,
      };
    });
}
