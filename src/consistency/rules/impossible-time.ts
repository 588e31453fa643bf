import { impossibleFactRule } from './impossible-fact.ts';

/** Why a time no clock shows is wrong: "13 pm" mixes two clocks, "25:00" runs past the day. */
function reason(written: string): string {
  if (/[ap]\.?\s*m\.?$/i.test(written)) return 'with am or pm the hour runs from 1 to 12; write "1 pm" or "13:00"';
  return 'a day runs from 0:00 to 24:00 and an hour has minutes 00 to 59';
}

/** A time that does not exist ("25:00", "17:65", "13 pm"). */
export const impossibleTime = impossibleFactRule('impossible-time', 'time', (fact) => reason(fact.text));
