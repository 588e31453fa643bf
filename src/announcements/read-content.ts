import { lstatSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Document, Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { missingDayReason } from './dates.ts';
import { announcementKeys, announcementSchema, NESTED_KEYS, type AnnouncementData } from './schema.ts';
import { markdownLimitProblem } from './markdown-limits.ts';
import { lineScalarOffset, readFrontmatterYaml, yamlReasonText } from './frontmatter-fast.ts';
import { closestWord, describeValue, type ContentProblem } from './problems.ts';
import { entryKind, entryKindProblem, readFailure, readRegularFile, tooLargeProblem } from './safe-read.ts';
import { siteConfig } from '../site.config.ts';
import { fileNameProblem, printableName } from './slug-rules.ts';

/**
 * Reads `<contentDir>/<lang>/<id>.md` without Astro: lists the files, splits
 * and parses frontmatter with positions, validates it with the shared schema
 * and reports every mistake with file, line and column. Used before the Astro
 * build (so editors get plain messages, not stack traces) and by the
 * consistency check. It never writes anything.
 */

export interface AnnouncementFile {
  lang: string;
  /** File name without `.md`: the key that links translations. */
  id: string;
  /** Path relative to the root, with `/` separators, for messages. */
  file: string;
  text: string;
  /** 1-based line where the Markdown body starts. */
  bodyLine: number;
  /** Position of a frontmatter value, or of the nearest enclosing one. */
  positionOf(fieldPath: readonly (string | number)[]): { line: number; column: number };
}

export interface ValidAnnouncement extends AnnouncementFile {
  data: AnnouncementData;
}

export interface ContentTree {
  announcements: ValidAnnouncement[];
  /** Files that exist but whose frontmatter is invalid (their problems are in `problems`). */
  invalidFiles: AnnouncementFile[];
  problems: ContentProblem[];
}

export interface ReadOptions {
  contentDir: string;
  languages: readonly string[];
  /** Paths in messages are relative to this folder. Default: the working directory. */
  root?: string;
  /** Largest announcement file read, in bytes (default: `maxAnnouncementBytes` in src/site.config.ts). */
  maxBytes?: number;
}

/**
 * The `yaml` package, loaded the first time a frontmatter needs it: the quick
 * reader takes the usual frontmatter, and the consistency CLI starts faster
 * without loading a parser it rarely uses.
 */
let yamlPackage: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (yamlPackage ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

const IGNORED_ENTRY = /^\./; // .gitkeep, .DS_Store and other dotfiles

/** An announcement file found in the content folder, not yet read. */
export interface ContentFile {
  lang: string;
  id: string;
  /** Path for messages, relative to the root. */
  file: string;
  /** Absolute path. */
  path: string;
  /** Largest size read, in bytes (default: `maxAnnouncementBytes` in src/site.config.ts). */
  maxBytes?: number;
}

export interface ContentListing {
  files: ContentFile[];
  problems: ContentProblem[];
}

/**
 * Lists `<contentDir>/<lang>/<id>.md`, reporting folders and files that do
 * not belong. Nothing is opened here: entries are looked at without
 * following links, and only regular files within the size limit are listed
 * to be read (safe-read.ts). A folder that cannot be listed throws
 * ContentReadError.
 */
export function listContentFiles(options: ReadOptions): ContentListing {
  const root = options.root ?? process.cwd();
  const rel = (abs: string) => path.relative(root, abs).split(path.sep).join('/') || '.';
  const contentDir = path.resolve(root, options.contentDir);
  const listing: ContentListing = { files: [], problems: [] };
  const at = (file: string, message: string): ContentProblem => ({ file, line: 1, column: 1, message });

  let entries;
  try {
    entries = readdirSync(contentDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ENOTDIR') throw readFailure(rel(contentDir), error);
    listing.problems.push(at(rel(contentDir), `the content folder does not exist; create it with one folder per language (${options.languages.join(', ')})`));
    return listing;
  }

  for (const entry of sorted(entries)) {
    if (IGNORED_ENTRY.test(entry.name)) continue;
    const abs = path.join(contentDir, entry.name);
    if (entry.isSymbolicLink() && options.languages.includes(entry.name)) {
      listing.problems.push(at(rel(abs), `the language folder "${entry.name}" is a symbolic link; the site reads only folders and files inside the content folder, so replace the link with the folder itself`));
      continue;
    }
    if (!entry.isDirectory()) {
      listing.problems.push(at(rel(abs), `files must be inside a language folder, e.g. ${rel(path.join(contentDir, options.languages[0] ?? 'pl', entry.name))}`));
      continue;
    }
    if (!options.languages.includes(entry.name)) {
      const hint = entry.name.toLowerCase() === 'ua' ? ' (Ukrainian is "uk" in BCP 47)' : suggest(entry.name, options.languages);
      listing.problems.push(at(rel(abs), `folder "${entry.name}" is not a configured language; use one of ${options.languages.join(', ')}${hint}`));
      continue;
    }
    const folder = listLanguageFolder(abs, entry.name, rel(abs), options.maxBytes);
    listing.files.push(...folder.files);
    listing.problems.push(...folder.problems);
  }
  return listing;
}

/**
 * Lists one language folder (`abs`, named `relFolder` in messages): the
 * regular `<id>.md` files within the size limit, and a located problem for
 * everything else. Throws ContentReadError when the folder cannot be listed.
 */
export function listLanguageFolder(abs: string, lang: string, relFolder: string, maxBytes = siteConfig.maxAnnouncementBytes): ContentListing {
  const listing: ContentListing = { files: [], problems: [] };
  let entries;
  try {
    entries = readdirSync(abs, { withFileTypes: true });
  } catch (error) {
    throw readFailure(relFolder, error);
  }
  // Paths of the files are joined to their folder's, not resolved one by one: folders hold thousands of files.
  for (const file of sorted(entries)) {
    if (IGNORED_ENTRY.test(file.name)) continue;
    const filePath = `${abs}${path.sep}${file.name}`;
    // A name with a line break would split the message's line.
    const shown = `${relFolder}/${printableName(file.name)}`;
    const problem = (message: string) => listing.problems.push({ file: shown, line: 1, column: 1, message });
    if (!file.name.endsWith('.md')) {
      // "a.MD", "a.markdown": a Markdown file the site would not read, where the editor meant one.
      const markdown = !file.isDirectory() && /\.(md|markdown)$/i.test(file.name);
      const meant = `${file.name.replace(/\.(md|markdown)$/i, '')}.md`;
      problem(markdown ? `rename "${printableName(file.name)}" to "${printableName(meant)}": only files ending in ".md" are read as announcements` : `only Markdown files named <id>.md belong in a language folder; move or rename "${printableName(file.name)}"`);
      continue;
    }
    // The entry's own type (a link is not followed), then its size: a FIFO or device is never opened.
    const kindProblem = entryKindProblem(entryKind(file), printableName(file.name));
    if (kindProblem) {
      problem(kindProblem);
      continue;
    }
    let size: number;
    try {
      size = lstatSync(filePath).size;
    } catch (error) {
      throw readFailure(shown, error);
    }
    if (size > maxBytes) {
      problem(tooLargeProblem(size, maxBytes));
      continue;
    }
    // The name is the announcement's id and, without a "slug", its address: the slug rules hold for it too.
    const id = file.name.slice(0, -'.md'.length);
    const nameProblem = fileNameProblem(id);
    if (nameProblem) {
      problem(nameProblem);
      continue;
    }
    listing.files.push({ lang, id, file: shown, path: filePath, maxBytes });
  }
  return listing;
}

/** Reads a listed file (regular files only, up to its size limit; see safe-read.ts). Throws ContentReadError when it cannot be read. */
export function readContentText(file: ContentFile): string {
  return readRegularFile(file.path, file.file, file.maxBytes ?? siteConfig.maxAnnouncementBytes);
}

/** Reads and validates one listed file. */
export function readContentFile(file: ContentFile): ParsedFile {
  return parseAnnouncementFile({ lang: file.lang, id: file.id, file: file.file, text: readContentText(file) });
}

export function readContentTree(options: ReadOptions): ContentTree {
  const listing = listContentFiles(options);
  const tree: ContentTree = { announcements: [], invalidFiles: [], problems: [...listing.problems] };
  for (const file of listing.files) {
    const parsed = readContentFile(file);
    tree.problems.push(...parsed.problems);
    if (parsed.announcement) tree.announcements.push(parsed.announcement);
    else if (parsed.file) tree.invalidFiles.push(parsed.file);
  }
  tree.problems.push(...duplicateSlugs(tree.announcements.map(slugUse)));
  return tree;
}

export interface ParsedFile {
  announcement?: ValidAnnouncement;
  /** Present when the file could be split but its frontmatter is invalid. */
  file?: AnnouncementFile;
  /** The frontmatter as read, before validation (what the content collection's schema is given). */
  raw?: unknown;
  problems: ContentProblem[];
}

/** Parses and validates one announcement file given as text (`quick: false` forces the positioned reading, for tests). */
export function parseAnnouncementFile(input: { lang: string; id: string; file: string; text: string }, options: { quick?: boolean } = {}): ParsedFile {
  const { file } = input;
  // A byte order mark is invisible in editors: positions are counted without it.
  const text = input.text.replace(/^\uFEFF/, '');
  const problem = (line: number, column: number, message: string, field?: string): ContentProblem =>
    field === undefined ? { file, line, column, message } : { file, line, column, field, message };

  // Node decodes bytes that are not UTF-8 as U+FFFD; residents would see "�" where a letter was.
  const broken = text.indexOf('\uFFFD');
  if (broken !== -1) {
    const before = text.slice(0, broken);
    const line = before.split('\n').length;
    const column = broken - before.lastIndexOf('\n');
    return { problems: [problem(line, column, 'the file is not valid UTF-8 text (a character here cannot be read); save it with UTF-8 encoding')] };
  }
  if (text.trim() === '') {
    return { problems: [problem(1, 1, 'the file is empty; start it with frontmatter between two "---" lines giving at least "title" and "date"')] };
  }
  // Markdown the parser would take minutes over (markdown-limits.ts) is refused before anyone parses it.
  const tooComplex = markdownLimitProblem(text);
  if (tooComplex) return { problems: [problem(tooComplex.line, tooComplex.column, tooComplex.message)] };
  // Only the lines up to the closing "---" are looked at: the body is not split.
  const firstLineEnd = text.indexOf('\n');
  if (text.slice(0, firstLineEnd === -1 ? text.length : firstLineEnd).trimEnd() !== '---') {
    return { problems: [problem(1, 1, 'the file has no frontmatter; its first line must be "---", followed by "title:" and "date:" lines and another "---"')] };
  }
  const yamlStart = firstLineEnd + 1;
  let closingStart = -1;
  let closingLine = 0;
  for (let start = yamlStart, line = 1; firstLineEnd !== -1; line++) {
    const end = text.indexOf('\n', start);
    if (text.slice(start, end === -1 ? text.length : end).trimEnd() === '---') {
      closingStart = start;
      closingLine = line;
      break;
    }
    if (end === -1) break;
    start = end + 1;
  }
  if (closingStart === -1) {
    return { problems: [problem(1, 1, 'the frontmatter is never closed; add a line with "---" after the last field')] };
  }

  // The YAML is parsed on its own, with "\n" line ends; line numbers are shifted by the opening "---".
  let yamlText = text.slice(yamlStart, Math.max(yamlStart, closingStart - 1));
  if (yamlText.includes('\r')) yamlText = yamlText.replace(/\r\n/g, '\n').replace(/\r$/, '');
  const fields = { lang: input.lang, id: input.id, file, text, bodyLine: closingLine + 2 };

  // Nearly every frontmatter is valid: read it quickly, and keep the positioned reading for mistakes.
  // The data is js-yaml's reading, always (frontmatter-fast.ts): the build reads files with this function too.
  const reading = readFrontmatterYaml(yamlText);
  const quick = options.quick === false || !reading.ok ? undefined : reading.data;
  if (quick !== null && typeof quick === 'object' && !Array.isArray(quick)) {
    const result = announcementSchema.safeParse(quick);
    if (result.success) {
      let positioned: PositionedDocument | undefined;
      const positionOf = (fieldPath: readonly (string | number)[]) => {
        const offset = lineScalarOffset(yamlText, fieldPath);
        if (offset !== undefined) return positionInFrontmatter(yamlText, offset);
        positioned ??= positionedDocument(yamlText);
        return positioned.positionOfOffset(nodeOffset(positioned.doc, fieldPath));
      };
      return { announcement: { ...fields, positionOf, data: result.data }, raw: quick, problems: [] };
    }
  }

  const { doc, positionOfOffset } = positionedDocument(yamlText);
  const announcementFile: AnnouncementFile = { ...fields, positionOf: (fieldPath) => positionOfOffset(nodeOffset(doc, fieldPath)) };

  const yamlProblem = (reason: string, offset: number): ContentProblem => {
    const flow = bracketedValue(yamlText, reason, offset);
    const pos = positionOfOffset(flow?.offset ?? unclosedQuoteOffset(yamlText, reason) ?? Math.max(0, offset));
    const message = /Excessive alias count/.test(reason)
      ? 'it repeats values through more aliases ("*name") than a frontmatter needs; write the values out'
      : (flow?.message ?? (reason.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''));
    return problem(pos.line, pos.column, `the frontmatter is not valid YAML: ${message}`);
  };
  if (doc.errors.length > 0) {
    return { file: announcementFile, problems: doc.errors.map((error) => yamlProblem(error.message, error.pos[0])) };
  }
  if (!reading.ok) {
    return { file: announcementFile, problems: [yamlProblem(yamlReasonText(reading.reason), reading.offset ?? -1)] };
  }
  try {
    // Aliases are counted here: "title: *gwiazdka" without its anchor throws, and so do aliases
    // nested to blow up the data; a frontmatter needs a handful at most.
    doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return { file: announcementFile, problems: [yamlProblem(error instanceof Error ? error.message : String(error), -1)] };
  }
  const raw = reading.data;
  if (raw === null || raw === undefined) {
    return { file: announcementFile, problems: [problem(1, 1, 'the frontmatter is empty; give at least "title" and "date"')] };
  }
  if (!yaml().isMap(doc.contents)) {
    return { file: announcementFile, problems: [problem(2, 1, 'the frontmatter must be "field: value" lines, e.g. "title: …" and "date: 2024-06-14"')] };
  }

  const result = announcementSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) => issueToProblems(issue, raw, doc, positionOfOffset, problem, yamlText));
    return { file: announcementFile, problems };
  }
  return { announcement: { ...announcementFile, data: result.data }, raw, problems: [] };
}

