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
