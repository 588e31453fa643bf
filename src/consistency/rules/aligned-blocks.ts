import type { BlockInfo, DocumentFacts } from '../extract/document.ts';

/** Blocks before this index are the title (0) and the summary (1); the body follows. */
const FIRST_BODY_BLOCK = 2;

const WHERE: Record<BlockInfo['kind'], string> = {
  title: 'in the title',
  summary: 'in the summary',
  heading: 'in this heading',
  paragraph: 'in this paragraph',
  cell: 'in this table cell',
};

export interface AlignedBlock {
  index: number;
  /** "in this paragraph", for messages. */
  where: string;
  /** Where the blocks were matched by what they say: each language's block (else `index` in every language). */
  blockOf?: ReadonlyMap<DocumentFacts, number>;
}

/**
 * The blocks that correspond one to one across languages: the title, the
 * summary where every language has one, and the body when every language
 * has the same sequence of headings, paragraphs and table cells. A
 * translation that merged or split paragraphs is not aligned, and is
 * compared as a whole only.
 */
export function alignedBlocks(docs: readonly DocumentFacts[]): AlignedBlock[] {
  const [first, ...rest] = docs;
  if (!first || rest.length === 0) return [];
  const aligned: AlignedBlock[] = [];
  for (const index of [0, 1]) {
    const kinds = docs.map((doc) => doc.blocks.find((block) => block.index === index)?.kind);
    if (kinds.every((kind) => kind !== undefined && kind === kinds[0])) aligned.push({ index, where: WHERE[kinds[0] ?? 'paragraph'] });
  }
  const body = (doc: DocumentFacts) => doc.blocks.filter((block) => block.index >= FIRST_BODY_BLOCK);
  const signature = (doc: DocumentFacts) => body(doc).map((block) => block.kind).join();
  const firstSignature = signature(first);
  if (rest.every((doc) => signature(doc) === firstSignature)) {
    for (const block of body(first)) aligned.push({ index: block.index, where: WHERE[block.kind] });
  }
  return aligned;
}

/** Blocks whose facts overlap less than this (shared keys over all keys) are not taken for one another. */
const MIN_SIMILARITY = 0.4;
/** Nor blocks that share fewer facts than this: one shared date says little. */
const MIN_SHARED = 2;

/** What a block states: its facts' kinds and values, each once. */
function blockKeys(doc: DocumentFacts): Map<number, Set<string>> {
  const keys = new Map<number, Set<string>>();
  for (const fact of doc.facts) {
    if (fact.invalid || fact.block < FIRST_BODY_BLOCK) continue;
    let set = keys.get(fact.block);
    if (!set) keys.set(fact.block, (set = new Set()));
    set.add(`${fact.kind} ${fact.key}`);
  }
  return keys;
}

function similarity(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): number {
  if (!a || !b) return 0;
  let shared = 0;
  for (const key of a) if (b.has(key)) shared++;
  if (shared < MIN_SHARED) return 0;
  const score = shared / (a.size + b.size - shared);
  return score >= MIN_SIMILARITY ? score : 0;
}

/**
 * Matches the body blocks of two languages in order, as a diff matches lines,
 * pairing blocks that state mostly the same facts (the highest total overlap;
 * a block may go unmatched). Returns, for each block of `a`, its block in `b`.
 */
function matchInOrder(a: readonly BlockInfo[], b: readonly BlockInfo[], keysA: Map<number, Set<string>>, keysB: Map<number, Set<string>>): Map<number, number> {
  const n = a.length;
  const m = b.length;
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const here = similarity(keysA.get(a[i]?.index ?? -1), keysB.get(b[j]?.index ?? -1));
      const row = score[i] as Float64Array;
      row[j] = Math.max(here > 0 ? here + (score[i + 1]?.[j + 1] ?? 0) : 0, score[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const matched = new Map<number, number>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    const here = similarity(keysA.get(a[i]?.index ?? -1), keysB.get(b[j]?.index ?? -1));
    const best = score[i]?.[j] ?? 0;
    if (here > 0 && Math.abs(best - (here + (score[i + 1]?.[j + 1] ?? 0))) < 1e-9) {
      matched.set(a[i]?.index ?? -1, b[j]?.index ?? -1);
      i++;
      j++;
    } else if (Math.abs(best - (score[i + 1]?.[j] ?? 0)) < 1e-9) i++;
    else j++;
  }
  return matched;
}

/**
 * The blocks that correspond across languages: those of alignedBlocks, and,
 * where translations merged, split, added or dropped paragraphs, body blocks
 * matched by what they state (at least two facts in common, and most of
 * them), in the order of the text. A block that says "Mon–Fri 9–19" where the
 * other language's matching list item says "Mon, Wed, Fri 9–15" is then
 * compared with it, not only with the text as a whole.
 */
export function correspondingBlocks(docs: readonly DocumentFacts[]): AlignedBlock[] {
  const aligned = alignedBlocks(docs);
  const [first, ...rest] = docs;
  if (!first || rest.length === 0 || aligned.some((block) => block.index >= FIRST_BODY_BLOCK)) return aligned;
  const body = (doc: DocumentFacts) => doc.blocks.filter((block) => block.index >= FIRST_BODY_BLOCK);
  const firstKeys = blockKeys(first);
  if (firstKeys.size === 0) return aligned;
  const matches = rest.map((doc) => matchInOrder(body(first), body(doc), firstKeys, blockKeys(doc)));
  for (const block of body(first)) {
    const others = matches.map((match) => match.get(block.index));
    if (others.some((index) => index === undefined)) continue;
    const blockOf = new Map<DocumentFacts, number>([[first, block.index]]);
    rest.forEach((doc, k) => blockOf.set(doc, others[k] as number));
    aligned.push({ index: block.index, where: WHERE[block.kind], blockOf });
  }
  return aligned;
}
