import type { Nodes, Parent, PhrasingContent, Root } from 'mdast';

/**
 * Flattens a Markdown tree into text blocks (paragraphs, headings, table
 * cells, the text of HTML blocks) whose characters map back to offsets in the
 * source file. Code, inline code, struck-through text and inline HTML other
 * than formatting tags say nothing to residents and are left out; a barrier
 * character stands in their place so that no fact is read across them.
 */

export const BARRIER = '\uFFFC';

export type BlockKind = 'paragraph' | 'heading' | 'cell' | 'title' | 'summary';

export interface TextBlock {
  index: number;
  kind: BlockKind;
  text: string;
  /** Maps a text index to a source offset. */
  offsetAt(index: number): number;
  /** Source offset where the block starts (before any emphasis markers). */
  start: number;
  /** Rule ids or fact kinds silenced for this block by a preceding comment; "*" silences everything. */
  silenced: ReadonlySet<string>;
}

export interface LinkTarget {
  url: string;
  /** The link text as residents read it. */
  text: string;
  /** Source offset of the link. */
  offset: number;
  block: number;
  /** True when the link text is the address itself (an autolink): it is read as a URL fact instead. */
  autolink: boolean;
}

export interface FlattenedDocument {
  blocks: TextBlock[];
  links: LinkTarget[];
}

interface Piece {
  textStart: number;
  sourceStart: number;
  length: number;
  exact: boolean;
}

const IGNORE_COMMENT = /^<!--\s*consistency-ignore\b([^>]*?)-->\s*$/;

/** Reads `<!-- consistency-ignore floor weekday-calendar -->`; an empty list silences everything. */
export function parseIgnoreComment(html: string): Set<string> | undefined {
  const match = IGNORE_COMMENT.exec(html.trim());
  if (!match) return undefined;
  const names = (match[1] ?? '').split(/[\s,]+/).filter(Boolean);
  return new Set(names.length > 0 ? names : ['*']);
}

export function flattenMarkdown(root: Root, source: string, firstIndex = 0): FlattenedDocument {
  const blocks: TextBlock[] = [];
  const links: LinkTarget[] = [];
  const definitions = new Map<string, string>();
  collectDefinitions(root, definitions);

  const visitChildren = (parent: Parent, inherited: ReadonlySet<string>) => {
    let pending: Set<string> | undefined;
    for (const node of parent.children as Nodes[]) {
      if (node.type === 'html') {
        const names = parseIgnoreComment(node.value);
        if (names) {
          pending = names;
          continue;
        }
      }
      const silenced = pending ? new Set([...inherited, ...pending]) : inherited;
      pending = undefined;
      visitBlock(node, silenced);
    }
  };

  const visitBlock = (node: Nodes, silenced: ReadonlySet<string>) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        addBlock(node, node.type === 'tableCell' ? 'cell' : node.type, silenced);
        return;
      case 'html':
        addHtmlBlock(node.value, node.position?.start.offset ?? 0, silenced);
        return;
      case 'definition': // read where a reference uses it
      case 'code':
      case 'yaml':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) visitChildren(node as Parent, silenced);
    }
  };

  // An HTML block's text is shown to residents ("<div class=\"note\">Wstęp od 16 lat</div>"): it is read as a paragraph.
  const addHtmlBlock = (html: string, start: number, silenced: ReadonlySet<string>) => {
    const text = visibleHtmlText(html);
    if (text.trim() === '') return;
    // Tags and hidden parts are blanked, not removed, so every character keeps its place in the source;
    // where the source differs (inside a block quote), every fact points at the block's start.
    const index = blocks.length + firstIndex;
    const exact = source.slice(start, start + html.length) === html;
    blocks.push(exact ? valueBlock(index, 'paragraph', text, start, silenced) : { index, kind: 'paragraph', text, silenced, start, offsetAt: () => start });
  };

  const addBlock = (node: Parent, kind: BlockKind, silenced: ReadonlySet<string>) => {
    const index = blocks.length + firstIndex;
    const pieces: Piece[] = [];
    let text = '';
    const push = (value: string, sourceStart: number, exact: boolean) => {
      pieces.push({ textStart: text.length, sourceStart, length: value.length, exact });
      text += value;
    };
    const barrier = (at: number) => push(` ${BARRIER} `, at, false);

    // Inside <sup>…</sup> digits are superscript, as a reader sees them: "17<sup>00</sup>" reads as "17⁰⁰".
    let superscript = 0;
    const inline = (children: PhrasingContent[]) => {
      for (const child of children) {
        const start = child.position?.start.offset ?? 0;
        switch (child.type) {
          case 'text': {
            const end = child.position?.end.offset ?? start;
            const exact = source.slice(start, end) === child.value;
            push(superscript > 0 ? toSuperscriptDigits(child.value) : child.value, start, exact);
            break;
          }
          case 'break':
            push('\n', start, false);
            break;
          case 'html': {
            const tag = inlineTag(child.value);
            if (tag === 'sup') superscript++;
            else if (tag === '/sup') superscript = Math.max(0, superscript - 1);
            else if (tag === 'br') push('\n', start, false);
            // Other formatting tags ("<b>", "<span lang=…>") join what they wrap; anything else parts it.
            else if (tag === undefined || !FORMATTING_TAGS.has(tag.replace('/', ''))) barrier(start);
            break;
          }
          case 'inlineCode':
          case 'delete':
          case 'footnoteReference':
          case 'image':
          case 'imageReference':
            barrier(start);
            break;
          case 'link':
          case 'linkReference': {
            const url = child.type === 'link' ? child.url : definitions.get(child.identifier.toLowerCase());
            if (url !== undefined) {
              const label = plainText(child.children);
              const autolink = label === url || `mailto:${label}` === url || `http://${label}` === url || `https://${label}` === url;
              links.push({ url, text: label, offset: start, block: index, autolink });
            }
            inline(child.children);
            break;
          }
          default:
            if ('children' in child) inline(child.children as PhrasingContent[]);
        }
      }
    };
    inline(node.children as PhrasingContent[]);

    blocks.push({ index, kind, text, silenced, start: node.position?.start.offset ?? 0, offsetAt: (i) => offsetIn(pieces, i) });
  };

  visitChildren(root, new Set());
  return { blocks, links };
}

