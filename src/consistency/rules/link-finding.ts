import type { DocumentFacts } from '../extract/document.ts';
import type { LinkTarget } from '../text/blocks.ts';
import type { Severity, SourcePosition } from '../types.ts';
import type { FindingDraft } from './types.ts';

/** A finding about one link, placed where the link is written. */
export function linkFinding(rule: string, severity: Severity, doc: DocumentFacts, link: Pick<LinkTarget, 'block'> & SourcePosition, message: string): FindingDraft {
  return { rule, fact: 'link', severity, lang: doc.lang, file: doc.file, line: link.line, column: link.column, block: link.block, message };
}

/** Text shortened for a one-line message. */
export function truncate(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
