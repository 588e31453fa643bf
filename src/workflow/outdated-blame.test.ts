import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../consistency/engine.ts';
import { checkTexts, md } from '../../test/helpers/check-texts.ts';
import { blameOutdatedTranslations } from './outdated-blame.ts';
import type { TranslationState } from './translation-status.ts';

const texts = {
  x: {
    pl: md('Spotkanie o 11:00.'),
    en: md('The meeting is at 10:00.'),
    uk: md('Зустріч о 10:00.'),
  },
};
const outdated = (lang: string): TranslationState => ({ id: 'x', lang, status: 'outdated', file: `content/${lang}/x.md`, basis: 'git', since: { commit: 'aaaaaaa', date: '2026-01-05' }, sourceChanged: { commit: 'bbbbbbb', date: '2026-01-06' } });

describe('a source that changed after its translations', () => {
  it('is not blamed: the contradiction is told at each outdated translation, as may be out of date', () => {
    const checked = checkTexts(texts);
    expect(checked.findings.map((f) => `${f.lang} ${f.severity}`)).toEqual(['pl error']);
    const result: CheckResult = blameOutdatedTranslations(checked, [outdated('en'), outdated('uk')], 'pl');
    expect(result.findings.map((f) => `${f.lang}:${f.line}:${f.column} ${f.severity}`)).toEqual(['en:6:19 error', 'uk:6:11 error']);
    expect(result.findings[0]?.message).toBe(
      'time: this translation may be out of date: the Polish text changed in bbbbbbb of 2026-01-06, after it, and now says "11:00" (pl line 6) where this text says "10:00"; update the translation, or, if the Polish change was a mistake, correct the Polish text',
    );
    expect(result.summary.errors).toBe(2);
  });

  it('is blamed as before where a translation is up to date', () => {
    const checked = checkTexts(texts);
    const result = blameOutdatedTranslations(checked, [outdated('en'), { id: 'x', lang: 'uk', status: 'up-to-date' }], 'pl');
    expect(result.findings.map((f) => f.lang)).toEqual(['pl']);
  });
});
