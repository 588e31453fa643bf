/**
 * Everything the extractors need to know about one language. A pack is pure
 * data: adding a language means writing one pack and its tests.
 *
 * All word lists are lower-case; lookups fold apostrophes (’ ʼ → ') first.
 */
export interface LanguagePack {
  /** BCP 47 code, also the content folder name. */
  code: string;
  /** The language's name in English, for messages ("the Ukrainian text says …"). */
  englishName: string;
  script: 'Latn' | 'Cyrl';
  /** Month names must be capitalised to count (English "May" vs the verb "may"). */
  capitalisedNames: boolean;
  /** Month words that may follow a day number ("19 czerwca", "19 June", "19 червня"). */
  monthsAfterDay: ReadonlyMap<string, number>;
  /** Month words that name a whole month ("w sierpniu", "in August", "у серпні"). */
  /** Short month names that count only with a dot or a year after them ("19 cze 2024", "19 черв."): some are also words (lis, лист). */
  monthAbbreviations: ReadonlyMap<string, number>;
  monthsAlone: ReadonlyMap<string, number>;
  /** Words before a month or year that make it a period ("w", "od", "in", "since", "у", "з"). */
  periodPrepositions: ReadonlySet<string>;
  /** Words after a year ("r.", "roku", "р.", "року"). */
  yearWords: ReadonlySet<string>;
  /** Words for years of age or of duration that an editor may glue to the number ("18lat", "5років"). */
  yearsOfAge: ReadonlySet<string>;
  /**
   * Words after a date without a year that place it from the publication
   * year, their dots and spaces dropped: "br." (this year) 0, "ub.r." (last
   * year) -1, "next year" +1.
   */
  relativeYears: ReadonlyMap<string, number>;
  /**
   * Holidays by name, in the forms a notice writes them: the day as "MM-DD",
   * or "easter+N" for days that follow Easter ("Boże Ciało" is easter+60).
   * A name is read as its date ("closed on Christmas Day" = "25 grudnia"),
   * and the number words inside it are no numbers ("Trzech Króli").
   */
  holidays: ReadonlyMap<string, string>;
  /** Suffixes written after a day or floor number ("st", "th"; "й", "го"). */
  ordinalSuffixes: ReadonlySet<string>;
  /** Whether a full stop after a number before a small letter makes it an ordinal, as in Polish ("2. edycja", "XX wiek"). */
  ordinalFullStop: boolean;
  /** Words between an ordinal day and a month ("19th of June"). */
  dayMonthJoiners: ReadonlySet<string>;
  /** Articles before a day in a list or range ("from the 19th to the 21st of June"). */
  dayArticles: ReadonlySet<string>;
  /** Whether "19.06" (day and month, no year) is a usual way to write a date. */
  shortNumericDates: boolean;
  /** Whether "6/19/2024" (month first, American) may be meant when only it makes a date. */
  monthFirstSlashDates: boolean;
  /** Weekday words in every case, ISO day 1 = Monday … 7 = Sunday. */
  weekdays: ReadonlyMap<string, number>;
  /** Abbreviations accepted only right next to a date ("(pon.)", "(Mon)", "(пн)"). */
  weekdayAbbreviations: ReadonlyMap<string, number>;
  /** Forms that always mean "every such day" ("Mondays", "щопонеділка", "по понеділках"). */
  recurringWeekdays: ReadonlyMap<string, number>;
  /** Plural forms that mean "every such day" only after a preposition ("w soboty"). */
  recurringAfterPreposition: { prepositions: ReadonlySet<string>; forms: ReadonlyMap<string, number> };
  /** "every", "każdy", "co", "кожного" before a weekday. */
  everyWords: ReadonlySet<string>;
  /** Prepositions written before a tied weekday ("w środę", "on Monday", "у середу"), quoted in messages. */
  weekdayPrepositions: ReadonlySet<string>;
  /**
   * Words between "every" and a weekday that make it every other week: "every
   * other Wednesday", "co drugą środę", "кожну другу середу"; and adjectives
   * before a plural weekday that do ("on alternate Wednesdays").
   */
  everyOtherWeekWords: ReadonlySet<string>;
  /** One word that says every other by itself, before a weekday ("щодругого вівторка"); empty where none. */
  everyOtherWords: ReadonlySet<string>;
  /** "month", "miesiąca", "місяця": after "every second Saturday" they make it the second Saturday of each month. */
  monthNouns: ReadonlySet<string>;
  /** Nominative weekday names, index 1–7, for messages. */
  /** Words that may stand between a weekday and its date ("Wednesday the 19th", "w środę dnia 19 czerwca"). */
  weekdayDateJoiners: ReadonlySet<string>;
  /**
   * Nouns a weekday name qualifies without naming a day, where the language
   * uses the name as an adjective: "the Saturday timetable" (a kind of
   * timetable, "rozkład sobotni", "суботній розклад", which name no day).
   */
  weekdayQualifiedNouns: ReadonlySet<string>;
  weekdayNames: readonly string[];
  /** Words linking two dates, times or days in a range or list ("do", "to", "and", "по", "і"). */
  rangeWords: ReadonlySet<string>;
  /**
   * Where the 12-hour clock is read without am/pm: a range of bare hours that
   * ends at a smaller one ("from 9 till 5") is 09:00–17:00. The words that
   * join its ends, and the words that may follow it (a weekday follows too).
   */
  twelveHourRanges?: { connectors: ReadonlySet<string>; wordsAfter: ReadonlySet<string> };
  /** Words joining the two days of a night ("z piątku na sobotę", "z 12 na 13 lipca"); only between days. */
  nightWords: ReadonlySet<string>;
  /** Words after which a bare number is certainly an hour ("godz.", "год."). */
  strongTimeMarkers: ReadonlySet<string>;
  /** Words after which "N:MM"/"N.MM" is a time but a bare "N" is not ("o", "at", "о"). */
  weakTimeMarkers: ReadonlySet<string>;
  /** Words after an hour number ("год.", "o'clock", "h"). */
  hourWords: ReadonlySet<string>;
  /** Hour words that also count hours ("trwa 2 godz."), unlike "o'clock" or "годині". */
  durationHourWords: ReadonlySet<string>;
  /** Stems of adjectives of hours after a hyphen ("24-hour", "24-godzinny", "24-годинний"), and of hour nouns ("24 hours", "24 godziny"). */
  hourStems: readonly string[];
  /** Words for a day in "24 hours a day" ("day", "dobę", "добу"): with them "24 hours" means "always". */
  dayWords: ReadonlySet<string>;
  /** "7 days a week", "7 dni w tygodniu", "7 днів на тиждень": every day, no number, as "codziennie" and "щодня" say. */
  daysAWeek: { days: ReadonlySet<string>; weeks: ReadonlySet<string> };
  /** Minute words after an hour word ("17 год. 30 хв.", "17 godz. 30 min"). */
  minuteWords: ReadonlySet<string>;
  /** Stems of minute words and adjectives ("minutes", "90-minutowe", "хвилинний"): a number before them is a duration. */
  minuteStems: readonly string[];
  /**
   * Days and weeks counted ("14 dni", "two weeks", "14-денний"): each noun
   * form, and each stem of the adjectives after a hyphen, with its length in
   * days. "14 dni" = "two weeks" = "два тижні".
   */
  dayUnits: { words: ReadonlyMap<string, number>; stems: ReadonlyArray<readonly [string, number]> };
  /** Words that may stand between a number and its unit of days ("14 working days", "14 робочих днів"; Polish puts them after). */
  dayUnitQualifiers: ReadonlySet<string>;
  /** Ordinal endings of an hour ("o 17-ej", "о 15-й годині", "до 17-ї"); unlike date endings ("15-го"). */
  hourOrdinalSuffixes: ReadonlySet<string>;
  /** Hours said as ordinal words after a time preposition ("o piątej", "о шостій") → the hour. */
  hourOrdinalWords: ReadonlyMap<string, number>;
  /**
   * Hours told relative to a full hour, phrase → minutes from that hour:
   * "wpół do" −30 ("wpół do szóstej" is 5:30), "пів на" −30, "half past" +30.
   */
  relativeHourPhrases: ReadonlyMap<string, number>;
  /** The hours those phrases name ("szóstej", "шосту", "six"); digits are read too. */
  relativeHourWords: ReadonlyMap<string, number>;
  /**
   * An hour as an ordinal after a preposition that takes the accusative, read
   * as a time only before a part of the day ("na pierwszą w nocy", "на першу
   * годину ночі"): alone, "na pierwszą" or "на першу годину" is the first of
   * something ("на першу годину безкоштовно" is the first hour free).
   */
  accusativeHours?: {
    prepositions: ReadonlySet<string>;
    words: ReadonlyMap<string, number>;
    /** The hour noun in the accusative, which may stand between ("godzinę", "годину"). */
    nouns: ReadonlySet<string>;
  };
  /** Parts of the day after an hour, one or more words ("7 rano", "о 7 вечора", "7 in the evening"). */
  dayPeriods: ReadonlyMap<string, DayPeriod>;
  /** am/pm words for 12-hour clocks (English). */
  meridiem?: { am: ReadonlySet<string>; pm: ReadonlySet<string> };
  /** "noon", "południe", "опівночі": the time, and whether a preposition must come first (północ also means north). */
  namedTimes: ReadonlyMap<string, { time: string; needsPreposition: boolean }>;
  namedTimePrepositions: ReadonlySet<string>;
  floor: {
    /** "piętro", "floor", "поверх" in every case. */
    nouns: ReadonlySet<string>;
    /** Plural nouns, counted only after a list of floors ("2nd and 3rd floors"): "3 floors" alone is a count. */
    pluralNouns: ReadonlySet<string>;
    /**
     * Forms of a floor noun that after a bare number count storeys ("budynek
     * ma 2 piętra": two storeys) unless one of `levelAfter` comes before the
     * number ("z 2 piętra", "do 2 piętra": from, up to the second floor).
     */
    countForms?: { nouns: ReadonlySet<string>; levelAfter: ReadonlySet<string> };
    /** Single words for the ground floor ("parter", "партер"). */
    groundWords: ReadonlySet<string>;
    /** Adjectives that with a floor noun mean the ground floor ("ground floor"). */
    groundAdjectives: ReadonlySet<string>;
    /** Single words for the level below ground ("piwnica", "basement", "підвал"). */
    basementWords: ReadonlySet<string>;
    /** Adjectives that with a floor noun mean the level below ground ("цокольний поверх"). */
    basementAdjectives: ReadonlySet<string>;
    /** "poziom", "level", "рівень": followed by a signed level number. */
    levelWords: ReadonlySet<string>;
    /**
     * Prepositions that make a level word a place ("on level 2", "na poziomie 2",
     * "на рівні 2"); after any other word it is a grade or a degree ("a level 2
     * smog alert", "alert poziomu 2").
     */
    levelPrepositions: ReadonlySet<string>;
    /**
     * Where readers of this language may count the ground floor as the first
     * ("Ukrainian", "US"), for the hint on a floor one too high; absent where
     * the ground floor is never numbered one.
     */
    groundCountedAsFirstIn?: string;
    /** Whether a Roman numeral after the floor noun is its number ("piętro II"); not in English, where "I" is a pronoun. */
    romanAfterNoun: boolean;
    /** Ordinal words before a floor noun ("pierwsze", "first", "першому"). */
    ordinalWords: ReadonlyMap<string, number>;
  };
  /** Nouns before a room's number, singular and plural ("sala 12", "sale 12 i 13", "rooms 12 and 13"). */
  roomWords: ReadonlySet<string>;
  /** Nouns of a building, singular only: after a number a plural counts buildings ("2 budynki"). */
  buildingWords: ReadonlySet<string>;
  /** Whether a number before a building noun names the building ("у 2 корпусі"); in English "2 building plots" counts. */
  buildingNumberFirst: boolean;
  /** "nr", "no", "№", "номер" between a noun and its number. */
  numberMarkers: ReadonlySet<string>;
  /** Street words before a street name and house number ("ul.", "street", "вул."). */
  streetMarkers: ReadonlySet<string>;
  /** Street words after the street name ("Wielicka Street", "Wielicka St."). */
  streetNouns: ReadonlySet<string>;
  /** Currency words and symbols → ISO 4217 code. */
  currencies: ReadonlyMap<string, string>;
  /**
   * Where a single capital I, V or X is a word of the language ("I" in
   * English), the words after which it is a numeral all the same ("item V",
   * "stage I"); absent where a small word beside it is enough.
   */
  singleRomanAfter?: ReadonlySet<string>;
  /** Words that name a sum without a number: "złotówka" is one złoty ("symboliczna złotówka" = "PLN 1"). */
  amountWords: ReadonlyMap<string, { currency: string; value: string }>;
  /** Hundredths of a currency after its amount ("20 zł 50 gr", "20 грн 50 коп") → the currency's ISO code. */
  minorUnits: ReadonlyMap<string, string>;
  percentWords: ReadonlySet<string>;
  /** Words before an approximate value ("about", "ok.", "близько"): a currency conversion in brackets starts with them. */
  approximateWords: ReadonlySet<string>;
  /** Shares said in words that translators give as a percentage: "half price" = "pół ceny" = "50%". */
  percentPhrases: ReadonlyMap<string, number>;
  /**
   * Numbers written as the first part of a compound word: "piętnastominutowa"
   * (15 minutes), "dwudniowy" (2 days), "trzykrotnie" (3 times), "дводенний".
   * `prefixes` maps the first part to its number; the rest is a unit of time
   * (as the duration words of the pack read it) or one of `countStems`.
   */
  compoundNumbers: { prefixes: ReadonlyMap<string, number>; countStems: readonly string[] };
  /** Stems of percent adjectives after a hyphen ("50-procentowa", "50-відсоткова", "50-percent"). */
  percentStems: readonly string[];
  /** Words that multiply the number before them ("tys.", "million", "млн") → power of ten. */
  scaleWords: ReadonlyMap<string, number>;
  /** Characters that group thousands ("84 512", "84,512"). */
  thousandsSeparators: string;
  decimalSeparator: ',' | '.';
  /** Number words counted like digits (small numbers only; "one" is too often a pronoun). */
  numberWords: ReadonlyMap<string, number>;
  /** Numbers said in several words ("one and a half", "an hour and a half" → 1.5). */
  numberPhrases: ReadonlyMap<string, number>;
  /** Durations said in words, in minutes: "pół godziny", "half an hour", "півгодини" → 30; "kwadrans" → 15. */
  durationPhrases: ReadonlyMap<string, number>;
  /**
   * "every other" before a unit of time says "every two": "every other week"
   * and "co drugi tydzień" state the 2 of "co dwa tygodnie" and "раз на два
   * тижні". Phrase → the number, and the units it may come before.
   */
  everyOther: { phrases: ReadonlyMap<string, number>; units: ReadonlySet<string> };
  /** Very common short words, used to tell which language a paragraph is in. */
  stopwords: ReadonlySet<string>;
  /** Letters that only this language (of those with the same script) uses, in small letters, each one UTF-16 code unit. */
  distinctiveLetters: string;
}

