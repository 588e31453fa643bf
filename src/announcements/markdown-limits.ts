/**
 * Markdown that the parser (satteri 0.10, used by the check and the build)
 * reads in quadratic time or memory, refused before it is parsed. Measured
 * with scripts/pathological-markdown.ts, 200 KB in one file:
 *
 * - blockquotes or lists nested on one line (">>>>…", "> > …", "+ + …",
 *   "1. 1. …"): 10.3 s for ">" (400 KB: 52 s, then a stack overflow);
 * - words with many separate underscores ("_a_a_a…", "www.a_a_…"): 5–17 s,
 *   from the scan for an e-mail or web address around each "_";
 * - character references in one paragraph ("&amp; &amp; …"): 3.7 s and
 *   857 MB (400 KB: out of memory).
 *
 * The build also reads each body with micromark (mdast-util-from-markdown, in
 * src/security/unsafe-html.ts, to report raw HTML), whose emphasis matching is
 * quadratic in the "*" and "_" marks of a paragraph: 100 KB of "*a" took 104 s,
 * of "a_ " 15 s; and blockquotes nested 50,000 deep overflow its stack.
 *
 * Each is counted in one pass over the text, and the limits are far beyond
 * what a notice needs while keeping the worst file of 1 MB that passes them
 * to well under a second of parsing.
 */

export const MARKDOWN_LIMITS = {
  /** Blockquote and list markers opening one line. */
  nesting: 16,
  /** Separate runs of "_" in one word (characters between spaces). */
  underscoresPerWord: 50,
  /** Character references ("&amp;", "&#8211;") in one paragraph (text between blank lines). */
  referencesPerParagraph: 500,
  /** Runs of "*" or "_" (emphasis marks) in one paragraph. */
  emphasisRunsPerParagraph: 150,
} as const;

export interface MarkdownLimitProblem {
  line: number;
  column: number;
  message: string;
}

const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/y;

const isSpace = (code: number) => code === 32 || code === 9;
const isDigit = (code: number) => code >= 48 && code <= 57;

/** Blockquote and list markers at the start of the line at `start`, and where they end. */
function lineNesting(text: string, start: number): { depth: number; end: number } {
  let i = start;
  let depth = 0;
  for (;;) {
    while (isSpace(text.charCodeAt(i))) i++;
    const code = text.charCodeAt(i);
    if (code === 62 /* > */) {
      depth++;
      i++;
      continue;
    }
    if ((code === 45 /* - */ || code === 43 /* + */ || code === 42) /* * */ && isSpace(text.charCodeAt(i + 1))) {
      depth++;
      i += 2;
      continue;
    }
    if (isDigit(code)) {
      let j = i;
      while (j - i < 9 && isDigit(text.charCodeAt(j))) j++;
      const mark = text.charCodeAt(j);
      if ((mark === 46 /* . */ || mark === 41) /* ) */ && isSpace(text.charCodeAt(j + 1))) {
        depth++;
        i = j + 2;
        continue;
      }
    }
    return { depth, end: i };
  }
}

/** The first place where `text` exceeds a limit, or undefined. Linear in the length of the text. */
export function markdownLimitProblem(text: string, limits: typeof MARKDOWN_LIMITS = MARKDOWN_LIMITS): MarkdownLimitProblem | undefined {
  let line = 1;
  let lineStart = 0;
  let wordStart = 0;
  let underscoreRuns = 0;
  let paragraphLine = 1;
  let references = 0;
  let emphasisRuns = 0;
  let blank = true;
  let i = 0;
  const at = (offset: number, message: string): MarkdownLimitProblem => ({ line, column: offset - lineStart + 1, message });
  while (i <= text.length) {
    if (i === lineStart) {
      const { depth, end } = lineNesting(text, i);
      if (depth > limits.nesting) {
        return at(i, `blockquotes or lists are nested ${depth} deep on this line; at most ${limits.nesting} levels are read (deeper nesting makes the Markdown reader take minutes), so remove the extra ">" or list markers`);
      }
      if (end > i) blank = false;
      i = end;
      wordStart = i;
    }
    if (i === text.length) break;
    const code = text.charCodeAt(i);
    if (code === 10 /* \n */) {
      // A blank line ends the paragraph.
      if (blank) {
        references = 0;
        emphasisRuns = 0;
      }
      line++;
      lineStart = i + 1;
      blank = true;
      underscoreRuns = 0;
      i++;
      if (references === 0 && emphasisRuns === 0) paragraphLine = line;
      continue;
    }
    if (isSpace(code) || code === 13 /* \r */) {
      underscoreRuns = 0;
      wordStart = i + 1;
      i++;
      continue;
    }
    blank = false;
    if ((code === 95 /* _ */ || code === 42) /* * */ && text.charCodeAt(i - 1) !== code) {
      if (references === 0 && emphasisRuns === 0) paragraphLine = line;
      emphasisRuns++;
      if (emphasisRuns > limits.emphasisRunsPerParagraph) {
        return { line: paragraphLine, column: 1, message: `this paragraph has more than ${limits.emphasisRunsPerParagraph} emphasis marks ("*" or "_"), which makes the Markdown reader take minutes; split it with blank lines, or remove marks that emphasise nothing` };
      }
    }
    if (code === 95 /* _ */) {
      if (text.charCodeAt(i - 1) !== 95 || i === wordStart) underscoreRuns++;
      if (underscoreRuns > limits.underscoresPerWord) {
        return at(wordStart, `this word has more than ${limits.underscoresPerWord} separate underscores ("${text.slice(wordStart, wordStart + 20)}…"), which makes the Markdown reader take minutes; break it up with spaces`);
      }
    } else if (code === 38 /* & */) {
      ENTITY.lastIndex = i;
      if (ENTITY.test(text)) {
        if (references === 0 && emphasisRuns === 0) paragraphLine = line;
        references++;
        if (references > limits.referencesPerParagraph) {
          return { line: paragraphLine, column: 1, message: `this paragraph has more than ${limits.referencesPerParagraph} character references such as "&amp;" or "&#8211;", which makes the Markdown reader take minutes; write the characters themselves (& for "&amp;") or split the paragraph with blank lines` };
        }
        i = ENTITY.lastIndex;
        continue;
      }
    }
    i++;
  }
  return undefined;
}
