import { impossibleFactRule } from './impossible-fact.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date that does not exist ("31 czerwca", "29 February 2025", "31.04"). */
export const impossibleDate = impossibleFactRule('impossible-date', 'date', (fact) => {
  const [year = 0, month = 1] = fact.key.replace('invalid:', '').split('-').map(Number);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${MONTHS[month - 1]} ${year} has ${days} days`;
});
