import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notice, TempRepo } from '../../test/helpers/git-repo.ts';
import { outdatedFindings, statusTable } from './status-report.ts';
import { readStatusFiles, statusOfFiles } from './status-run.ts';
import { reviewMark } from './translation-status.ts';

const languages = ['pl', 'en', 'uk'];
const pl1 = notice('Spotkanie', 'Zapraszamy na spotkanie w sobotę 14 marca 2026 o godz. 10:00.\n\nSala 204, I piętro.');
const pl2 = notice('Spotkanie', 'Zapraszamy na spotkanie w sobotę 14 marca 2026 o godz. 11:00.\n\nSala 204, I piętro.\n\nProsimy o punktualność.');
const en1 = notice('Meeting', 'Join us on Saturday 14 March 2026 at 10:00.\n\nRoom 204, 1st floor.');
const uk1 = notice('Зустріч', 'Запрошуємо на зустріч у суботу 14 березня 2026 о 10:00.\n\nАудиторія 204, 1-й поверх.');

let repo: TempRepo;
beforeEach(() => {
  repo = new TempRepo('status-');
});
afterEach(() => repo.remove());

const status = (options: { git?: null } = {}) => {
  const files = readStatusFiles({ contentDir: 'c', languages, root: repo.root });
  return statusOfFiles(files, { contentDir: 'c', languages, root: repo.root, ...options }).states;
};
const of = (states: ReturnType<typeof status>, lang: string) => states.find((s) => s.lang === lang);

describe('translation status from git history', () => {
  it('is up to date when the source has not changed since the translation, missing without a file', () => {
    repo.commit('all', { 'c/pl/a.md': pl1, 'c/en/a.md': en1 });
    const states = status();
    expect(states.map((s) => [s.lang, s.status])).toEqual([['pl', 'source'], ['en', 'up-to-date'], ['uk', 'missing']]);
  });

  it('is outdated when the source changed later, naming the paragraphs and facts that changed', () => {
    repo.commit('all', { 'c/pl/a.md': pl1, 'c/en/a.md': en1, 'c/uk/a.md': uk1 });
    repo.commit('uk touched after', { 'c/uk/a.md': `${uk1}\n` });
    repo.commit('new time', { 'c/pl/a.md': pl2 });
    const en = of(status(), 'en');
    expect(en).toMatchObject({ status: 'outdated', basis: 'git', since: { date: '2026-01-02' }, sourceChanged: { date: '2026-01-04' } });
    expect(en?.paragraphs).toEqual([
      { kind: 'changed', line: 6, oldLine: 6, text: 'Zapraszamy na spotkanie w sobotę 14 marca 2026 o godz. 11:00.' },
      { kind: 'added', line: 10, text: 'Prosimy o punktualność.' },
    ]);
    expect(en?.facts).toEqual([{ kind: 'time', removed: ['10:00'], added: ['11:00'] }]);
    const [finding] = outdatedFindings(status(), 'pl').filter((f) => f.lang === 'en');
    expect(finding).toMatchObject({ rule: 'translation-outdated', severity: 'warning', file: 'c/en/a.md', line: 1 });
    expect(finding?.message).toContain('facts: time 10:00 → 11:00');
    expect(finding?.message).toContain('changed at line 6');
    expect(statusTable(status(), languages)).toMatch(/^a\s+source\s+OUTDATED\s+OUTDATED$/m);
  });

  it('is up to date again once the translation is changed, or marked reviewed at the source commit', () => {
    repo.commit('all', { 'c/pl/a.md': pl1, 'c/en/a.md': en1, 'c/uk/a.md': uk1 });
    const changed = repo.commit('new time', { 'c/pl/a.md': pl2 });
    repo.commit('en updated', { 'c/en/a.md': en1.replace('10:00', '11:00') });
    repo.commit('uk reviewed', { 'c/uk/a.md': `${uk1}<!-- translation-reviewed: ${changed.slice(0, 8)} -->\n` });
    // A later commit that changes the translation's wording only does not hide a newer source change.
    const states = status();
    expect(of(states, 'en')?.status).toBe('up-to-date');
    expect(of(states, 'uk')).toMatchObject({ status: 'up-to-date', reviewLine: 9 });
  });

  it('falls back to updated/date when the translation has changes not yet committed', () => {
    repo.commit('all', { 'c/pl/a.md': pl1, 'c/en/a.md': en1 });
    repo.commit('source updated', { 'c/pl/a.md': pl2.replace('date: 2026-01-01\n', 'date: 2026-01-01\nupdated: 2026-02-01\n') });
    repo.write('c/en/a.md', `${en1}\nMore.\n`);
    expect(of(status(), 'en')).toMatchObject({ status: 'outdated', basis: 'dates', sourceChanged: { date: '2026-02-01' }, since: { date: '2026-01-01' } });
    repo.write('c/en/a.md', `${en1}\n<!-- translation-reviewed: 2026-02-01 -->\n`);
    expect(of(status(), 'en')).toMatchObject({ status: 'up-to-date', basis: 'dates' });
  });
});

describe('translation status without git', () => {
  it('compares updated (else date) of the source with the translation', () => {
    repo.write('c/pl/a.md', pl1.replace('date: 2026-01-01\n', 'date: 2026-01-01\nupdated: 2026-01-05\n'));
    repo.write('c/en/a.md', en1);
    repo.write('c/uk/a.md', uk1.replace('date: 2026-01-01\n', 'date: 2026-01-06\n'));
    const states = status({ git: null });
    expect(states.map((s) => [s.lang, s.status, s.basis])).toEqual([['pl', 'source', undefined], ['en', 'outdated', 'dates'], ['uk', 'up-to-date', 'dates']]);
  });

  it('reads the review mark and its line', () => {
    expect(reviewMark('---\n---\n\nText\n<!--translation-reviewed: 2026-01-05-->\n')).toEqual({ value: '2026-01-05', line: 5 });
    expect(reviewMark('no mark')).toBeUndefined();
  });
});

describe('review mark', () => {
  it('asks git about commit ids only, never an option an editor typed', () => {
    repo.commit('all', { 'c/pl/a.md': pl1, 'c/en/a.md': en1 });
    repo.commit('new time', { 'c/pl/a.md': pl2 });
    repo.write('c/en/a.md', `${en1}<!-- translation-reviewed: --output=${repo.root}/owned -->\n`);
    repo.commit('en marked with nonsense', {});
    const en = of(status(), 'en');
    expect(en?.status).toBe('up-to-date'); // changed after the source, so up to date; the mark is ignored
    expect(readdirSync(repo.root).filter((name) => name.startsWith('owned'))).toEqual([]);
  });
});
