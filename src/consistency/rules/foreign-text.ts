import type { BlockInfo, DocumentFacts } from '../extract/document.ts';
import { packs } from '../packs/index.ts';
import type { LanguagePack } from '../packs/types.ts';
import { truncate } from './link-finding.ts';
import type { FindingDraft, Rule } from './types.ts';

const MIN_LETTERS = 8;
const MIN_WORDS = 4;
const MIN_COMMON_WORDS = 2;
/**
 * Running text has most of its words in small letters; a line of names
 * ("Organizatorzy: Stowarzyszenie Przyjaciół Ogrodu Botanicznego, Fundacja
 * Nowa Huta dla Każdego") has few, and is written the same in every language.
 */
const NAMES_COMMON_SHARE = 0.25;

const distinctive = new WeakMap<LanguagePack, Uint8Array | undefined>();

/**
 * A pack's distinctive letters as a table over every code unit (1 where the
 * letter is one of them; 64 kB per pack), or undefined when it has none.
 * A lookup per letter of a short word is cheaper than a regular expression
 * run per word, and this runs on every word of every paragraph.
 */
function distinctiveTable(pack: LanguagePack): Uint8Array | undefined {
  if (!distinctive.has(pack)) {
    const table = pack.distinctiveLetters ? new Uint8Array(0x10000) : undefined;
    for (const letter of pack.distinctiveLetters) if (table) table[letter.charCodeAt(0)] = 1;
    distinctive.set(pack, table);
  }
  return distinctive.get(pack);
}

function hasDistinctiveLetter(word: string, table: Uint8Array): boolean {
  for (let i = 0; i < word.length; i++) if (table[word.charCodeAt(i)] === 1) return true;
  return false;
}

function score(block: BlockInfo, pack: LanguagePack): number {
  let total = 0;
  const letters = distinctiveTable(pack);
  for (const word of block.words) {
    if (pack.stopwords.has(word)) total++;
    if (letters && hasDistinctiveLetter(word, letters)) total++;
  }
  return total;
}

/** The language a block most likely is in, among packs of one script. */
function likelyLanguage(block: BlockInfo, script: LanguagePack['script']): LanguagePack | undefined {
  let best: LanguagePack | undefined;
  let bestScore = 0;
  for (const pack of Object.values(packs)) {
    if (pack.script !== script) continue;
    const s = score(block, pack);
    if (s > bestScore) [best, bestScore] = [pack, s];
  }
  return best;
}

function foreignLanguage(block: BlockInfo, doc: DocumentFacts): string | undefined {
  const { pack } = doc;
  const letters = block.latinLetters + block.cyrillicLetters;
  const foreignScript = pack.script === 'Cyrl' ? 'Latn' : 'Cyrl';
  const foreignLetters = pack.script === 'Cyrl' ? block.latinLetters : block.cyrillicLetters;
  // A name kept in its own language beside words of this one ("Організатор: Zarząd Zieleni
  // Miejskiej w Krakowie", "Fundacja Nowa Huta dla Każdego") has few running words in the other script.
  const foreignCommonWords = pack.script === 'Cyrl' ? block.latinCommonWords : block.cyrillicCommonWords;
  const foreignWords = pack.script === 'Cyrl' ? block.latinWords : block.cyrillicWords;
  const ownLetters = letters - foreignLetters;
  const nameOnly = foreignCommonWords <= NAMES_COMMON_SHARE * foreignWords && ownLetters > 0;
  if (foreignLetters >= MIN_LETTERS && foreignLetters > 0.6 * letters && !nameOnly) {
    const guess = likelyLanguage(block, foreignScript);
    const script = foreignScript === 'Latn' ? 'Latin' : 'Cyrillic';
    return guess ? `${guess.englishName} (${script} script)` : `${script} script`;
  }
  if (block.words.length < MIN_WORDS || block.commonWords <= NAMES_COMMON_SHARE * block.words.length) return undefined;
  const own = score(block, pack);
  for (const other of Object.values(packs)) {
    if (other === pack || other.script !== pack.script) continue;
    const theirs = score(block, other);
    if (theirs >= 3 && theirs > 2 * own) return other.englishName;
  }
  return undefined;
}

// Copied paragraphs are copied verbatim; comparing trimmed text is enough and cheap.
const normalise = (text: string) => text.trim();

/** A paragraph left in another language or script, or copied unchanged from the source language. */
export const foreignText: Rule = {
  id: 'foreign-text',
  check(group) {
    const findings: FindingDraft[] = [];
    const source = group.docs.find((doc) => doc.lang === group.sourceLang);
    const sourceTexts = new Set(source?.blocks.filter((b) => b.words.length >= MIN_WORDS).map((b) => normalise(b.text)) ?? []);
    for (const doc of group.docs) {
      // Addresses are written as the city writes them, in every language ("Dom Kultury Podgórze, ul. Sokolska 13").
      const addressBlocks = new Set(doc.facts.filter((fact) => fact.kind === 'address').map((fact) => fact.block));
      for (const block of doc.blocks) {
        if (block.kind === 'cell' || addressBlocks.has(block.index)) continue;
        const language = foreignLanguage(block, doc);
        // A line of names ("Centrum Kultury Nowa Huta") is the same in every language; running text is not.
        const copied = doc !== source && block.words.length >= MIN_WORDS && block.commonWords >= MIN_COMMON_WORDS && sourceTexts.has(normalise(block.text));
        if (!language && !copied) continue;
        const what = block.kind === 'title' ? 'the title' : block.kind === 'summary' ? 'the summary' : block.kind === 'heading' ? 'this heading' : 'this paragraph';
        const message = copied
          ? `${what} is identical to the ${source?.pack.englishName} version ("${truncate(block.text, 40)}"); translate it into ${doc.pack.englishName}`
          : `${what} ("${truncate(block.text, 40)}") looks like ${language}, not ${doc.pack.englishName}; translate it or remove it`;
        findings.push({ rule: this.id, fact: 'language', severity: 'warning', lang: doc.lang, file: doc.file, ...block.position, block: block.index, message });
      }
    }
    return findings;
  },
};
