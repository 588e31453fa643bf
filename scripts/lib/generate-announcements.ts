/**
 * Generates consistent trilingual announcements of 2–3 KB each for
 * benchmarks: varied dates, times, places and numbers, the same facts in
 * Polish, English and Ukrainian, written in each language's own notation.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { pl } from 'date-fns/locale/pl';
import { uk } from 'date-fns/locale/uk';

/** A small deterministic generator, so every run writes the same files. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PL_GENITIVE = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const PL_WEEKDAY_ACC = ['', 'w poniedziałek', 'we wtorek', 'w środę', 'w czwartek', 'w piątek', 'w sobotę', 'w niedzielę'];
const UK_WEEKDAY_ACC = ['', 'у понеділок', 'у вівторок', 'у середу', 'у четвер', "у п'ятницю", 'у суботу', 'у неділю'];
const EN_ORDINAL = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
const enTime = (h: number) => (h === 12 ? 'noon' : `${h > 12 ? h - 12 : h} ${h >= 12 ? 'pm' : 'am'}`);

const FILLER = {
  pl: 'Zapraszamy wszystkie zainteresowane osoby, także te, które dopiero zamieszkały w Krakowie. Spotkanie jest otwarte i bezpłatne, a sala jest dostępna dla osób z niepełnosprawnościami. Podczas spotkania będzie można zadawać pytania przedstawicielom urzędu oraz zgłaszać własne pomysły i uwagi.',
  en: 'Everyone who is interested is welcome, including people who have only recently moved to Kraków. The meeting is open and free of charge, and the room is accessible to people with disabilities. During the meeting you can ask questions of city officials and share your own ideas and comments.',
  uk: 'Запрошуємо всіх зацікавлених, зокрема тих, хто нещодавно переїхав до Кракова. Зустріч відкрита й безкоштовна, а зала доступна для людей з інвалідністю. Під час зустрічі можна буде поставити запитання представникам міської ради та поділитися власними ідеями й зауваженнями.',
};

export interface GeneratedFile {
  lang: 'pl' | 'en' | 'uk';
  id: string;
  text: string;
}

export function generateAnnouncement(index: number): GeneratedFile[] {
  const next = random(index + 1);
  const pick = (n: number) => Math.floor(next() * n);
  const year = 2024 + pick(3);
  const month = 1 + pick(12);
  const day = 1 + pick(28);
  const date = new Date(year, month - 1, day);
  const iso = format(date, 'yyyy-MM-dd');
  const weekday = date.getDay() === 0 ? 7 : date.getDay();
  const published = format(new Date(year, month - 1, Math.max(1, day - 7)), 'yyyy-MM-dd');
  const start = 9 + pick(10);
  const end = start + 1 + pick(3);
  const floor = pick(4);
  const room = 100 * (floor || 1) + pick(40);
  const house = 1 + pick(90);
  const postal = `3${pick(2)}-${String(100 + pick(899))}`;
  const seats = 20 + pick(180);
  const fee = 10 * (1 + pick(9));
  const phone = `12 6${pick(10)}${pick(10)} ${10 + pick(89)} ${10 + pick(89)}`;
  const id = `generated-${String(index).padStart(5, '0')}`;
  const endDay = Math.min(28, day + 3 + pick(10));
  const fm = (title: string, summary: string) => `---\ntitle: "${title}"\ndate: ${published}\nsummary: "${summary}"\n---\n\n`;

  const plFloor = floor === 0 ? 'parter' : `${floor} piętro`;
  const enFloor = floor === 0 ? 'ground floor' : `${EN_ORDINAL(floor)} floor`;
  const ukFloor = floor === 0 ? 'партер' : `${floor}-й поверх`;
  const plDate = `${day} ${PL_GENITIVE[month - 1]} ${year} r.`;
  const enDate = `${day} ${format(date, 'MMMM', { locale: enGB })} ${year}`;
  const ukDate = `${format(date, 'd MMMM', { locale: uk })} ${year} р.`;

  const pl0 = `${fm(`Spotkanie konsultacyjne nr ${index}`, `Spotkanie odbędzie się ${PL_WEEKDAY_ACC[weekday]}, ${plDate}, o ${start}:00.`)}## Spotkanie konsultacyjne

Zapraszamy na spotkanie, które odbędzie się ${PL_WEEKDAY_ACC[weekday]}, ${plDate} w godzinach ${start}:00–${end}:00 w Centrum Obywatelskim przy ul. Lubelskiej ${house}, ${postal} Kraków, budynek B, ${plFloor}, sala ${room}.

${FILLER.pl}

- Liczba miejsc: ${seats}.
- Opłata za materiały: ${fee} zł.
- Zapisy do ${endDay} ${PL_GENITIVE[month - 1]} pod numerem ${phone} lub przez [formularz](https://example.krakow.pl/zapisy/${id}).

${FILLER.pl}

Pytania: [kontakt@example.krakow.pl](mailto:kontakt@example.krakow.pl). ${FILLER.pl}

${FILLER.pl}
`;
  const en0 = `${fm(`Consultation meeting no. ${index}`, `The meeting takes place on ${format(date, 'EEEE', { locale: enGB })}, ${enDate}, at ${enTime(start)}.`)}## Consultation meeting

Join us for a meeting on ${format(date, 'EEEE', { locale: enGB })}, ${enDate}, from ${enTime(start)} to ${enTime(end)} at the Civic Centre, ul. Lubelska ${house}, ${postal} Kraków, building B, ${enFloor}, room ${room}.

${FILLER.en}

- Places: ${seats}.
- Materials fee: PLN ${fee}.
- Register by ${endDay} ${format(date, 'MMMM', { locale: enGB })} on +48 ${phone} or with the [form](https://example.krakow.pl/zapisy/${id}).

${FILLER.en}

Questions: [kontakt@example.krakow.pl](mailto:kontakt@example.krakow.pl). ${FILLER.en}

${FILLER.en}
`;
  const uk0 = `${fm(`Консультаційна зустріч № ${index}`, `Зустріч відбудеться ${UK_WEEKDAY_ACC[weekday]}, ${ukDate}, о ${start}.00.`)}## Консультаційна зустріч

Запрошуємо на зустріч, яка відбудеться ${UK_WEEKDAY_ACC[weekday]}, ${ukDate} з ${start}.00 до ${end}.00 у Громадському центрі за адресою ul. Lubelska ${house}, ${postal} Kraków, корпус В, ${ukFloor}, кімната ${room}.

${FILLER.uk}

- Кількість місць: ${seats}.
- Плата за матеріали: ${fee} злотих.
- Реєстрація до ${endDay} ${format(date, 'MMMM', { locale: uk }).replace(/^./, (c) => c)} за номером ${phone} або через [форму](https://example.krakow.pl/zapisy/${id}).

${FILLER.uk}

Запитання: [kontakt@example.krakow.pl](mailto:kontakt@example.krakow.pl). ${FILLER.uk}

${FILLER.uk}
`;
  void pl;
  void iso;
  return [
    { lang: 'pl', id, text: pl0 },
    { lang: 'en', id, text: en0 },
    { lang: 'uk', id, text: uk0 },
  ];
}

/** Writes `count` trilingual announcements under `dir/<lang>/`. */
export function writeGeneratedContent(dir: string, count: number): number {
  let bytes = 0;
  for (const lang of ['pl', 'en', 'uk']) mkdirSync(path.join(dir, lang), { recursive: true });
  for (let i = 0; i < count; i++) {
    for (const file of generateAnnouncement(i)) {
      writeFileSync(path.join(dir, file.lang, `${file.id}.md`), file.text);
      bytes += Buffer.byteLength(file.text);
    }
  }
  return bytes;
}
