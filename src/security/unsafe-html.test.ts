import { readFileSync } from 'node:fs';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './sanitize-plugin.ts';
import { findUnsafeHtml, unsafeHtmlProblems } from './unsafe-html.ts';

const hostileFile = 'test/fixtures/hostile-site/pl/hostile.md';
const hostile = readFileSync(new URL(`../../${hostileFile}`, import.meta.url), 'utf8');
/** The announcement rendered as the site renders it: raw HTML parsed, then sanitised. */
const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [sanitizeHtml], features: { rawHtml: true } })).html;

describe('the sanitiser in the Markdown pipeline', () => {
  it('leaves no script, handler, frame, form, style, meta or base, and no javascript: address', async () => {
    const html = await render(hostile);
    expect(html).not.toMatch(/<(script|style|iframe|object|embed|form|meta|base|svg|link)\b/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toContain('display:none');
    expect(html).not.toContain('__pwned');
  });

  it('keeps what a notice needs', async () => {
    const html = await render(hostile);
    expect(html).toContain('<details><summary>Więcej</summary>');
    expect(html).toContain('<p>Ukryta treść z <strong>pogrubieniem</strong>.</p>');
    expect(html).toContain('<th>Dzień</th><td>śr.</td>');
    expect(html).toContain('H<sub>2</sub>O, 17<sup>00</sup>, <abbr title="Miejski Ośrodek Pomocy Społecznej">MOPS</abbr>');
    expect(html).toContain('<img src="https://example.org/plan.png" alt="Plan">');
    expect(html).toContain('<a href="https://example.org/" id="a5">bezpieczny</a>');
    expect(html).toContain('<a href="mailto:info@example.test">poczta</a>, <a href="tel:+48126167555">telefon</a>, <a href="/pl/">strona</a>');
  });

  it('keeps Markdown footnotes, task lists and tables working', async () => {
    const html = await render('Tekst[^1].\n\n- [x] zrobione\n\n| a | b |\n|:-:|---|\n| 1 | 2 |\n\n[^1]: Przypis.\n');
    expect(html).toMatch(/<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref/);
    expect(html).toMatch(/<li id="user-content-fn-1">/);
    expect(html).toContain('<input type="checkbox" checked disabled>');
    expect(html).toContain('<th style="text-align: center">a</th>');
    expect(await render('<td style="color: red">x</td>')).not.toContain('style');
  });

  it('does not let an announcement take an id the layout uses', async () => {
    expect(await render('<p id="content">x</p><p id="mine">y</p>')).toBe('<p>x</p><p id="mine">y</p>\n');
  });
});

describe('findUnsafeHtml', () => {
  const messages = () => unsafeHtmlProblems(hostileFile, hostile, hostile.split('\n').indexOf('---', 1) + 2).map((p) => `${p.line}:${p.column} ${p.message}`);

  it('names every tag and attribute the sanitiser drops, with its line and column in the file', () => {
    const found = messages();
    expect(found).toContain('9:1 <script> is not allowed in an announcement and is left out of the page with everything inside it; remove it, or write the content in Markdown');
    expect(found).toContain('11:9 the attribute onerror on <img> is not allowed (an event handler runs script) and is left out of the page; remove it');
    expect(found).toContain('13:1 <svg> is not allowed in an announcement and is left out of the page with everything inside it; remove it, or write the content in Markdown');
    for (const tag of ['iframe', 'style', 'form', 'meta', 'base', 'object', 'embed']) expect(found.some((m) => m.includes(`<${tag}> is not allowed`)), tag).toBe(true);
    expect(found).toContain('27:8 the address "javascript:window.__pwned=\'a\'" in href on <a> is not allowed (only http:, https:, mailto:, tel: and relative addresses) and is left out of the page; give a web address');
    expect(found.some((m) => m.startsWith('28:1 the address "JaVaScRiPt:window'))).toBe(true);
    expect(found.some((m) => m.startsWith('29:1 the address "jav\tascript:window'))).toBe(true);
    expect(found.some((m) => m.startsWith('30:1 the link address "javascript:'))).toBe(true);
    expect(found).toContain('31:1 the attribute onclick on <a> is not allowed (an event handler runs script) and is left out of the page; remove it');
  });

  it('says nothing about what is allowed, nor about HTML in code', () => {
    const found = messages().join('\n');
    for (const fine of ['details', 'summary', 'table', 'abbr', 'sup', 'sub', 'mailto:info', 'tel:+48', 'plan.png']) expect(found).not.toContain(fine);
    expect(findUnsafeHtml('`<script>x</script>`\n\n```html\n<iframe src=x></iframe>\n```\n\n    <form>\n')).toEqual([]);
  });

  it('does not report the text inside a stripped tag a second time', () => {
    expect(findUnsafeHtml('<svg><a href="javascript:x" onclick="y">z</a></svg>').map((f) => f.message.slice(0, 5))).toEqual(['<svg>']);
  });
});
