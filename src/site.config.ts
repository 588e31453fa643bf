import type { FloorConvention } from './consistency/types.ts';

/**
 * Site-wide settings in one place. Values that differ per deployment come from
 * the environment so that CI, previews and production can share one build.
 */
export interface SiteConfig {
  /** Absolute origin the site is published at; used for canonical URLs and the sitemap. */
  url: string;
  /** IANA time zone in which event times in frontmatter are written. */
  timeZone: string;
  /** Folder (relative to the project root) that holds `<lang>/<id>.md`. */
  contentDir: string;
  /**
   * Largest announcement file, in bytes: a larger one is refused with its
   * path (a notice is a few kilobytes; the limit keeps a pasted image or a
   * runaway file from exhausting the check and the build).
   */
  maxAnnouncementBytes: number;
  /** Name of the publishing body, shown in the header. */
  publisher: string;
  /** "Now" for the build: events before it are past. BUILD_DATE (ISO) makes builds reproducible. */
  buildDate: Date;
  consistency: {
    /**
     * How each language numbers floors in running text. By default every
     * language must give the number shown in the building ("building");
     * "ground-is-first" reads "2-й поверх" as the first floor above ground.
     */
    floorConventions: Record<string, FloorConvention>;
    /** Country for phone numbers written without an international prefix. */
    defaultCountry: string;
    /**
     * A translation that leaves out a fact the other versions state (and
     * states nothing else in its place): "warning" publishes and reports it,
     * "error" stops the build. Contradictions are always errors.
     */
    omissions: 'warning' | 'error';
  };
}

export const siteConfig: SiteConfig = {
  url: process.env.SITE_URL ?? 'https://ogloszenia.example.krakow.pl',
  timeZone: process.env.SITE_TIME_ZONE ?? 'Europe/Warsaw',
  contentDir: process.env.CONTENT_DIR ?? 'content/announcements',
  maxAnnouncementBytes: 1_000_000,
  publisher: 'Kraków',
  buildDate: process.env.BUILD_DATE ? new Date(process.env.BUILD_DATE) : new Date(),
  consistency: {
    floorConventions: {},
    defaultCountry: 'PL',
    omissions: 'warning',
  },
};
