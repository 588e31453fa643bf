/**
 * Where the source language is the odd one out only because it changed after
 * its translations, the translations are what needs updating: the check's
 * contradiction is told at each translation's line, as "may be out of date",
 * instead of blaming the source (issue: an editor following the check could
 * otherwise change the new Polish time back).
 */
import type { CheckResult } from '../consistency/engine.ts';
import type { Finding } from '../consistency/types.ts';
import { withFindings } from './merge.ts';
import type { TranslationState } from './translation-status.ts';

const languageName = (lang: string) => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
};

/** "in 1a2b3c4 of 2026-01-06" or "on 2026-01-06 (its updated date)". */
function when(state: TranslationState): string {
  const changed = state.sourceChanged;
  if (state.basis === 'git') return changed?.commit ? `in ${changed.commit}${changed.date ? ` of ${changed.date}` : ''}` : '(not yet committed)';
  return `on ${changed?.date ?? '?'} (its updated date)`;
}

export function blameOutdatedTranslations(result: CheckResult, states: readonly TranslationState[], sourceLang: string): CheckResult {
  const outdated = new Map(states.filter((state) => state.status === 'outdated').map((state) => [`${state.id}\u0000${state.lang}`, state]));
  if (outdated.size === 0) return result;
  const source = languageName(sourceLang);
  const moved: Finding[] = [];
  const kept = result.findings.filter((finding) => {
    const others = finding.others ?? [];
    if (finding.rule !== 'fact-mismatch' || finding.severity !== 'error' || finding.lang !== sourceLang || others.length === 0) return true;
    const stale = others.map((other) => outdated.get(`${finding.slug}\u0000${other.lang}`));
    if (stale.some((state) => state === undefined)) return true;
    others.forEach((other, k) => {
      const state = stale[k] as TranslationState;
      moved.push({
        rule: finding.rule,
        fact: finding.fact,
        severity: 'error',
        slug: finding.slug,
        lang: other.lang,
        file: other.file,
        line: other.line,
        column: other.column,
        message: `${finding.fact}: this translation may be out of date: the ${source} text changed ${when(state)}, after it, and now says "${finding.value ?? ''}" (${sourceLang} line ${finding.line}) where this text says "${other.text}"; update the translation, or, if the ${source} change was a mistake, correct the ${source} text`,
      });
    });
    return false;
  });
  return withFindings({ ...result, findings: kept }, moved);
}
