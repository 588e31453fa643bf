/**
 * Which facts a language version gained or lost between two of its texts
 * ("time 10 am → 11 am"), read with the check's own extractor (read-only).
 */
import { parseAnnouncementFile } from '../announcements/read-content.ts';
import { extractDocument } from '../consistency/extract/document.ts';
import { packFor } from '../consistency/packs/index.ts';
import type { FactKind, FloorConvention } from '../consistency/types.ts';

export interface FactChange {
  kind: FactKind;
  removed: string[];
  added: string[];
}

export interface FactOptions {
  floorConvention?: FloorConvention;
  defaultCountry?: string;
}

/** Kinds that are about the text rather than facts a resident acts on. */
const SKIPPED = new Set<FactKind>(['translation', 'language', 'frontmatter']);

/** Fact labels by kind and key, or undefined when the text cannot be read (invalid frontmatter, no pack). */
function factsOf(text: string, lang: string, file: string, options: FactOptions): Map<FactKind, Map<string, string>> | undefined {
  const pack = packFor(lang);
  const announcement = parseAnnouncementFile({ lang, id: 'x', file, text }).announcement;
  if (!pack || !announcement) return undefined;
  try {
    const doc = extractDocument(announcement, pack, { floorConvention: options.floorConvention ?? 'building', defaultCountry: options.defaultCountry ?? 'PL' });
    const byKind = new Map<FactKind, Map<string, string>>();
    for (const fact of [...doc.facts, ...doc.eventFacts]) {
      if (SKIPPED.has(fact.kind) || fact.invalid) continue;
      const keys = byKind.get(fact.kind) ?? new Map<string, string>();
      if (!keys.has(fact.key)) keys.set(fact.key, fact.label);
      byKind.set(fact.kind, keys);
    }
    return byKind;
  } catch {
    // The extractor failing is the check's to report; here it only means no fact summary.
    return undefined;
  }
}

export function factDiff(before: string, after: string, lang: string, file: string, options: FactOptions = {}): FactChange[] | undefined {
  const old = factsOf(before, lang, file, options);
  const now = factsOf(after, lang, file, options);
  if (!old || !now) return undefined;
  const changes: FactChange[] = [];
  for (const kind of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(kind) ?? new Map<string, string>();
    const b = now.get(kind) ?? new Map<string, string>();
    const removed = [...a].filter(([key]) => !b.has(key)).map(([, label]) => label);
    const added = [...b].filter(([key]) => !a.has(key)).map(([, label]) => label);
    if (removed.length > 0 || added.length > 0) changes.push({ kind, removed, added });
  }
  return changes;
}

/** "time 10 am → 11 am", "phone +48 12 616 52 00 removed", "date 19 June 2024 added". */
export function describeFactChange(change: FactChange): string {
  const list = (labels: readonly string[]) => labels.join(', ');
  if (change.removed.length > 0 && change.added.length > 0) return `${change.kind} ${list(change.removed)} → ${list(change.added)}`;
  if (change.removed.length > 0) return `${change.kind} ${list(change.removed)} removed`;
  return `${change.kind} ${list(change.added)} added`;
}
