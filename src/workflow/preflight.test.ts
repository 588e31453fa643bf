import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../consistency/engine.ts';
import { notice, TempRepo } from '../../test/helpers/git-repo.ts';
import { buildPreflight, withTranslationStatus } from './preflight.ts';

describe('the build and translation status', () => {
  const repo = new TempRepo('preflight-');
  afterAll(() => repo.remove());
  repo.commit('first', {
    'c/pl/a.md': notice('Spotkanie', 'Spotkanie o 10:00.'),
    'c/en/a.md': notice('Meeting', 'The meeting is at 10:00.'),
    'c/uk/a.md': notice('Зустріч', 'Зустріч о 10:00.'),
  });
  repo.commit('the Polish time changes', { 'c/pl/a.md': notice('Spotkanie', 'Spotkanie o 11:00.') });

  it('reports the outdated translations as warnings and tells them, not the source, to change', () => {
    const options = { contentDir: 'c', languages: ['pl', 'en', 'uk'], root: repo.root };
    const preflight = buildPreflight(options);
    expect(preflight.states.filter((state) => state.status === 'outdated').map((state) => state.lang)).toEqual(['en', 'uk']);
    const checked = checkContent(options);
    expect(checked.findings.map((f) => `${f.lang} ${f.rule} ${f.severity}`)).toEqual(['pl fact-mismatch error']);
    const result = withTranslationStatus(checked, preflight, 'pl');
    expect(result.findings.map((f) => `${f.lang} ${f.rule} ${f.severity}`)).toEqual([
      'en translation-outdated warning',
      'en fact-mismatch error',
      'uk translation-outdated warning',
      'uk fact-mismatch error',
    ]);
    expect(result.findings[1]?.message).toMatch(/^time: this translation may be out of date: the Polish text changed in [0-9a-f]{7} of 2026-01-03, after it, and now says "11:00"/);
  });
});
