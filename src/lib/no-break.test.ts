import type { Root } from 'hast';
import { rehype } from 'rehype';
import { describe, expect, it } from 'vitest';
import { splitNoBreak, telHref, wrapNoBreaks } from './no-break.ts';

const kept = (text: string) => splitNoBreak(text).filter((s) => s.noBreak).map((s) => s.text);

describe('splitNoBreak', () => {
  it.each([
    ['Zapisy pod numerem 12 616 52 00 (8:00–15:30).', ['12 616 52 00', '8:00–15:30']],
    ['Book on +48 12 616 52 00 (Monday to Friday, 8 am to 3:30 pm).', ['+48 12 616 52 00', '8 am', '3:30 pm']],
    ['ul. Zabłocie 20, 30-701 Kraków', ['30-701']],
    ['środa, 19 czerwca 2024, 17:00–19:00', ['17:00–19:00']],
    ['Wednesday, 19 June 2024, 5 pm–7 pm', ['5 pm–7 pm']],
    ['вівторок, 15 грудня 2026 р., 18:00 – 20:00', ['18:00 – 20:00']],
    ['od 9.30 do 12.00, tel. (12) 616-52-00 lub 600 700 800', ['9.30', '12.00', '(12) 616-52-00', '600 700 800']],
  ])('keeps the numbers in %j together', (text, expected) => {
    expect(kept(text)).toEqual(expected);
    expect(splitNoBreak(text).map((s) => s.text).join('')).toBe(text);
  });

  it.each(['19.06.2024', '2024-2028', 'lata 2024–2028', 'godz. 25:00', '4000 szczepionek', '10 000 zł'])('leaves %j alone', (text) => {
    expect(kept(text)).toEqual([]);
  });
});

describe('wrapNoBreaks', () => {
  const wrap = (html: string) =>
    rehype()
      .data('settings', { fragment: true })
      .use(() => (tree: Root) => wrapNoBreaks(tree))
      .processSync(html)
      .toString();

  it('wraps text in paragraphs, lists and emphasis', () => {
    expect(wrap('<p>Tel. <strong>12 646 22 22</strong>, 30-701 Kraków, 17:00–19:00.</p>')).toBe(
      '<p>Tel. <strong><span class="nowrap">12 646 22 22</span></strong>, <span class="nowrap">30-701</span> Kraków, <span class="nowrap">17:00–19:00</span>.</p>',
    );
  });

  it('never touches code, links or their text', () => {
    const html = '<p><code>12:00</code> <a href="tel:+48126462222">12 646 22 22</a></p><pre><code>30-701 17:00</code></pre>';
    expect(wrap(html)).toBe(html);
  });

  it('makes valid phone numbers tel: links when it knows the country, and keeps amounts as text', () => {
    const linked = rehype()
      .data('settings', { fragment: true })
      .use(() => (tree: Root) => wrapNoBreaks(tree, 'PL'))
      .processSync('<p>Tel. 12 616 52 00 lub +380 44 123 45 67; koszt 12 500 000 zł, 17:00.</p>')
      .toString();
    expect(linked).toBe(
      '<p>Tel. <a class="nowrap" href="tel:+48126165200">12 616 52 00</a> lub <a class="nowrap" href="tel:+380441234567">+380 44 123 45 67</a>; koszt <span class="nowrap">12 500 000</span> zł, <span class="nowrap">17:00</span>.</p>',
    );
    // Run again (a second pass of the plugin): nothing inside a link is touched.
    const twice = rehype()
      .data('settings', { fragment: true })
      .use(() => (tree: Root) => wrapNoBreaks(tree, 'PL'))
      .processSync(linked)
      .toString();
    expect(twice).toBe(linked);
  });

  it('does not wrap twice', () => {
    const once = wrap('<p>17:00</p>');
    expect(wrap(once)).toBe(once);
  });
});

describe('telHref', () => {
  it.each([
    ['12 616 52 00', 'tel:+48126165200'],
    ['+48 12 616 52 00', 'tel:+48126165200'],
    ['(12) 616-52-00', 'tel:+48126165200'],
    ['600 700 800', 'tel:+48600700800'],
  ])('links %j as %s', (text, href) => {
    expect(telHref(text, 'PL')).toBe(href);
  });

  it('is undefined for what is not a phone number', () => {
    expect(telHref('12 500 000', 'PL')).toBeUndefined();
  });

  it('tells phone numbers from postal codes and times', () => {
    expect(splitNoBreak('tel. 12 616 52 00, 30-701, 17:00').filter((s) => s.noBreak).map((s) => s.kind)).toEqual(['phone', 'postalCode', 'time']);
  });
});
