import type { Schema } from 'hast-util-sanitize';

/**
 * What HTML a notice may hold: the allow-list the sanitiser keeps (everything
 * else is dropped) and the unsafe-HTML report checks against. Tables,
 * `details`/`summary`, `abbr`, `sup`/`sub`, images with an http(s) or
 * relative `src`, links to http(s), `mailto:`, `tel:` and relative targets,
 * and what Markdown itself produces (footnotes, task lists). No event
 * handler, no `style`, no `script`, `iframe`, `object`, `embed`, `form`,
 * `meta` or `base`.
 */

const aria = ['ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy'];
/** Ids the layout uses itself: an announcement taking one would break the skip link or the lists. */
const LAYOUT_IDS = ['content', 'search', 'upcoming', 'all'];
const notALayoutId = new RegExp(`^(?!(?:${LAYOUT_IDS.join('|')})$).+`);

/** The one style Markdown writes itself: a table column's alignment (`|:-:|`). */
const cellAlignment: [string, RegExp] = ['style', /^text-align: ?(?:left|center|right);?$/];

export const noticeSchema: Schema = {
  tagNames: [
    'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em',
    'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'input', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q',
    's', 'samp', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr',
    'u', 'ul', 'var', 'wbr',
  ],
  // Dropped with everything inside (a style sheet or a script must not turn
  // into visible text); any other tag not allowed is dropped and its content kept.
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'textarea', 'select', 'title', 'xmp', 'noembed', 'noframes', 'plaintext'],
  attributes: {
    '*': [...aria, 'dir', 'lang', 'title', ['id', notALayoutId]],
    a: ['href', 'hrefLang', 'dataFootnoteBackref', 'dataFootnoteRef', ['className', 'data-footnote-backref']],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite', 'dateTime'],
    ins: ['cite', 'dateTime'],
    code: [['className', /^language-./]],
    col: ['span'],
    colgroup: ['span'],
    details: ['open'],
    h2: [['className', 'sr-only']],
    img: ['src', 'alt', 'width', 'height'],
    input: [['disabled', true], ['type', 'checkbox'], 'checked'],
    li: [['className', 'task-list-item']],
    ol: ['start', 'reversed', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    table: ['summary'],
    td: ['colSpan', 'rowSpan', 'headers', 'align', cellAlignment],
    th: ['colSpan', 'rowSpan', 'headers', 'scope', 'abbr', 'align', cellAlignment],
    time: ['dateTime'],
  },
  required: { input: { disabled: true, type: 'checkbox' } },
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
  },
  // DOM clobbering (an element named like a global a script reads) needs a
  // script to fool: announcement pages run none (their CSP forbids it), and
  // prefixing ids would break footnotes and in-page links. Names are still
  // not allowed at all.
  clobber: [],
};
