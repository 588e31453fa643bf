import path from 'node:path';
import type { ContentProblem } from '../announcements/problems.ts';
import {
  duplicateSlugs,
  listContentFiles,
  parseAnnouncementFile,
  readContentText,
  slugUse,
  type ContentFile,
  type ParsedFile,
} from '../announcements/read-content.ts';
import { closestWord } from '../announcements/problems.ts';
import { CheckCache, digest, type CachedDraft, type FileInfo } from './cache.ts';
import { extractDocument, type DocumentFacts } from './extract/document.ts';
import { normaliseUrl } from './extract/contacts.ts';
import { packFor } from './packs/index.ts';
import { alignedBlocks } from './rules/aligned-blocks.ts';
import { rules as allRules, type AnnouncementGroup, type FindingDraft, type Rule, type SitePath } from './rules/index.ts';
import { FACT_KINDS, type Finding, type FactKind, type FloorConvention, type Severity } from './types.ts';

export interface CheckOptions {
  /** Folder holding `<lang>/<id>.md`. */
  contentDir: string;
  /** Configured languages, source language first. */
  languages: readonly string[];
  /** Paths in findings are relative to this folder. Default: the working directory. */
  root?: string;
  /** How each language numbers floors in running text (default: as on the building's signs). */
  floorConventions?: Readonly<Record<string, FloorConvention>>;
  /** Country for phone numbers without a prefix (ISO 3166 code). */
  defaultCountry?: string;
  /**
   * How a version that leaves out a fact the others state is reported:
   * "warning" (default) lets the build go on, "error" stops it.
   */
  omissions?: Severity;
  /** The site's own origin, so absolute links to it compare like relative ones. */
  siteUrl?: string;
  /**
   * The site's pages besides announcements: under each language
   * (`/pl/search/`) and under each announcement (`/pl/<slug>/event.ics`).
   * When given, a link to any other path under a language is reported as broken.
   */
  sitePages?: { language: readonly string[]; announcement: readonly string[] };
  rules?: readonly Rule[];
}

export interface CheckSummary {
  announcements: number;
  files: number;
  errors: number;
  warnings: number;
}

export interface CheckResult {
  findings: Finding[];
  summary: CheckSummary;
}

/** Thrown for problems that keep the check from running at all (not content mistakes). */
export class CheckSetupError extends Error {
  override name = 'CheckSetupError';
}

/**
 * Reads the content folder and checks every announcement. Never writes
 * anything in the content folder; with `cacheFile` it remembers results
 * there so unchanged announcements are not checked again.
 */
export function checkContent(options: CheckOptions & { cacheFile?: string }): CheckResult {
  assertLanguagePacks(options.languages);
  const listing = listContentFiles({ contentDir: options.contentDir, languages: options.languages, root: options.root ?? process.cwd() });
  const cache = options.cacheFile ? CheckCache.open(options.cacheFile) : undefined;
  const result = checkFiles(listing.problems, readSources(listing.files), options, cache);
  cache?.save();
  return result;
}

/** Every configured language needs a pack: without one the check cannot run at all. */
export function assertLanguagePacks(languages: readonly string[]): void {
  for (const lang of languages) {
    if (!packFor(lang)) throw new CheckSetupError(`no language pack for "${lang}": add src/consistency/packs/${lang}.ts`);
  }
}

export interface SourceText {
  file: ContentFile;
  text: string;
}

export function readSources(files: readonly ContentFile[]): SourceText[] {
  // Regular files within the size limit only; a file that cannot be read throws ContentReadError.
  return files.map((file) => ({ file, text: readContentText(file) }));
}

/**
 * Runs the rules announcement by announcement. The heavy per-file facts
 * exist for one announcement at a time, so memory stays flat however many
 * announcements there are.
 */
export function checkFiles(listingProblems: readonly ContentProblem[], sources: readonly SourceText[], options: CheckOptions, cache?: CheckCache): CheckResult {
  const session = new CheckSession(sources, options, cache);
  const front = session.frontmatter(listingProblems);
  const drafts = [...front.drafts, ...session.checkAnnouncements(front.slugToId, front.draftSlugs)];
  return resultOf(drafts, new Set(sources.map((source) => source.file.id)).size, sources.length);
}

