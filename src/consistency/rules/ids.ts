/** Rule ids, also accepted by `consistencyIgnore` and `<!-- consistency-ignore … -->`. */
export const RULE_IDS = ['impossible-date', 'impossible-time', 'weekday-calendar', 'fact-mismatch', 'placeholder-link', 'broken-link', 'link-text', 'link-mismatch', 'missing-translation', 'foreign-text'] as const;
export type RuleId = (typeof RULE_IDS)[number];
