import { checkFiles, type CheckOptions, type CheckResult } from '../../src/consistency/engine.ts';
import { scanBlock } from '../../src/consistency/extract/scan-block.ts';
import { packs } from '../../src/consistency/packs/index.ts';
import type { FactKind, FloorConvention } from '../../src/consistency/types.ts';

export type Texts = Partial<Record<'pl' | 'en' | 'uk', string>>;

/** Frontmatter plus body, as an editor writes it. */
export function md(body: string, frontmatter = 'title: T\ndate: 2024-06-14'): string {
  return `---\n${frontmatter}\n---\n\n${body}\n`;
}

/** Checks in-memory announcements: `{ id: { pl: text, en: text } }`. */
export function checkTexts(announcements: Record<string, Texts>, options: Partial<CheckOptions> = {}): CheckResult {
  const sources = Object.entries(announcements).flatMap(([id, texts]) =>
    Object.entries(texts).map(([lang, text]) => ({ file: { lang, id, file: `content/${lang}/${id}.md`, path: '' }, text: text ?? '' })),
  );
  return checkFiles([], sources, { contentDir: 'content', languages: ['pl', 'en', 'uk'], ...options });
}

/** Findings as compact strings: "uk:17 fact-mismatch floor". */
export function brief(result: CheckResult): string[] {
  return result.findings.map((f) => `${f.lang}:${f.line} ${f.rule} ${f.fact}`);
}

/** The keys of the facts of one kind found in a text. */
export function keys(lang: 'pl' | 'en' | 'uk', text: string, kind?: FactKind, options: { floorConvention?: FloorConvention; publicationDate?: string } = {}): string[] {
  const pack = packs[lang];
  if (!pack) throw new Error(`no pack ${lang}`);
  const { facts } = scanBlock(text, {
    pack,
    publicationDate: options.publicationDate ?? '2024-06-14',
    floorConvention: options.floorConvention ?? 'building',
    defaultCountry: 'PL',
  });
  return facts
    .filter((fact) => kind === undefined || fact.kind === kind)
    .map((fact) => (fact.kind === 'weekday' ? `${fact.key}${fact.weekday?.recurring ? '*' : ''}${fact.weekday?.date ? `@${fact.weekday.date}` : ''}` : `${fact.key}${fact.ordinal ? ' (ordinal)' : ''}`));
}
