/**
 * The consistency check's latest result while `astro dev` runs, shared
 * between the integration (which checks on every save) and the pages (which
 * show an announcement's findings in the page itself). The dev server renders
 * pages in its own process, so a global is the channel; a build never sets it.
 */
import type { Finding } from '../consistency/types.ts';
import type { TranslationState } from '../workflow/translation-status.ts';

const KEY = Symbol.for('open-city-notices.dev-findings');

interface DevFindings {
  findings: readonly Finding[];
  /** Files that could not be read (bad frontmatter): shown on every page, as the build would stop on them. */
  unreadable: readonly Finding[];
  /** Each translation's status (up to date, outdated, missing), as `npm run status` gives it. */
  states: readonly TranslationState[];
}

type WithFindings = typeof globalThis & { [KEY]?: DevFindings };

const SERVER_KEY = Symbol.for('open-city-notices.dev-server');

/**
 * Whether pages are being rendered by `astro dev` (set by the consistency
 * integration's server hook). Not `import.meta.env.DEV`, which a build run
 * with NODE_ENV=test or development also sets, and which must never drop the
 * Content-Security-Policy from a published page.
 */
export function isDevServer(): boolean {
  return (globalThis as typeof globalThis & { [SERVER_KEY]?: boolean })[SERVER_KEY] === true;
}

export function markDevServer(): void {
  (globalThis as typeof globalThis & { [SERVER_KEY]?: boolean })[SERVER_KEY] = true;
}

export function setDevFindings(findings: readonly Finding[], states: readonly TranslationState[] = []): void {
  (globalThis as WithFindings)[KEY] = {
    findings: findings.filter((f) => f.rule !== 'valid-content'),
    unreadable: findings.filter((f) => f.rule === 'valid-content'),
    states,
  };
}

/** The status of each version of one announcement (by id); nothing outside `astro dev`. */
export function devStatusFor(id: string): TranslationState[] {
  if (!isDevServer()) return [];
  return ((globalThis as WithFindings)[KEY]?.states ?? []).filter((state) => state.id === id);
}

/** The findings about one announcement (by id), and every file that cannot be read; nothing outside `astro dev`. */
export function devFindingsFor(id: string): Finding[] {
  // Astro may start a server hook in a build too (with NODE_ENV other than production): only `astro dev` shows them.
  if (!isDevServer()) return [];
  const latest = (globalThis as WithFindings)[KEY];
  if (!latest) return [];
  return [...latest.unreadable, ...latest.findings.filter((f) => f.slug === id)];
}
