import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packs } from '../src/consistency/packs/index.ts';
import { checkTexts, md } from './helpers/check-texts.ts';

const TIME_SCAN = fileURLToPath(new URL('./helpers/time-scan.ts', import.meta.url));

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const PIECES = [
  '# Nagłówek', '## **Zagnieżdżone _wyróżnienie ~~i~~ kod `x`_**', '| a | b |\n| --- | --- |\n| 19 czerwca | 17:00 |', '- punkt\n  - 2 piętro\n    1. sala 204',
  '> cytat 19.06.2024 (śr.)', '```\n19 czerwca 2024 (poniedziałek)\n```', '<div>html <b>19 June</b></div>', '<!-- consistency-ignore -->', '<!-- niezamknięty',
  '[link](#)', '[ref][r]\n\n[r]: https://example.com', '![obraz](x.png "19 June")', '***', 'Tekst\\\nz łamaniem', '1. a\n2. b', '<https://example.com/2024>',
  '19 19 19 19', '::::::', '((((((', '20 zł PLN € $', '+48 +48 +48', '@@@@ a@b', 'http:// https:// www.', 'I II III IV V VI VII VIII IX X XI XII',
  'поверх поверх 2-й', 'w każdy w każdy', '\u0000\uFFFC\uFFFD', '😀👍🏽', '[^1]\n\n[^1]: przypis 5 maja',
];

describe('robustness', () => {
  it('never crashes on any Markdown, in any language', () => {
    const next = random(42);
    for (let run = 0; run < 200; run++) {
      const body = Array.from({ length: 1 + Math.floor(next() * 12) }, () => PIECES[Math.floor(next() * PIECES.length)]).join(next() < 0.5 ? '\n\n' : '\n');
      expect(() => checkTexts({ x: { pl: md(body), en: md(body), uk: md(body) } })).not.toThrow();
    }
  });

  it('reports broken frontmatter as a finding instead of crashing', () => {
    const result = checkTexts({ x: { pl: '---\ntitle: [\n---\nx', en: '', uk: 'no frontmatter at all' } });
    expect(result.findings.filter((f) => f.rule === 'valid-content').map((f) => `${f.lang} ${f.fact}`)).toEqual(['en frontmatter', 'pl frontmatter', 'uk frontmatter']);
  });

  // The issue asks for this bound explicitly: extraction must stay linear on hostile input.
  it.each([
    ['long digit runs', '1234567890'.repeat(100_000)],
    ['repeated "19 19 19"', '19 '.repeat(350_000)],
    ['punctuation storms', '.,:;-–()/#@%+'.repeat(80_000)],
    ['dates and times everywhere', '19.06.2024 17:00–19:00 '.repeat(45_000)],
    ['words that start matchers', 'piętro sala budynek ul. w każdy '.repeat(32_000)],
    ['e-mail and URL fragments', 'a@b.c http://x.pl/1 www. '.repeat(40_000)],
    ['dotted host names without end', 'a.'.repeat(499_999) + 'pl'],
    ['bare domains and house numbers', 'x.pl 28a Main Street ul. A, 5 '.repeat(33_000)],
    ['spoken hours and scale words', 'o 7 rano 2 mln zł 5-й 300 tys. '.repeat(33_000)],
    ['weekday abbreviations between punctuation', 'Wed śr. ср !!!!!!!!!!!! '.repeat(40_000)],
    ['reference numbers, room ranges and durations', 'XII/345/25/A sale 0.12–0.20 3 godz. 30 min '.repeat(24_000)],
  ])('reads 1 MB of %s in under a second', (_name, text) => {
    const output = execFileSync(process.execPath, [TIME_SCAN], { input: text.slice(0, 1_000_000), encoding: 'utf8', maxBuffer: 1 << 20 });
    const best = JSON.parse(output) as Record<string, number>;
    expect(Object.keys(best).sort()).toEqual(Object.keys(packs).sort());
    // Lists the packs over the bound with their times, so a failure says where.
    expect(Object.entries(best).filter(([, milliseconds]) => milliseconds >= 1000)).toEqual([]);
  });
});