/** Sorted findings and their summary. */
export function resultOf(drafts: readonly CachedDraft[], announcements: number, files: number): CheckResult {
  const findings: Finding[] = drafts
    .map(({ rule, fact, severity, slug, lang, file, line, column, message, value, others }): Finding => ({
      rule,
      fact,
      severity,
      slug,
      lang,
      file,
      line,
      column,
      message,
      ...(value === undefined ? {} : { value }),
      ...(others === undefined ? {} : { others }),
    }))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
  return {
    findings,
    summary: {
      announcements,
      files,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
    },
  };
}

/**
 * One run of the check over some files, in two phases: the frontmatter of
 * every file (problems, and the URL each file claims, which links to other
 * announcements need), then the announcements one by one.
 */
export class CheckSession {
  private readonly sources: readonly SourceText[];
  private readonly options: CheckOptions;
  private readonly cache: CheckCache | undefined;
  private readonly parsedFiles = new Map<SourceText, ParsedFile>();
  /** Digests of the file texts, for the cache only (hashing every file costs time a run without a cache need not spend). */
  private readonly fileKeys: Map<SourceText, string>;

  constructor(sources: readonly SourceText[], options: CheckOptions, cache?: CheckCache) {
    this.sources = sources;
    this.options = options;
    this.cache = cache;
    this.fileKeys = cache ? new Map(sources.map((source) => [source, digest(source.file.lang, source.file.file, source.text)])) : new Map();
  }

  private parse(source: SourceText): ParsedFile {
    let parsed = this.parsedFiles.get(source);
    if (!parsed) {
      parsed = parseAnnouncementFile({ lang: source.file.lang, id: source.file.id, file: source.file.file, text: source.text });
      this.parsedFiles.set(source, parsed);
    }
    return parsed;
  }

  /** Content mistakes (invalid frontmatter, stray files, duplicate slugs) as findings, and which announcement each URL names. */
  frontmatter(listingProblems: readonly ContentProblem[]): FrontmatterResult {
    const infos = this.fileInfos();
    return combineFileInfos(listingProblems, this.sources.map((source, i) => ({ id: source.file.id, info: infos[i] as FileInfo })));
  }

  /** What each file's frontmatter says, in the order of the sources: its problems, and the URL it claims. */
  fileInfos(): FileInfo[] {
    const { cache } = this;
    return this.sources.map((source) => {
      const key = this.fileKeys.get(source) ?? '';
      const cached = cache?.fileInfo(key);
      if (cached) return cached;
      const parsed = this.parse(source);
      const info: FileInfo = { problems: parsed.problems, valid: parsed.announcement !== undefined, ...(parsed.announcement ? { slug: slugUse(parsed.announcement) } : {}) };
      if (parsed.announcement?.data.draft) info.draft = true;
      cache?.setFileInfo(key, info);
      return info;
    });
  }

