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
