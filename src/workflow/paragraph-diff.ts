/**
 * What changed in a Markdown body, paragraph by paragraph (blocks separated
 * by blank lines), as a diff matches lines: added, removed, changed, each
 * with its line in the new file (and in the old one).
 */

export interface Paragraph {
  /** 1-based line in the file. */
  line: number;
  text: string;
}

export type ParagraphChange =
  | { kind: 'added'; line: number; text: string }
  | { kind: 'removed'; oldLine: number; text: string }
  | { kind: 'changed'; line: number; oldLine: number; text: string };

/** The paragraphs of a body starting at `firstLine`, their lines joined by one space. */
export function paragraphs(body: string, firstLine: number): Paragraph[] {
  const found: Paragraph[] = [];
  let current: Paragraph | undefined;
  body.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') {
      current = undefined;
      return;
    }
    if (current) current.text += ` ${line}`;
    else found.push((current = { line: firstLine + i, text: line }));
  });
  return found;
}

/** Longest common subsequence of the paragraph texts; unmatched runs between matches pair up as changes. */
export function paragraphDiff(before: readonly Paragraph[], after: readonly Paragraph[]): ParagraphChange[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] = before[i]?.text === after[j]?.text ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const changes: ParagraphChange[] = [];
  let removed: Paragraph[] = [];
  let added: Paragraph[] = [];
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) {
      const [old, now] = [removed[k] as Paragraph, added[k] as Paragraph];
      changes.push({ kind: 'changed', line: now.line, oldLine: old.line, text: now.text });
    }
    for (const old of removed.slice(paired)) changes.push({ kind: 'removed', oldLine: old.line, text: old.text });
    for (const now of added.slice(paired)) changes.push({ kind: 'added', line: now.line, text: now.text });
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i]?.text === after[j]?.text) {
      flush();
      i++;
      j++;
    } else if (j < m && (i >= n || (lcs[i]?.[j + 1] ?? 0) >= (lcs[i + 1]?.[j] ?? 0))) {
      added.push(after[j++] as Paragraph);
    } else {
      removed.push(before[i++] as Paragraph);
    }
  }
  flush();
  return changes;
}

const excerpt = (text: string) => (text.length > 50 ? `${text.slice(0, 49)}…` : text);

/** "changed at line 12 (was 10): "W sobotę…"", for messages. */
export function describeChange(change: ParagraphChange): string {
  if (change.kind === 'added') return `added at line ${change.line}: "${excerpt(change.text)}"`;
  if (change.kind === 'removed') return `removed (was line ${change.oldLine}): "${excerpt(change.text)}"`;
  const moved = change.oldLine === change.line ? '' : ` (was ${change.oldLine})`;
  return `changed at line ${change.line}${moved}: "${excerpt(change.text)}"`;
}
