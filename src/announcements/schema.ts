import { z } from 'zod';
import { RULE_IDS } from '../consistency/rules/ids.ts';
import { FACT_KINDS } from '../consistency/types.ts';
import {
  dateToIsoDate,
  dateToLocalDateTime,
  isIsoDate,
  isLocalDateTime,
  normaliseLocalDateTime,
} from './dates.ts';
import { clockChangeProblem } from './clock-change.ts';
import { siteConfig } from '../site.config.ts';
import { SLUG, SLUG_EXPECTED, slugProblem } from './slug-rules.ts';

/**
 * The frontmatter of one announcement file. Shared by the Astro content
 * collections and by the content reader used by the consistency check, so the
 * site and the checker can never disagree about what is valid.
 */

const ISO_DATE_EXPECTED = 'a real calendar date written as YYYY-MM-DD, e.g. 2024-06-14';
const DATE_TIME_EXPECTED = 'a local date and time written as YYYY-MM-DDTHH:mm, e.g. 2024-06-19T17:00';

/** Dates before 1900 are a typing mistake in a notice (0000-01-01 was shown as 1 January 1900). */
const FIRST_YEAR = 1900;
const TOO_EARLY = `a date from ${FIRST_YEAR} on: the year is before ${FIRST_YEAR}, which is a typing mistake in a notice; write the year in full, e.g. 2024-06-14`;
const fromFirstYear = (value: string) => Number(value.slice(0, 4)) >= FIRST_YEAR;

export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? dateToIsoDate(value) : value),
  z
    .string({ error: ISO_DATE_EXPECTED })
    .refine(isIsoDate, { error: ISO_DATE_EXPECTED, abort: true })
    .refine(fromFirstYear, { error: TOO_EARLY }),
);

export const localDateTime = z.preprocess(
  (value) => (value instanceof Date ? dateToLocalDateTime(value) : value),
  z
    .string({ error: DATE_TIME_EXPECTED })
    .refine(isLocalDateTime, { error: DATE_TIME_EXPECTED, abort: true })
    .refine(fromFirstYear, { error: TOO_EARLY, abort: true })
    .transform(normaliseLocalDateTime),
);

/**
 * C0 controls (but tab and line feed), DEL and C1 controls: invisible, and a
 * carriage return or NUL would break the lines of a calendar file.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function controlCharacterMessage(what: string): string {
  return `${what} without control characters (a carriage return, NUL or other invisible character, usually pasted from another program); retype the text or remove the escape such as "\\r" from the quoted value`;
}

const nonEmptyText = (what: string) =>
  z
    .string({ error: `${what} as text` })
    .trim()
    .min(1, { error: what })
    .refine((text) => !CONTROL.test(text), { error: controlCharacterMessage(what) });

/**
 * A room or building written as a YAML number: kept only when it is a whole
 * number that survives as written; YAML turns 123456789012345678901234567890
 * into 1.2345678901234568e+29 and 0.10 into 0.1.
 */
const label = (what: string, example: string) =>
  z
    .union([nonEmptyText(what), z.number()], { error: `${what}, e.g. "${example}"` })
    .refine((value) => typeof value === 'string' || Number.isSafeInteger(value), {
      error: `${what} in quotes, e.g. "${example}": written without quotes it is read as a number, and this one changes on the way (YAML keeps whole numbers up to 9007199254740991 and drops zeros after a decimal point)`,
    })
    .transform(String);

/** An HTML tag ("<sup>", "</b>", "<br/>"); not "dzieci <6 lat" or "a < b". */
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;

/** Title and summary are shown as written (on cards, in feeds and search results), so markup would appear literally. */
const plainText = (what: string) =>
  nonEmptyText(what).refine((text) => !HTML_TAG.test(text), {
    error: `${what} in plain text: HTML tags such as "<sup>" or "<b>" are shown to readers as written (write "15:00", not "15<sup>00</sup>")`,
  });


export const venueSchema = z.strictObject({
  name: nonEmptyText('the name of the place'),
  streetAddress: nonEmptyText('the street and house number, e.g. "ul. Zabłocie 20"').optional(),
  postalCode: nonEmptyText('the postal code, e.g. "30-701"').optional(),
  city: nonEmptyText('the city').optional(),
  building: label('the building name or letter', 'A').optional(),
  floor: z
    .int({ error: 'a whole number: the floor as numbered in the building (0 = ground floor, -1 = basement)' })
    .min(-10)
    .max(200)
    .optional(),
  room: label('the room name or number', '204').optional(),
});

export const eventSchema = z
  .strictObject({
    start: localDateTime,
    end: localDateTime.optional(),
    venue: venueSchema.optional(),
  })
  .refine((event) => event.end === undefined || event.end >= event.start, {
    error: 'an end that is not before the start',
    path: ['end'],
  })
  .superRefine((event, ctx) => {
    for (const field of ['start', 'end'] as const) {
      const value = event[field];
      const message = value === undefined ? undefined : clockChangeProblem(value, siteConfig.timeZone);
      if (message) ctx.addIssue({ code: 'custom', message, path: [field] });
    }
  });

export const announcementSchema = z.strictObject({
  title: plainText('a title'),
  date: isoDate,
  summary: plainText('a one- or two-sentence summary').optional(),
  updated: isoDate.optional(),
  draft: z.boolean({ error: 'true or false' }).default(false),
  tags: z.array(nonEmptyText('a tag'), { error: 'a list of tags, e.g. [consultation, social policy]' }).optional(),
  slug: z
    .string({ error: 'a URL slug as text' })
    .regex(SLUG, { error: SLUG_EXPECTED, abort: true })
    .superRefine((slug, ctx) => {
      // Reserved or too long (the pattern was checked above).
      const problem = slugProblem(slug);
      if (problem) ctx.addIssue({ code: 'custom', message: `a URL slug the site can publish: ${problem}` });
    })
    .optional(),
  event: eventSchema.optional(),
  /** Silences the consistency check for this file: rule ids or fact kinds. */
  consistencyIgnore: z
    .array(z.enum([...RULE_IDS, ...FACT_KINDS], { error: `a rule id (${RULE_IDS.join(', ')}) or a fact kind (${FACT_KINDS.join(', ')})` }), {
      error: 'a list of rule ids or fact kinds, e.g. [floor, number]',
    })
    .optional(),
});

export type AnnouncementData = z.output<typeof announcementSchema>;
export type EventData = z.output<typeof eventSchema>;
export type VenueData = z.output<typeof venueSchema>;

/** Keys the schema accepts at the top level, used to suggest a fix for a typo. */
export const announcementKeys = Object.keys(announcementSchema.shape);

/** Keys the nested objects accept, by their path: "event.venue.flor" gets "did you mean floor". */
export const NESTED_KEYS: Readonly<Record<string, readonly string[]>> = {
  event: ['start', 'end', 'venue'],
  'event.venue': Object.keys(venueSchema.shape),
};