/** Line and column in the file of an offset in the frontmatter (which starts on line 2, after "---"). */
function positionInFrontmatter(yamlText: string, offset: number): { line: number; column: number } {
  let line = 2;
  let lineStart = 0;
  for (let i = yamlText.indexOf('\n'); i !== -1 && i < offset; i = yamlText.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

interface PositionedDocument {
  doc: Document;
  /** Line and column in the file of an offset in the frontmatter. */
  positionOfOffset(offset: number): { line: number; column: number };
}

/** The `yaml` package's document, which knows where every value is: for mistakes, and for values the line reader cannot place. */
function positionedDocument(yamlText: string): PositionedDocument {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  return {
    doc,
    positionOfOffset(offset) {
      // Lines are shifted by the opening "---".
      const pos = lineCounter.linePos(offset);
      return { line: pos.line + 1, column: pos.col };
    },
  };
}

/** Names other site generators and CMSs give our fields (Astro's blog starter: "pubDate", "description"). */
const FIELD_SYNONYMS: Readonly<Record<string, string>> = {
  pubdate: 'date',
  publishdate: 'date',
  published: 'date',
  publishedat: 'date',
  publicationdate: 'date',
  datepublished: 'date',
  updateddate: 'updated',
  modified: 'updated',
  lastmod: 'updated',
  description: 'summary',
  excerpt: 'summary',
  lead: 'summary',
  abstract: 'summary',
  tag: 'tags',
  categories: 'tags',
  permalink: 'slug',
};

type ProblemMaker = (line: number, column: number, message: string, field?: string) => ContentProblem;

function issueToProblems(
  issue: z.core.$ZodIssue,
  raw: unknown,
  doc: Document,
  positionOfOffset: (offset: number) => { line: number; column: number },
  problem: ProblemMaker,
  yamlText: string,
): ContentProblem[] {
  const fieldPath = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const keyPath = [...fieldPath, key];
      const pos = positionOfOffset(keyOffset(doc, keyPath));
      const allowed = fieldPath.length === 0 ? announcementKeys : (NESTED_KEYS[fieldPath.join('.')] ?? []);
      const guess = fieldPath.length === 0 ? (FIELD_SYNONYMS[key.toLowerCase()] ?? closestWord(key, allowed)) : closestWord(key, allowed);
      const hint = guess ? `; did you mean "${guess}"?` : allowed.length > 0 ? `; allowed fields are ${allowed.join(', ')}` : '';
      return problem(pos.line, pos.column, `unknown field${hint}`, keyPath.join('.'));
    });
  }
  const value = valueAt(raw, fieldPath);
  const pos = positionOfOffset(nodeOffset(doc, fieldPath));
  // "2025-02-30T10:00": the notation is right, the day does not exist; say so.
  const reason = missingDayReason(value);
  const found = value === undefined ? 'missing' : `found ${describeValue(value)}${reason ? ` (${reason})` : ''}`;
  // "title: #hashtag": the value YAML saw as empty is a comment.
  const line = yamlText.split('\n')[pos.line - 2] ?? '';
  const comment = value === null && /^\s*[\w-]+:\s+#/.test(line) ? ' ("#" after a space starts a comment in YAML; put the value in quotes)' : '';
  return [problem(pos.line, pos.column, `${found}${comment}, expected ${issue.message}`, fieldPath.join('.') || undefined)];
}