  /** Extracts the facts of each announcement and runs the rules on them. */
  checkAnnouncements(slugToId: ReadonlyMap<string, string>, draftSlugs: ReadonlySet<string> = new Set()): CachedDraft[] {
    const { options, cache } = this;
    const [sourceLang = ''] = options.languages;
    const drafts: CachedDraft[] = [];
    const siteHost = options.siteUrl ? new URL(options.siteUrl).host : undefined;
    // Every language links to the same pages and several rules ask about each link: one answer per address.
    const linkKey = remembered((url: string) => normaliseLink(url, { languages: options.languages, slugToId, siteHost }));
    const sitePath = remembered(sitePathReader({ languages: options.languages, slugToId, siteHost }, draftSlugs, options.sitePages));
    const contentDir = options.contentDir.replace(/\/+$/, '');
    const extractOptions = (lang: string) => ({
      floorConvention: options.floorConventions?.[lang] ?? 'building',
      defaultCountry: options.defaultCountry ?? 'PL',
    });
    // Everything outside an announcement's own files that can change its findings.
    const context = digest(
      JSON.stringify([options.languages, options.floorConventions ?? {}, options.defaultCountry ?? 'PL', options.omissions ?? 'warning', options.siteUrl ?? '', options.sitePages ?? null, contentDir]),
      JSON.stringify([[...slugToId].sort(), [...draftSlugs].sort()]),
      options.rules ? options.rules.map((rule) => rule.id).join() : 'all',
    );

    const sourcesById = Map.groupBy(this.sources, (source) => source.file.id);
    const languageOrder = (lang: string) => options.languages.indexOf(lang);
    for (const id of [...sourcesById.keys()].sort()) {
      const group = sourcesById.get(id) ?? [];
      const groupKey = cache ? digest(context, ...group.map((source) => this.fileKeys.get(source) ?? '')) : '';
      const cached = cache?.group(groupKey);
      if (cached) {
        drafts.push(...cached);
        continue;
      }
      const groupDrafts = checkAnnouncement(id, group, {
        parse: (source) => this.parse(source),
        languageOrder,
        extractOptions,
        group: {
          languages: options.languages,
          sourceLang,
          existingFiles: new Map(group.map(({ file }) => [file.lang, file.file] as const)),
          pathFor: (lang) => path.posix.join(contentDir, lang, `${id}.md`),
          linkKey,
          sitePath,
        },
        rules: options.rules ?? allRules,
        omissions: options.omissions ?? 'warning',
      });
      cache?.setGroup(groupKey, groupDrafts);
      drafts.push(...groupDrafts);
    }
    return drafts;
  }
}

export interface FrontmatterResult {
  drafts: CachedDraft[];
  /** "lang/slug" to announcement id, for links to other announcements. */
  slugToId: Map<string, string>;
  /** "lang/slug" of the drafts, which the site does not publish. */
  draftSlugs: Set<string>;
}

/**
 * The frontmatter of every file together, in listing order: each file's
 * problems, two files of one language claiming one URL, and which
 * announcement each URL names.
 */
export function combineFileInfos(listingProblems: readonly ContentProblem[], files: ReadonlyArray<{ id: string; info: FileInfo }>): FrontmatterResult {
  const slugUses = files.flatMap(({ info }) => (info.slug ? [info.slug] : []));
  const problems: ContentProblem[] = [...listingProblems, ...files.flatMap(({ info }) => info.problems), ...duplicateSlugs(slugUses)];
  // Content mistakes are findings, never crashes.
  const drafts: CachedDraft[] = problems.map((problem) => {
    const parts = problem.file.split('/');
    const name = parts[parts.length - 1] ?? '';
    const lang = name.endsWith('.md') ? (parts[parts.length - 2] ?? '') : name;
    return {
      rule: 'valid-content',
      fact: 'frontmatter',
      severity: 'error',
      slug: name.endsWith('.md') ? name.slice(0, -3) : '',
      lang,
      file: problem.file,
      line: problem.line,
      column: problem.column,
      message: problem.field ? `field "${problem.field}": ${problem.message}` : problem.message,
    };
  });
  const slugToId = new Map(files.flatMap(({ id, info }) => (info.slug ? [[`${info.slug.lang}/${info.slug.slug}`, id] as const] : [])));
  const draftSlugs = new Set(files.flatMap(({ info }) => (info.slug && info.draft ? [`${info.slug.lang}/${info.slug.slug}`] : [])));
  return { drafts, slugToId, draftSlugs };
}

interface AnnouncementContext {
  parse(source: SourceText): ParsedFile;
  languageOrder(lang: string): number;
  extractOptions(lang: string): { floorConvention: FloorConvention; defaultCountry: string };
  group: Omit<AnnouncementGroup, 'id' | 'docs'>;
  rules: readonly Rule[];
  omissions: Severity;
}