/** Comments, scripts, styles and templates: in the page, but not shown. */
const HIDDEN_HTML = /<!--[\s\S]*?(?:-->|$)|<(script|style|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
/** "&nbsp;", "&#8211;": shown as one character, never a fact; blanked like tags. */
const HTML_ENTITY = /&(?:[A-Za-z]+|#\d+|#x[\dA-Fa-f]+);/g;

/**
 * The text an HTML block shows, at the places it has in the block: tags and
 * hidden parts become spaces of the same length, and a tag that parts words
 * ("<br>", "</p><p>") parts them in the text too.
 */
export function visibleHtmlText(html: string): string {
  const blank = (part: string) => part.replace(/[^\n]/g, ' ');
  return html.replace(HIDDEN_HTML, blank).replace(HTML_TAG, blank).replace(HTML_ENTITY, blank);
}

/** A one-piece block for a frontmatter value written at `sourceStart`. */
export function valueBlock(index: number, kind: BlockKind, text: string, sourceStart: number, silenced: ReadonlySet<string>): TextBlock {
  return { index, kind, text, silenced, start: sourceStart, offsetAt: (i) => sourceStart + i };
}

/** Tags that only format the text they wrap, so a fact may run through them: "<b>19</b> czerwca". */
const FORMATTING_TAGS: ReadonlySet<string> = new Set(['b', 'strong', 'i', 'em', 'u', 'span', 'small', 'mark', 'abbr', 'time', 'nobr', 'sub']);

/** The name of an inline HTML tag ("sup", "/sup", "br"), lower-cased, or undefined for anything else (comments, several tags). */
function inlineTag(html: string): string | undefined {
  return /^<(\/?[a-z]+)\b[^<>]*>$/i.exec(html.trim())?.[1]?.toLowerCase();
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "00" → "⁰⁰": one character for one, so positions in the source still line up. */
function toSuperscriptDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => SUPERSCRIPT[Number(digit)] ?? digit);
}

function offsetIn(pieces: readonly Piece[], index: number): number {
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((pieces[mid]?.textStart ?? 0) <= index) low = mid;
    else high = mid - 1;
  }
  const piece = pieces[low];
  if (!piece) return 0;
  return piece.exact ? piece.sourceStart + Math.min(index - piece.textStart, piece.length) : piece.sourceStart;
}

function plainText(children: readonly PhrasingContent[]): string {
  let out = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'inlineCode') out += child.value;
    else if ('children' in child) out += plainText(child.children as PhrasingContent[]);
  }
  return out;
}

function collectDefinitions(node: Nodes, into: Map<string, string>): void {
  if (node.type === 'definition') into.set(node.identifier.toLowerCase(), node.url);
  if ('children' in node) for (const child of node.children as Nodes[]) collectDefinitions(child, into);
}