/** Which half of the clock a part of the day means: "wieczorem" pm, "w nocy" late evening or small hours. */
export type DayPeriod = 'am' | 'pm' | 'night';

/** Builds a word → value map from "form form form" strings, one per value. */
export function forms<T>(entries: ReadonlyArray<readonly [string, T]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [words, value] of entries) {
    for (const word of words.split(/\s+/)) if (word) map.set(normaliseWord(word), value);
  }
  return map;
}

/** Builds a phrase → value map; a phrase is one or more words ("po południu"). */
export function phrases<T>(entries: ReadonlyArray<readonly [string, T]>): Map<string, T> {
  return new Map(entries.map(([phrase, value]) => [phrase.split(/\s+/).filter(Boolean).map(normaliseWord).join(' '), value] as const));
}

/** Builds a set from a space-separated word list. */
export function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map(normaliseWord));
}

/** Month forms: twelve space-separated lists, January first. */
export function months(...lists: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const list of lists) {
    list.split(/\s+/).filter(Boolean).forEach((word, index) => map.set(normaliseWord(word), index + 1));
  }
  return map;
}

/** Lower case with typographic apostrophes folded to ASCII. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/[’ʼ`´]/g, "'");
}

/** Adds each key again without Polish diacritics, because editors on foreign keyboards omit them. */
export function withoutDiacritics<T>(map: Map<string, T>): Map<string, T> {
  for (const [key, value] of [...map]) {
    const plain = foldPolish(key);
    if (!map.has(plain)) map.set(plain, value);
  }
  return map;
}

export function setWithoutDiacritics(set: Set<string>): Set<string> {
  for (const key of [...set]) set.add(foldPolish(key));
  return set;
}

function foldPolish(word: string): string {
  return word.replace(/[ąćęłńóśźż]/g, (c) => ({ ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' })[c] ?? c);
}