/** Extracts the facts of one announcement's files and runs every rule on them. */
function checkAnnouncement(id: string, sources: readonly SourceText[], context: AnnouncementContext): CachedDraft[] {
  const docs: DocumentFacts[] = [];
  const drafts: CachedDraft[] = [];
  for (const source of sources) {
    const announcement = context.parse(source).announcement;
    const pack = announcement ? packFor(announcement.lang) : undefined;
    if (!announcement || !pack) continue;
    try {
      docs.push(extractDocument(announcement, pack, context.extractOptions(announcement.lang)));
    } catch (error) {
      // A bug in the checker must neither crash the build nor pass silently.
      const reason = error instanceof Error ? error.message : String(error);
      drafts.push({ rule: 'internal-error', fact: 'frontmatter', severity: 'error', lang: source.file.lang, file: source.file.file, line: 1, column: 1, slug: id, message: `the checker failed while reading this file (${reason}); please report this bug` });
    }
  }
  docs.sort((a, b) => context.languageOrder(a.lang) - context.languageOrder(b.lang));
  applyIgnores(docs);
  const group: AnnouncementGroup = { ...context.group, id, docs };
  for (const rule of context.rules) {
    for (const draft of rule.check(group)) {
      const doc = docs.find((d) => d.file === draft.file);
      if (doc && isSilenced(doc, draft)) continue;
      const severity = draft.evidence === 'omission' ? context.omissions : draft.severity;
      drafts.push({ ...draft, severity, slug: id });
    }
  }
  return drafts;
}

const KIND_NAMES = new Set<string>(FACT_KINDS);

/**
 * Applies `consistencyIgnore` from the frontmatter and `<!-- consistency-ignore … -->`
 * comments: silenced facts are dropped.
 *
 * A comment silences one place. Where the paragraph corresponds one to one
 * with a paragraph of every other language (aligned-blocks.ts), the same kind
 * in those paragraphs is left out of the comparison too, and the rest of the
 * file is still compared. Where it does not, the file no longer votes on that
 * kind, so it is not blamed for lacking what it was told to leave out. The
 * frontmatter list silences the whole file.
 */
export function applyIgnores(docs: readonly DocumentFacts[]): void {
  const dropsFact = (names: ReadonlySet<string> | undefined, kind: FactKind) =>
    names !== undefined && (names.has('*') || names.has(kind) || names.has('fact-mismatch'));
  // Only announcements with a silencing comment pay for finding the aligned blocks.
  let aligned: ReadonlySet<number> | undefined;
  const isAligned = (block: number) => (aligned ??= new Set(alignedBlocks(docs).map((b) => b.index))).has(block);
  /** "block:kind" silenced in one language at a place every language shares. */
  const uncompared = new Set<string>();
  for (const doc of docs) {
    const fileIgnores = new Set(doc.data.consistencyIgnore ?? []);
    const silenced = new Map(doc.blocks.map((block) => [block.index, block.silenced]));
    doc.facts = doc.facts.filter((fact) => {
      if (dropsFact(fileIgnores, fact.kind)) {
        doc.abstain.add(fact.kind);
        return false;
      }
      if (!dropsFact(silenced.get(fact.block), fact.kind)) return true;
      if (isAligned(fact.block)) uncompared.add(`${fact.block}:${fact.kind}`);
      else doc.abstain.add(fact.kind);
      return false;
    });
    for (const kind of fileIgnores) if (KIND_NAMES.has(kind)) doc.abstain.add(kind as FactKind);
    doc.eventFacts = doc.eventFacts.filter((fact) => !dropsFact(fileIgnores, fact.kind));
  }
  if (uncompared.size === 0) return;
  for (const doc of docs) {
    doc.facts = doc.facts.map((fact) => (uncompared.has(`${fact.block}:${fact.kind}`) ? { ...fact, uncompared: true } : fact));
  }
}

function isSilenced(doc: DocumentFacts, draft: FindingDraft): boolean {
  const fileIgnores = new Set<string>(doc.data.consistencyIgnore ?? []);
  if (fileIgnores.has(draft.rule) || fileIgnores.has(draft.fact)) return true;
  if (draft.block === undefined) return false;
  const names = doc.blocks.find((block) => block.index === draft.block)?.silenced;
  return names !== undefined && (names.has('*') || names.has(draft.rule) || names.has(draft.fact));
}

interface LinkContext {
  languages: readonly string[];
  slugToId: ReadonlyMap<string, string>;
  siteHost: string | undefined;
}

