import { keys } from '../test/helpers/check-texts.ts';
const T: Array<['pl'|'en'|'uk', string]> = [['pl','o 8-mej'],['pl','o 1-szej w nocy'],['pl','od 2-giej'],['en','1700 hrs'],['en','at 1700 hours'],['en','0930 h'],['en','1000 hours of volunteering'],['en','2024 hours'], ['en','in 2024 h']];
for (const [l,t] of T) console.log(l.padEnd(3), t.padEnd(28), JSON.stringify(keys(l, t)));
