/**
 * The recall measurement behind `npm run recall`, shared with its test.
 */
import { listContentFiles, readContentFile } from '../../src/announcements/read-content.ts';
import { applyIgnores, checkContent, checkFiles, type CheckOptions } from '../../src/consistency/engine.ts';
import { extractDocument } from '../../src/consistency/extract/document.ts';
import { packFor } from '../../src/consistency/packs/index.ts';
import { LineIndex } from '../../src/consistency/text/line-index.ts';
import type { Finding } from '../../src/consistency/types.ts';
import { mutateFactText } from './mutate.ts';

export interface Tally {
  mutations: number;
  caught: number;
  missed: string[];
}

export interface RecallReport {
  announcements: number;
  files: number;
  /** Errors on the unchanged corpus. */
  falsePositives: Finding[];
  warnings: Finding[];
  byKind: Map<string, Tally>;
}

export function measureRecall(contentDir: string, languages: readonly string[]): RecallReport {
  const options: CheckOptions = { contentDir, languages };
  const baseline = checkContent(options);
  const listing = listContentFiles({ contentDir, languages });
  const sources = listing.files.map((file) => ({ file, text: readContentFile(file).announcement?.text ?? '' }));
  const byId = Map.groupBy(sources, (source) => source.file.id);
  const byKind = new Map<string, Tally>();

  for (const [id, group] of byId) {
    const extracted = group.flatMap((source) => {
      const parsed = readContentFile(source.file);
      const pack = packFor(source.file.lang);
      return parsed.announcement && pack ? [{ source, pack, doc: extractDocument(parsed.announcement, pack, { floorConvention: 'building', defaultCountry: 'PL' }) }] : [];
    });
    // What an editor silenced is not compared, so changing it is no miss.
    applyIgnores(extracted.map(({ doc }) => doc));
    for (const { source, pack, doc } of extracted) {
      const lines = new LineIndex(source.text);
      for (const fact of doc.facts) {
        if (fact.uncompared) continue;
        const offset = lines.lineStart(fact.line) + fact.column - 1;
        if (source.text.slice(offset, offset + fact.text.length) !== fact.text) continue;
        const avoid = new Set(doc.facts.filter((other) => other !== fact && other.block === fact.block && other.kind === fact.kind).map((other) => other.key));
        const replacement = mutateFactText(fact, pack, avoid);
        if (replacement === undefined || replacement === fact.text) continue;
        const mutated = source.text.slice(0, offset) + replacement + source.text.slice(offset + fact.text.length);
        const result = checkFiles([], group.map((s) => (s === source ? { ...s, text: mutated } : s)), options);
        const tally = byKind.get(fact.kind) ?? { mutations: 0, caught: 0, missed: [] };
        tally.mutations++;
        if (result.findings.some((f) => f.severity === 'error')) tally.caught++;
        else tally.missed.push(`${id}/${source.file.lang}: "${fact.text}" → "${replacement}"`);
        byKind.set(fact.kind, tally);
      }
    }
  }
  return {
    announcements: baseline.summary.announcements,
    files: baseline.summary.files,
    falsePositives: baseline.findings.filter((f) => f.severity === 'error'),
    warnings: baseline.findings.filter((f) => f.severity === 'warning'),
    byKind,
  };
}
