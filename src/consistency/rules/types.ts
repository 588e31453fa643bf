import type { DocumentFacts } from '../extract/document.ts';
import type { CitedValue, FactKind, Severity, SourcePosition } from '../types.ts';

/** Everything a rule may look at: the language versions of one announcement. */
export interface AnnouncementGroup {
  id: string;
  /** The valid language versions, in the configured language order. */
  docs: DocumentFacts[];
  /** Every configured language, source language first. */
  languages: readonly string[];
  sourceLang: string;
  /** Files of this announcement that exist, valid or not, by language. */
  existingFiles: ReadonlyMap<string, string>;
  /** Where a missing translation should be created. */
  pathFor(lang: string): string;
  /** Normalises a link target so that links to the same page in any language compare equal. */
  linkKey(url: string): string;
  /** What a link to this site points to; undefined for links elsewhere. */
  sitePath(url: string): SitePath | undefined;
}

export interface SitePath {
  exists: boolean;
  lang: string;
  /** The page of a draft: it exists in the content but is not published. */
  draft?: boolean;
  /** The page likely meant, when it does not exist ("/pl/open-krakow/"). */
  suggestion?: string;
}

export interface FindingDraft extends SourcePosition {
  rule: string;
  fact: FactKind;
  severity: Severity;
  lang: string;
  file: string;
  message: string;
  /**
   * What the finding rests on, for fact comparisons: the versions say
   * different things (an error), or one says less (an omission) or more (an
   * addition) than the others (warnings; a site may make omissions errors).
   */
  evidence?: Evidence;
  /** The value written here and what the others give instead, for a contradiction (see Finding). */
  value?: string;
  others?: CitedValue[];
  /** The block the finding is in, for silencing comments (-1: the frontmatter). */
  block?: number;
}

export type Evidence = 'contradiction' | 'omission' | 'addition';

/** A rule is a pure function from one announcement's versions to findings. */
export interface Rule {
  id: string;
  check(group: AnnouncementGroup): FindingDraft[];
}
