import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy every page carries, as a `<meta http-equiv>`
 * in the layout's head (a static site cannot count on its server to send
 * headers). Announcement pages run no script at all; the search page runs
 * Pagefind's files from /pagefind/ and one inline start-up script, allowed by
 * its hash. Styles may be inline (Astro inlines the site's stylesheet; content
 * cannot add a style, the sanitiser drops them); images come from the site or
 * over https.
 */

export interface PageScripts {
  /** Inline scripts the page carries, exactly as written into the HTML. */
  inline: readonly string[];
  /** Whether the page loads scripts from the site itself (Pagefind). */
  self: boolean;
  /** Pagefind compiles its WebAssembly search engine. */
  wasm: boolean;
}

/** `'sha256-…'` of an inline script, as CSP wants it. */
export function scriptHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(scripts?: PageScripts): string {
  const scriptSources = scripts ? [...(scripts.self ? ["'self'"] : []), ...scripts.inline.map(scriptHash), ...(scripts.wasm ? ["'wasm-unsafe-eval'"] : [])] : [];
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': scriptSources.length > 0 ? scriptSources : ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    // Pagefind's stylesheet draws its search icon as a data: SVG (an image cannot run script).
    'img-src': scripts ? ["'self'", 'https:', 'data:'] : ["'self'", 'https:'],
    'font-src': ["'self'"],
    'connect-src': scripts ? ["'self'"] : ["'none'"],
    'worker-src': scripts ? ["'self'"] : ["'none'"],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'manifest-src': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
