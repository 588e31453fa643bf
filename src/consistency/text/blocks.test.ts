import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { brief, checkTexts, md } from '../../../test/helpers/check-texts.ts';
import { flattenMarkdown } from './blocks.ts';

const textOf = (markdown: string) => flattenMarkdown(markdownToMdast(markdown) as unknown as Root, markdown).blocks.map((block) => block.text);

describe('inline HTML in a paragraph', () => {
  it('reads digits in <sup> as superscript, as residents see them: "15<sup>00</sup>" is "15⁰⁰"', () => {
    expect(textOf('Wnioski do godz. 15<sup>00</sup>.')).toEqual(['Wnioski do godz. 15⁰⁰.']);
    expect(textOf('on 19<sup>th</sup> June')).toEqual(['on 19th June']);
  });

  it('lets a fact run through formatting tags, but parts it at other HTML', () => {
    expect(textOf('<b>19</b> czerwca, <span lang="pl">ul. Długa</span> 5')).toEqual(['19 czerwca, ul. Długa 5']);
    expect(textOf('line one<br>line two')).toEqual(['line one\nline two']);
    expect(textOf('19 <!-- note --> czerwca')[0]).not.toContain('19  czerwca');
  });

  it('compares a time with superscript minutes with the same time in other notations, and catches a different one', () => {
    const texts = (pl: string) => ({ x: { pl: md(pl), en: md('Applications until 3 pm, on 19<sup>th</sup> June.'), uk: md('Заяви до 15:00, <b>19</b> червня.') } });
    expect(brief(checkTexts(texts('Wnioski do godz. 15<sup>00</sup>, <b>19 czerwca</b>.')))).toEqual([]);
    expect(brief(checkTexts(texts('Wnioski do godz. 16<sup>00</sup>, 19 czerwca.')))).toEqual(['pl:6 fact-mismatch time']);
  });

  it('keeps positions: a finding points at the hour written before <sup>', () => {
    const result = checkTexts({ x: { pl: md('Start o 16<sup>00</sup>.'), en: md('Start at 3 pm.'), uk: md('Початок о 15:00.') } });
    expect(result.findings.map((f) => [f.line, f.column])).toEqual([[6, 9]]);
  });
});

describe('HTML blocks', () => {
  it('reads the text an HTML block shows, with tags, comments, scripts and entities blanked in place', () => {
    const html = '<div class="note">\nWstęp od 16 lat&nbsp;<!-- 18? -->\n<script>var x = 5;</script></div>';
    const [text] = textOf(html);
    expect(text).toHaveLength(html.length);
    expect(text?.replace(/\s+/g, ' ').trim()).toBe('Wstęp od 16 lat');
    expect(textOf('<!-- consistency-ignore -->\n\nTekst')).toEqual(['Tekst']);
    expect(textOf('<img src="a.png" alt="">')).toEqual([]);
  });

  it('compares facts in an HTML block, and points at them in the source', () => {
    const texts = (uk: string) => ({ x: { pl: md('<div class="note">\nGłosować mogą osoby od 16 lat.\n</div>'), en: md('<div class="note">\nResidents aged 16 and over can vote.\n</div>'), uk: md(uk) } });
    expect(checkTexts(texts('<div class="note">\nГолосувати можуть особи від 16 років.\n</div>')).findings).toEqual([]);
    const changed = checkTexts(texts('<div class="note">\nГолосувати можуть особи від 18 років.\n</div>'));
    expect(changed.findings.map((f) => `${f.lang} ${f.line}:${f.column} ${f.fact}`)).toEqual(['uk 7:29 number']);
  });
});