/**
 * The YAML parser reports a missing closing quote where the text ends; the
 * editor needs the line where the quote was opened.
 */
function unclosedQuoteOffset(yamlText: string, message: string): number | undefined {
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  if (!quote) return undefined;
  let offset = 0;
  for (const line of yamlText.split('\n')) {
    const count = line.split(quote).length - 1;
    if (count % 2 === 1) return offset + line.indexOf(quote);
    offset += line.length + 1;
  }
  return undefined;
}

const MAX_ALIASES = 50;

/** Why YAML does not read a plain value as the text it looks like, from how the value starts or what it holds. */
function unquotedTextTrouble(text: string): string | undefined {
  const first = text[0];
  if (first === '[') return 'starts with "[", which YAML reads as a list';
  if (first === '{') return 'starts with "{", which YAML reads as a map';
  if (text.startsWith('- ')) return 'starts with "- ", which YAML reads as a list item';
  if (first !== undefined && '&*!|>%@`'.includes(first)) return `starts with "${first}", which has a meaning of its own in YAML`;
  if (/:\s/.test(text)) return 'holds ": ", which YAML reads as the start of another field';
  if (/\s#/.test(text)) return 'holds " #", which YAML reads as the start of a comment';
  return undefined;
}

/**
 * "title: [Draft] Meeting", "title: Spotkanie: ważne": a plain value that YAML
 * reads as something else than text, which it reports in its own terms
 * ("Nested mappings are not allowed in compact mappings") and often where it
 * gave up. The editor needs the line of the value and to know that quotes
 * make it text: the field on the line of the error, or for a bracket never
 * closed, the line that opened it.
 */
function bracketedValue(yamlText: string, message: string, errorOffset: number): { offset: number; message: string } | undefined {
  const unclosed = /Flow (sequence|map)/.test(message);
  // Reported without a place: an alias with no anchor, "title: *gwiazdka".
  const alias = /alias/i.test(message);
  let offset = 0;
  for (const line of yamlText.split('\n')) {
    const field = /^\s*([A-Za-z_][\w-]*):[ \t]+/.exec(line);
    const value = field ? line.slice(field[0].length) : '';
    const trouble = field && value[0] !== '"' && value[0] !== "'" ? unquotedTextTrouble(value) : undefined;
    const onErrorLine = errorOffset >= offset && errorOffset <= offset + line.length;
    const opensUnclosed = unclosed && (value[0] === '[' || value[0] === '{') && !value.includes(value[0] === '[' ? ']' : '}');
    if (field && trouble && (onErrorLine || opensUnclosed || (alias && value[0] === '*'))) {
      return { offset: offset + field[0].length, message: `the value of "${field[1]}" ${trouble}; if it is text, put the whole value in quotes` };
    }
    offset += line.length + 1;
  }
  return undefined;
}

function valueAt(raw: unknown, fieldPath: readonly (string | number)[]): unknown {
  let current = raw;
  for (const key of fieldPath) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Offset of the value at `fieldPath`, or of the closest ancestor that exists. */
function nodeOffset(doc: Document, fieldPath: readonly (string | number)[]): number {
  for (let depth = fieldPath.length; depth >= 0; depth--) {
    const node = doc.getIn(fieldPath.slice(0, depth), true) as YamlNode | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) {
      // A missing key is reported at its parent's first line, not at the parent's value.
      return node.range[0];
    }
  }
  return 0;
}

function keyOffset(doc: Document, keyPath: readonly (string | number)[]): number {
  const parent = keyPath.length > 1 ? doc.getIn(keyPath.slice(0, -1), true) : doc.contents;
  const key = keyPath[keyPath.length - 1];
  if (yaml().isMap(parent)) {
    for (const pair of parent.items) {
      if (yaml().isScalar(pair.key) && pair.key.value === key && pair.key.range) return pair.key.range[0];
    }
  }
  return nodeOffset(doc, keyPath.slice(0, -1));
}

/** Where a file claims its URL, for detecting two files with one URL. */
export interface SlugUse {
  lang: string;
  file: string;
  slug: string;
  /** Position of the `slug` field, or the file start when the slug is the file name. */
  position: { line: number; column: number };
}

export function slugUse(announcement: ValidAnnouncement): SlugUse {
  const explicit = announcement.data.slug;
  return {
    lang: announcement.lang,
    file: announcement.file,
    slug: explicit ?? announcement.id,
    position: explicit ? announcement.positionOf(['slug']) : { line: 1, column: 1 },
  };
}

/** Two files of one language may not share a URL. */
export function duplicateSlugs(uses: readonly SlugUse[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, SlugUse>();
  for (const use of uses) {
    const key = `${use.lang}/${use.slug}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, use);
      continue;
    }
    problems.push({
      file: use.file,
      ...use.position,
      field: 'slug',
      message: `the URL /${use.lang}/${use.slug}/ is already used by ${first.file}; give one of them a different "slug"`,
    });
  }
  return problems;
}

function suggest(name: string, candidates: readonly string[]): string {
  const guess = closestWord(name, candidates);
  return guess ? ` (did you mean "${guess}"?)` : '';
}

function sorted<T extends { name: string }>(entries: T[]): T[] {
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** True when the path exists and is a folder. */
export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