/**
 * What a link to this site points to, for the broken-link rule: undefined for
 * links elsewhere (or when the site's pages are not known), else whether the
 * page exists and, if not, the likeliest announcement meant.
 */
function sitePathReader(context: LinkContext, draftSlugs: ReadonlySet<string>, pages: CheckOptions['sitePages']): (url: string) => SitePath | undefined {
  if (!pages) return () => undefined;
  // The slugs of each language, for suggestions only: whether a page exists is one lookup in slugToId.
  let slugsByLang: Map<string, string[]> | undefined;
  const slugsOf = (lang: string) => {
    slugsByLang ??= new Map([...Map.groupBy([...context.slugToId.keys()], (key) => key.split('/')[0] ?? '')].map(([code, keys]) => [code, keys.map((key) => key.slice(code.length + 1))]));
    return slugsByLang.get(lang) ?? [];
  };
  return (url) => {
    const target = url.trim();
    let pathname: string;
    if (target.startsWith('/') && !target.startsWith('//')) pathname = target;
    else if (/^https?:\/\//i.test(target)) {
      try {
        const parsed = new URL(target);
        if (context.siteHost === undefined || parsed.host !== context.siteHost) return undefined;
        pathname = parsed.pathname;
      } catch {
        return undefined;
      }
    } else return undefined;
    let parts: string[];
    try {
      parts = decodeURIComponent(pathname.split(/[?#]/)[0] ?? '').split('/').filter(Boolean);
    } catch {
      return undefined;
    }
    const [lang, slug, ...rest] = parts;
    if (lang === undefined || !context.languages.includes(lang)) return undefined;
    if (slug === undefined) return { exists: true, lang };
    const path = [slug, ...rest].join('/');
    if (pages.language.includes(path)) return { exists: true, lang };
    const known = context.slugToId.has(`${lang}/${slug}`);
    if (known && (rest.length === 0 || (rest.length === 1 && pages.announcement.includes(rest[0] ?? '')))) {
      return draftSlugs.has(`${lang}/${slug}`) ? { exists: true, lang, draft: true } : { exists: true, lang };
    }
    // A known announcement with a wrong path after it is the announcement; else the slug nearest the
    // last segment ("/pl/ogloszenia/zbiorka-elektrosmeci/") or the first.
    const guess = known ? slug : (closestWord(rest.at(-1) ?? slug, slugsOf(lang)) ?? closestWord(slug, slugsOf(lang)));
    return guess === undefined ? { exists: false, lang } : { exists: false, lang, suggestion: `/${lang}/${guess}/` };
  };
}

/** `read` with its answers kept, for one check's lifetime. */
function remembered<T>(read: (url: string) => T): (url: string) => T {
  const answers = new Map<string, T>();
  return (url) => {
    if (answers.has(url)) return answers.get(url) as T;
    const answer = read(url);
    answers.set(url, answer);
    return answer;
  };
}

/** Links to the same page compare equal whatever language path or translation they point to. */
export function normaliseLink(url: string, context: LinkContext): string {
  const target = url.trim();
  if (/^mailto:/i.test(target)) return `mailto:${target.slice(7).split('?')[0]?.toLowerCase()}`;
  if (/^tel:/i.test(target)) return `tel:${target.slice(4).replace(/[^\d+]/g, '')}`;
  let pathname = target;
  if (/^https?:\/\//i.test(target)) {
    try {
      const parsed = new URL(target);
      if (context.siteHost === undefined || parsed.host !== context.siteHost) return normaliseUrl(target);
      pathname = parsed.pathname;
    } catch {
      return target;
    }
  }
  if (!pathname.startsWith('/')) return pathname;
  const [, lang = '', ...rest] = pathname.split('/');
  if (!context.languages.includes(lang)) return pathname.replace(/\/+$/, '');
  const slug = decodeURIComponent(rest.filter(Boolean).join('/'));
  const id = context.slugToId.get(`${lang}/${slug}`);
  if (id !== undefined) return `announcement:${id}`;
  return `/{lang}/${slug}`;
}
