import { SITE_PAGES } from '../lib/routes.ts';

/**
 * What a URL slug may be, for the `slug` field and for file names (a file's
 * name is its announcement's id and, without a `slug`, its URL). One rule
 * for both, so that every announcement's page can be written and linked.
 */

/** A URL path segment: lowercase letters of any script, digits and single hyphens. */
export const SLUG = /^[\p{Ll}\p{Lo}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Nd}]+)*$/u;

export const SLUG_EXPECTED = 'a URL slug: lowercase letters, digits and single hyphens, e.g. "open-krakow"';

/** Longer slugs make unreadable addresses; 100 letters is a sentence. */
export const MAX_SLUG_CHARACTERS = 100;
/**
 * A page is written to a folder named after its slug, and file systems allow
 * 255 bytes in a name: 200 bytes of UTF-8 leaves room, and keeps 100 letters
 * of Cyrillic (2 bytes each) but not 100 of Chinese (3 bytes each).
 */
export const MAX_SLUG_BYTES = 200;

/** Paths the site itself makes under each language (src/lib/routes.ts), and the 404 page. */
export const RESERVED_SLUGS: readonly string[] = [...SITE_PAGES.language, '404'];

/** Why `slug` cannot be a URL slug, or undefined when it can. */
export function slugProblem(slug: string): string | undefined {
  if (RESERVED_SLUGS.includes(slug)) {
    return `"${slug}" is taken by a page the site makes itself under each language (${RESERVED_SLUGS.map((s) => `"${s}"`).join(', ')}), so the announcement would never be published at its address; choose another`;
  }
  if (!SLUG.test(slug)) return `expected ${SLUG_EXPECTED}`;
  const characters = [...slug].length;
  if (characters > MAX_SLUG_CHARACTERS) return `it has ${characters} characters; a URL slug may have at most ${MAX_SLUG_CHARACTERS}, so shorten it`;
  const bytes = Buffer.byteLength(slug, 'utf8');
  if (bytes > MAX_SLUG_BYTES) return `it takes ${bytes} bytes as a folder name; at most ${MAX_SLUG_BYTES} fit (letters of some scripts take 2 or 3 bytes each), so shorten it`;
  return undefined;
}

// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** A name as it can be printed on one line: control characters (a carriage return, a line feed) written as \u escapes. */
export function printableName(name: string): string {
  return name.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A slug close to what a name says: lowercased, other characters turned into single hyphens. */
export function suggestSlug(name: string): string {
  const slug = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{Ll}\p{Lo}\p{Nd}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  let short = '';
  for (const character of slug) {
    if ([...short].length >= MAX_SLUG_CHARACTERS || Buffer.byteLength(short + character) > MAX_SLUG_BYTES) break;
    short += character;
  }
  return short.replace(/-+$/, '');
}

/** Why a file name (without `.md`) cannot be an announcement id, with the rename to make; undefined when it can. */
export function fileNameProblem(id: string): string | undefined {
  const problem = slugProblem(id);
  if (!problem) return undefined;
  const suggestion = suggestSlug(id);
  const reason = problem.replace(/; choose another$/, '');
  const rename = suggestion && suggestion !== id && !slugProblem(suggestion) ? `rename it, e.g. to "${suggestion}.md"` : 'rename it';
  return `the file name "${printableName(id)}.md" cannot be an announcement's id, which is also its address: ${reason}; ${rename}`;
}
