import { brokenLink } from './broken-link.ts';
import { factMismatch } from './fact-mismatch.ts';
import { impossibleDate } from './impossible-date.ts';
import { impossibleTime } from './impossible-time.ts';
import { foreignText } from './foreign-text.ts';
import { linkMismatch } from './link-mismatch.ts';
import { linkText } from './link-text.ts';
import { missingTranslation } from './missing-translation.ts';
import { placeholderLink } from './placeholder-link.ts';
import type { Rule } from './types.ts';
import { weekdayCalendar } from './weekday-calendar.ts';

export type { AnnouncementGroup, FindingDraft, Rule, SitePath } from './types.ts';

export const rules: readonly Rule[] = [impossibleDate, impossibleTime, weekdayCalendar, factMismatch, placeholderLink, brokenLink, linkText, linkMismatch, missingTranslation, foreignText];
