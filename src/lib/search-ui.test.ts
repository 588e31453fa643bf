import { describe, expect, it } from 'vitest';
import { ui } from '../i18n/index.ts';
import { resultCountMessage, searchStartScript } from './search-ui.ts';

const count = (lang: 'pl' | 'en' | 'uk', n: number) => resultCountMessage(lang, { results: ui(lang).searchResults, noResults: ui(lang).searchNoResults }, n, 'x');

describe('the number of search results', () => {
  it.each([
    [1, '1 wynik'], [2, '2 wyniki'], [4, '4 wyniki'], [5, '5 wyników'], [12, '12 wyników'], [22, '22 wyniki'], [25, '25 wyników'], [102, '102 wyniki'],
  ])('in Polish: %i', (n, expected) => {
    expect(count('pl', n)).toBe(`${expected} dla „x”`);
  });

  it.each([
    [1, '1 результат'], [2, '2 результати'], [4, '4 результати'], [5, '5 результатів'], [11, '11 результатів'], [21, '21 результат'], [22, '22 результати'],
  ])('in Ukrainian: %i', (n, expected) => {
    expect(count('uk', n)).toBe(`${expected} для «x»`);
  });

  it('in English, and none', () => {
    expect([count('en', 1), count('en', 2), count('en', 0), count('pl', 0)]).toEqual(['1 result for “x”', '2 results for “x”', 'No results for “x”', 'Brak wyników dla „x”']);
  });

  it('keeps a search term with $ patterns as typed', () => {
    expect(resultCountMessage('en', { results: ui('en').searchResults, noResults: ui('en').searchNoResults }, 2, "$& $' $1")).toBe("2 results for “$& $' $1”");
  });

  it('writes a script that runs on its own', () => {
    const script = searchStartScript('pl', { results: ui('pl').searchResults, noResults: ui('pl').searchNoResults });
    expect(() => new Function(script)).not.toThrow();
    expect(script).not.toContain('</');
  });
});
