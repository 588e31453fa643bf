import type { Element, Nodes as HastNodes } from 'hast';
import type { Schema } from 'hast-util-sanitize';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes as MdastNodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { find, html as htmlProperties } from 'property-information';
import type { ContentProblem } from '../announcements/problems.ts';
import { noticeSchema } from './allow-list.ts';

/**
 * Finds, in an announcement's Markdown, what the sanitiser
 * (src/security/sanitize-plugin.ts) will drop from the page: tags and
 * attributes not on the allow-list and links or images whose address is not
 * allowed (`javascript:`, `data:` …), each with its line and column in the
 * file, so an editor is told rather than surprised by text that is missing.
 * It mirrors hast-util-sanitize's rules for the same schema (the unit tests
 * check the two agree on the hostile fixture).
 */

export interface UnsafeHtml {
  line: number;
  column: number;
  message: string;
}

/** One entry of a schema's attribute list: a name, or a name and the values allowed. */
type PropertyDefinition = NonNullable<Schema['attributes']>[string][number];

const URL_PROPERTIES = new Set(['href', 'src', 'cite', 'longDesc']);

/** hast-util-sanitize's test: a value with no scheme before any / ? # is relative and safe; otherwise its scheme must be listed. */
export function isSafeUrl(schema: Schema, key: string, value: string): boolean {
  const protocols = schema.protocols?.[key];
  if (!protocols || protocols.length === 0) return true;
  const colon = value.indexOf(':');
  if (colon < 0) return true;
  for (const mark of ['/', '?', '#']) {
    const at = value.indexOf(mark);
    if (at > -1 && colon > at) return true;
  }
  return protocols.some((protocol) => colon === protocol.length && value.startsWith(protocol));
}

function definitionFor(schema: Schema, tag: string, key: string): PropertyDefinition | undefined {
  const lists = [schema.attributes?.[tag] ?? [], schema.attributes?.['*'] ?? []];
  for (const list of lists) {
    for (const definition of list) {
      if ((typeof definition === 'string' ? definition : definition[0]) === key) return definition;
    }
  }
  return undefined;
}

function valueAllowed(definition: PropertyDefinition, value: unknown): boolean {
  if (typeof definition === 'string' || definition.length < 2) return true;
  return definition.slice(1).some((allowed) => (allowed instanceof RegExp ? allowed.test(String(value)) : allowed === value));
}

const attributeName = (key: string): string => find(htmlProperties, key).attribute;
const shorten = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** What the sanitiser drops from one element (not its children), as messages. */
function elementProblems(schema: Schema, element: Element): string[] {
  const tag = element.tagName;
  if (!(schema.tagNames ?? []).includes(tag)) {
    const stripped = (schema.strip ?? []).includes(tag);
    return [`<${tag}> is not allowed in an announcement and is left out of the page${stripped ? ' with everything inside it' : ' (the text inside it is kept)'}; remove it, or write the content in Markdown`];
  }
  const problems: string[] = [];
  for (const [key, raw] of Object.entries(element.properties)) {
    if (raw === undefined || raw === null || raw === false) continue;
    const name = attributeName(key);
    const definition = definitionFor(schema, tag, key);
    if (!definition) {
      const why = /^on/i.test(name) ? ' (an event handler runs script)' : name === 'style' ? ' (the site\'s styles apply)' : '';
      problems.push(`the attribute ${name} on <${tag}> is not allowed${why} and is left out of the page; remove it`);
      continue;
    }
    const values = Array.isArray(raw) ? raw : [raw];
    for (const value of values) {
      if (URL_PROPERTIES.has(key) && !isSafeUrl(schema, key, String(value))) {
        problems.push(`the address "${shorten(String(value))}" in ${name} on <${tag}> is not allowed (only ${(schema.protocols?.[key] ?? []).join(':, ')}: and relative addresses) and is left out of the page; give a web address`);
      } else if (!valueAllowed(definition, value)) {
        problems.push(`the value "${shorten(String(value))}" of ${name} on <${tag}> is not allowed and is left out of the page; remove it`);
      }
    }
  }
  return problems;
}

/** Walks one parsed HTML fragment, reporting each element the sanitiser changes; children of stripped tags are never reached. */
function walkHtml(schema: Schema, node: HastNodes, report: (line: number, column: number, message: string) => void): void {
  if (node.type === 'element') {
    const start = node.position?.start ?? { line: 1, column: 1 };
    for (const message of elementProblems(schema, node)) report(start.line, start.column, message);
    if ((schema.strip ?? []).includes(node.tagName) && !(schema.tagNames ?? []).includes(node.tagName)) return;
    const children = node.tagName === 'template' && node.content ? node.content.children : node.children;
    for (const child of children) walkHtml(schema, child, report);
  } else if (node.type === 'root') {
    for (const child of node.children) walkHtml(schema, child, report);
  }
}

/** Elements that never have content, so never leave one open. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** A tag dropped with its content that this piece of HTML opens and does not close, if any. */
function openStrippedTag(schema: Schema, html: string): string | undefined {
  let open: string | undefined;
  for (const match of html.matchAll(/<(\/?)([a-z][a-z0-9-]*)/gi)) {
    const [, closing, name = ''] = match;
    const tag = name.toLowerCase();
    if (!closing && open === undefined && !VOID.has(tag) && (schema.strip ?? []).includes(tag) && !(schema.tagNames ?? []).includes(tag)) open = tag;
    else if (closing && tag === open) open = undefined;
  }
  return open;
}

/**
 * Unsafe HTML in a Markdown body. `firstLine` is the file line the body starts
 * on, so positions are file positions.
 */
export function findUnsafeHtml(body: string, firstLine = 1, schema: Schema = noticeSchema): UnsafeHtml[] {
  const found: UnsafeHtml[] = [];
  // Inline HTML comes as one node per tag: "<svg>", "<a onclick=…>", "</svg>".
  // Inside a tag dropped with its content nothing more is reported.
  let insideStripped: string | undefined;
  const visit = (node: MdastNodes): void => {
    const start = node.position?.start;
    if (start && node.type === 'html' && insideStripped) {
      if (new RegExp(`</${insideStripped}\\s*>`, 'i').test(node.value)) insideStripped = undefined;
    } else if (start && node.type === 'html') {
      insideStripped = openStrippedTag(schema, node.value);
      const fragment = fromHtml(node.value, { fragment: true });
      walkHtml(schema, fragment, (line, column, message) => {
        found.push({ line: firstLine - 1 + start.line + line - 1, column: line === 1 ? start.column + column - 1 : column, message });
      });
    } else if (start && (node.type === 'link' || node.type === 'image' || node.type === 'definition')) {
      const key = node.type === 'image' ? 'src' : 'href';
      if (!isSafeUrl(schema, key, node.url)) {
        const what = node.type === 'image' ? 'image' : 'link';
        found.push({
          line: firstLine - 1 + start.line,
          column: start.column,
          message: `the ${what} address "${shorten(node.url)}" is not allowed (only ${(schema.protocols?.[key] ?? []).join(':, ')}: and relative addresses); the ${what} is published without it; give a web address`,
        });
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromMarkdown(body));
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The unsafe HTML of one announcement file as located problems (warnings: the page is published without it). */
export function unsafeHtmlProblems(file: string, text: string, bodyLine: number): ContentProblem[] {
  const lines = text.split('\n');
  const body = lines.slice(bodyLine - 1).join('\n');
  return findUnsafeHtml(body, bodyLine).map((found) => ({ file, line: found.line, column: found.column, message: found.message }));
}
