/**
 * The consistency check's latest result while `astro dev` runs, shared
 * between the integration (which checks on every save) and the pages (which
 * show an announcement's findings in the page itself). The dev server renders
 * pages in its own process, so a global is the channel; a build never sets it.
 */
import type { Finding } from '../consistency/types.ts';

const KEY = Symbol.for('open-city-notices.dev-findings');

interface DevFindings {
  findings: readonly Finding[];
  /** Files that could not be read (bad frontmatter): shown on every page, as the build would stop on them. */
  unreadable: readonly Finding[];
}

type WithFindings = typeof globalThis & { [KEY]?: DevFindings };

export function setDevFindings(findings: readonly Finding[]): void {
  (globalThis as WithFindings)[KEY] = {
    findings: findings.filter((f) => f.rule !== 'valid-content'),
    unreadable: findings.filter((f) => f.rule === 'valid-content'),
  };
}

/** The findings about one announcement (by id), and every file that cannot be read; nothing outside `astro dev`. */
export function devFindingsFor(id: string): Finding[] {
  const latest = (globalThis as WithFindings)[KEY];
  if (!latest) return [];
  return [...latest.unreadable, ...latest.findings.filter((f) => f.slug === id)];
}
