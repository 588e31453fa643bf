/** A mistake in the content that stops the build, located in its source file. */
export interface ContentProblem {
  /** Path of the file (or folder) relative to the project root, with `/` separators. */
  file: string;
  line: number;
  column: number;
  /** Dotted frontmatter field the problem is about, when there is one. */
  field?: string;
  message: string;
}

/** One line per problem: `file:line:column  field "x": message`. */
export function formatProblem(problem: ContentProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const field = problem.field ? `field "${problem.field}": ` : '';
  return `${where}  ${field}${problem.message}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`Content has ${count}; fix ${problems.length === 1 ? 'it' : 'them'} and build again:`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

const LONGEST_QUOTED = 80;

/** Quotes a value the way an editor wrote it, for "found …" in messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    if (value.trim() === '') return 'an empty text';
    // A 10,000-letter value would fill the screen: its start and its length say enough.
    const characters = [...value];
    return characters.length > LONGEST_QUOTED ? `${JSON.stringify(`${characters.slice(0, LONGEST_QUOTED - 20).join('')}…`)} (${characters.length} characters)` : JSON.stringify(value);
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString().slice(0, 10));
  if (Array.isArray(value)) return `a list (${value.length} item${value.length === 1 ? '' : 's'})`;
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

/**
 * Edit distance where swapping two neighbouring letters counts as one edit
 * (optimal string alignment), used to suggest the key an editor probably meant.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}
