import { forms, months, phrases, setWithoutDiacritics, withoutDiacritics, words, type DayPeriod, type LanguagePack } from './types.ts';

const weekdayForms = withoutDiacritics(
  forms([
    ['poniedziałek poniedziałku poniedziałkiem', 1],
    ['wtorek wtorku wtorkiem', 2],
    ['środa środę środy środzie środą', 3],
    ['czwartek czwartku czwartkiem', 4],
    ['piątek piątku piątkiem', 5],
    ['sobota sobotę soboty sobocie sobotą', 6],
    ['niedziela niedzielę niedzieli niedzielą', 7],
  ]),
);

/** Hours as ordinal words, in the genitive and locative ("o piątej", "do szóstej"). */
const HOUR_WORDS = withoutDiacritics(
  forms([
    ['pierwszej', 1], ['drugiej', 2], ['trzeciej', 3], ['czwartej', 4], ['piątej', 5], ['szóstej', 6],
    ['siódmej', 7], ['ósmej', 8], ['dziewiątej', 9], ['dziesiątej', 10], ['jedenastej', 11], ['dwunastej', 12],
    ['trzynastej', 13], ['czternastej', 14], ['piętnastej', 15], ['szesnastej', 16], ['siedemnastej', 17],
    ['osiemnastej', 18], ['dziewiętnastej', 19], ['dwudziestej', 20],
  ]),
);

/** The same hours in the nominative, as "za kwadrans szósta" (5:45) names them. */
const HOURS_NOMINATIVE = withoutDiacritics(
  forms([
    ['pierwsza', 1], ['druga', 2], ['trzecia', 3], ['czwarta', 4], ['piąta', 5], ['szósta', 6],
    ['siódma', 7], ['ósma', 8], ['dziewiąta', 9], ['dziesiąta', 10], ['jedenasta', 11], ['dwunasta', 12],
  ]),
);

export const polish: LanguagePack = {
  code: 'pl',
  englishName: 'Polish',
  script: 'Latn',
  capitalisedNames: false,
  monthsAfterDay: withoutDiacritics(
    months(
      'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
      // Editors sometimes write the nominative after a day ("19 czerwiec"); it still names the month.
      'styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień',
    ),
  ),
  monthAbbreviations: withoutDiacritics(months('sty lut mar kwi maj cze lip sie wrz paź lis gru')),
  monthsAlone: withoutDiacritics(
    months(
      'styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień',
      'styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku listopadzie grudniu',
      'styczniem lutym marcem kwietniem majem czerwcem lipcem sierpniem wrześniem październikiem listopadem grudniem',
      'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
    ),
  ),
  periodPrepositions: setWithoutDiacritics(words('w we od do z ze przed po na początku początkiem końca końcu końcem połowy połowie połową aż')),
  yearWords: words('r rok roku rokiem'),
  yearsOfAge: words('lat lata lat. rok'),
  relativeYears: withoutDiacritics(phrases([
    ['br', 0], ['b r', 0], ['bieżącego roku', 0], ['tego roku', 0],
    ['ub r', -1], ['ubr', -1], ['ubiegłego roku', -1], ['zeszłego roku', -1], ['poprzedniego roku', -1],
    ['przyszłego roku', 1], ['przyszłym roku', 1], ['następnego roku', 1],
  ])),
  holidays: withoutDiacritics(phrases([
    ['trzech króli', '01-06'], ['objawienie pańskie', '01-06'], ['objawienia pańskiego', '01-06'],
    ['święto pracy', '05-01'], ['święta pracy', '05-01'], ['dzień dziecka', '06-01'], ['dnia dziecka', '06-01'],
    ['wniebowzięcie', '08-15'], ['wniebowzięcia', '08-15'], ['wszystkich świętych', '11-01'], ['zaduszki', '11-02'],
    ['święto niepodległości', '11-11'], ['święta niepodległości', '11-11'], ['wigilia', '12-24'], ['wigilię', '12-24'], ['wigilii', '12-24'],
    ['boże narodzenie', '12-25'], ['bożego narodzenia', '12-25'], ['bożym narodzeniu', '12-25'], ['drugi dzień świąt', '12-26'],
    ['wielki czwartek', 'easter-3'], ['wielkiego czwartku', 'easter-3'], ['wielki piątek', 'easter-2'], ['wielkiego piątku', 'easter-2'], ['wielka sobota', 'easter-1'], ['wielkiej soboty', 'easter-1'],
    ['wielkanoc', 'easter+0'], ['wielkanocy', 'easter+0'], ['poniedziałek wielkanocny', 'easter+1'], ['poniedziałku wielkanocnego', 'easter+1'],
    ['zielone świątki', 'easter+49'], ['boże ciało', 'easter+60'], ['bożego ciała', 'easter+60'], ['bożym ciele', 'easter+60'],
  ])),
  // "19-go"; the colloquial "1-szy", "2-gi", "3-ci", "4-ty", "7-ma"; and anniversaries, which English
  // writes as ordinals ("100-lecie", the 100th anniversary).
  ordinalSuffixes: words(
    'go ego szy sza sze szej szego szym gi ga gie giej giego gim ci cia cie ciej ciego cim ty ta te tej tego tym my ma me mej mego mym lecie lecia leciu leciem',
  ),
  ordinalFullStop: true,
  dayMonthJoiners: words(''),
  dayArticles: words(''),
  shortNumericDates: true,
  monthFirstSlashDates: false,
  weekdays: weekdayForms,
  weekdayAbbreviations: withoutDiacritics(forms([['pon pn', 1], ['wt', 2], ['śr', 3], ['czw', 4], ['pt', 5], ['sob', 6], ['niedz nd ndz', 7]])),
  recurringWeekdays: withoutDiacritics(
    forms([
      // With the genitive plural: "z wyjątkiem poniedziałków", "oprócz niedziel".
      ['poniedziałki poniedziałkami poniedziałkach poniedziałków', 1],
      ['wtorki wtorkami wtorkach wtorków', 2],
      ['środami środach śród', 3],
      ['czwartki czwartkami czwartkach czwartków', 4],
      ['piątki piątkami piątkach piątków', 5],
      ['sobotami sobotach sobót', 6],
      ['niedziele niedzielami niedzielach niedziel', 7],
    ]),
  ),
  recurringAfterPreposition: { prepositions: words('w we'), forms: withoutDiacritics(forms([['środy', 3], ['soboty', 6]])) },
  everyWords: setWithoutDiacritics(words('każdy każdą każdego każdej co')),
  weekdayPrepositions: words('w we'),
  everyOtherWeekWords: setWithoutDiacritics(words('drugi drugą drugie drugiego')),
  everyOtherWords: words(''),
  monthNouns: setWithoutDiacritics(words('miesiąc miesiąca miesiącu')),
  weekdayDateJoiners: words('dnia'),
  weekdayQualifiedNouns: words(''),
  weekdayNames: ['', 'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
  rangeWords: words('do – - — & i oraz lub albo a aż'),
  nightWords: words('na'),
  strongTimeMarkers: words('godz godzina godzinie godzinach godziny godzinami'),
  weakTimeMarkers: words('o od do między pomiędzy'),
  hourWords: words('h godz'),
  minuteWords: words('min minut'),
  minuteStems: ['minut'],
  hourStems: ['godzin'],
  dayWords: setWithoutDiacritics(words('dobę doba doby dzień dziennie')),
  daysAWeek: { days: words('dni'), weeks: words('tygodniu tydzień') },
  durationHourWords: words('h godz'),
  // "o 17-ej", "o 17-tej", "o 8-mej" (ósmej), "o 1-szej", "o 2-giej", "o 3-ciej".
  dayUnits: {
    words: withoutDiacritics(forms([['dzień dnia dni dniach dniami dniom doba doby dób dobę dobach', 1], ['tydzień tygodnia tygodnie tygodni tygodniach tygodniami', 7]])),
    stems: [['dniow', 1], ['dobow', 1], ['tygodniow', 7]],
  },
  dayUnitQualifiers: setWithoutDiacritics(words('kolejne kolejnych pełne pełnych')),
  hourOrdinalSuffixes: words('ej tej mej szej giej ciej'),
  hourOrdinalWords: HOUR_WORDS,
  // "wpół do szóstej" is half an hour before six; "kwadrans po piątej" a quarter after five;
  // "za kwadrans szósta" a quarter before six.
  relativeHourPhrases: withoutDiacritics(phrases([
    ['wpół do', -30],
    ['pół do', -30],
    ['kwadrans po', 15],
    ['za kwadrans', -15],
  ])),
  relativeHourWords: new Map([...HOUR_WORDS, ...HOURS_NOMINATIVE]),
  accusativeHours: {
    prepositions: words('na'),
    words: withoutDiacritics(
      forms([
        ['pierwszą', 1], ['drugą', 2], ['trzecią', 3], ['czwartą', 4], ['piątą', 5], ['szóstą', 6],
        ['siódmą', 7], ['ósmą', 8], ['dziewiątą', 9], ['dziesiątą', 10], ['jedenastą', 11], ['dwunastą', 12],
      ]),
    ),
    nouns: words('godzinę'),
  },
  dayPeriods: withoutDiacritics(phrases<DayPeriod>([
    ['rano', 'am'],
    ['wieczorem', 'pm'],
    ['wieczór', 'pm'],
    ['po południu', 'pm'],
    ['w nocy', 'night'],
  ])),
  namedTimes: withoutDiacritics(
    forms([
      // Not "południu": "po południu" is the afternoon, "na południu" the south.
      ['południe południa', { time: '12:00', needsPreposition: true }],
      ['północ północy', { time: '00:00', needsPreposition: true }],
    ]),
  ),
  namedTimePrepositions: setWithoutDiacritics(words('o w do od przed po około')),
  floor: {
    // "II p.", "2 p.": the abbreviation counts only after a floor number.
    nouns: setWithoutDiacritics(words('piętro piętrze piętra piętrem p')),
    pluralNouns: setWithoutDiacritics(words('piętrach pięter piętrami')),
    // "piętra" is both "of the floor" and "floors" (2–4 of them).
    countForms: {
      nouns: setWithoutDiacritics(words('piętra')),
      levelAfter: setWithoutDiacritics(words('z ze do od spod sprzed obok koło u powyżej poniżej ponad poza wzdłuż')),
    },
    groundWords: words('parter parterze parteru parterem'),
    // "zerowe piętro": the ground floor numbered 0, as on many lifts.
    groundAdjectives: words('zerowe zerowym zerowego'),
    basementWords: setWithoutDiacritics(words('piwnica piwnicy piwnicę suterena suterenie sutereny')),
    basementAdjectives: words(''),
    levelWords: words('poziom poziomie poziomu kondygnacja kondygnacji'),
    levelPrepositions: words('na z ze do przy'),
    romanAfterNoun: true,
    ordinalWords: withoutDiacritics(
      forms([
        ['pierwsze pierwszym pierwszego', 1],
        ['drugie drugim drugiego', 2],
        ['trzecie trzecim trzeciego', 3],
        ['czwarte czwartym czwartego', 4],
        ['piąte piątym piątego', 5],
        ['szóste szóstym szóstego', 6],
        ['siódme siódmym siódmego', 7],
        ['ósme ósmym ósmego', 8],
        ['dziewiąte dziewiątym dziewiątego', 9],
        ['dziesiąte dziesiątym dziesiątego', 10],
      ]),
    ),
  },
  roomWords: setWithoutDiacritics(words('sala sali salę salą sale salach pokój pokoju pok pokoje pokojach gab gabinet gabinetu gabinecie gabinety gabinetach aula auli aulę')),
  buildingWords: words('budynek budynku budynkiem bud pawilon pawilonie pawilonu pawilonem blok bloku segment segmencie'),
  buildingNumberFirst: true,
  numberMarkers: words('nr numer'),
  streetMarkers: setWithoutDiacritics(words('ul ulica ulicy ulicą al aleja alei aleją pl plac placu os osiedle osiedlu rondo ronda bulw bulwar bulwarze skwer skweru')),
  streetNouns: words(''),
  amountWords: withoutDiacritics(forms([['złotówka złotówkę złotówką złotówce', { currency: 'PLN', value: '1' }]])),
  currencies: withoutDiacritics(
    forms([
      ['zł złotych złote złoty złotego złotówek pln', 'PLN'],
      ['eur euro €', 'EUR'],
      ['usd dolarów $', 'USD'],
      ['uah hrywien hrywny hrywna hrywnach ₴', 'UAH'],
    ]),
  ),
  minorUnits: withoutDiacritics(forms([['gr grosz grosze groszy', 'PLN'], ['kop kopiejek', 'UAH']])),
  percentWords: setWithoutDiacritics(words('% procent proc procentów procenta')),
  approximateWords: setWithoutDiacritics(words('ok około ca mniej więcej blisko')),
  percentPhrases: withoutDiacritics(phrases([['pół ceny', 50], ['połowa ceny', 50], ['połowę ceny', 50], ['za pół ceny', 50]])),
  compoundNumbers: {
    prefixes: withoutDiacritics(forms([
      ['jedno', 1], ['dwu', 2], ['trzy', 3], ['cztero', 4], ['pięcio', 5], ['sześcio', 6], ['siedmio', 7], ['ośmio', 8], ['dziewięcio', 9],
      ['dziesięcio', 10], ['jedenasto', 11], ['dwunasto', 12], ['trzynasto', 13], ['czternasto', 14], ['piętnasto', 15], ['szesnasto', 16],
      ['siedemnasto', 17], ['osiemnasto', 18], ['dziewiętnasto', 19], ['dwudziesto', 20], ['trzydziesto', 30], ['czterdziesto', 40],
      ['pięćdziesięcio', 50], ['sześćdziesięcio', 60], ['dziewięćdziesięcio', 90], ['stu', 100], ['półtora', 1.5],
    ])),
    countStems: ['krotn', 'letn'],
  },
  percentStems: ['procent'],
  scaleWords: withoutDiacritics(
    forms([
      ['tys tysiąc tysiące tysięcy tysiąca', 3],
      ['mln milion miliony milionów miliona', 6],
      ['mld miliard miliardy miliardów miliarda', 9],
    ]),
  ),
  thousandsSeparators: ' .\u00a0\u202f',
  decimalSeparator: ',',
  numberWords: withoutDiacritics(
    forms([
      ['półtora półtorej', 1.5],
      // "dwukrotnie" is "twice", "двічі".
      ['dwa dwie dwóch dwoma dwom dwoje dwojga dwukrotnie', 2],
      ['trzy trzech trzem trzema troje trojga trzykrotnie', 3],
      ['cztery czterech czterem czterema czworo czworga czterokrotnie', 4],
      ['pięć pięciu pięcioma pięcioro', 5],
      ['sześć sześciu sześcioma sześcioro', 6],
      ['siedem siedmiu siedmioma siedmioro', 7],
      ['osiem ośmiu ośmioma ośmioro', 8],
      ['dziewięć dziewięciu dziewięcioma', 9],
      ['dziesięć dziesięciu dziesięcioma', 10],
      ['jedenaście jedenastu jedenastoma', 11],
      ['dwanaście dwunastu dwunastoma', 12],
      ['trzynaście trzynastu trzynastoma', 13],
      ['czternaście czternastu czternastoma', 14],
      ['piętnaście piętnastu piętnastoma', 15],
      ['szesnaście szesnastu szesnastoma', 16],
      ['siedemnaście siedemnastu siedemnastoma', 17],
      ['osiemnaście osiemnastu osiemnastoma', 18],
      ['dziewiętnaście dziewiętnastu dziewiętnastoma', 19],
      ['dwadzieścia dwudziestu dwudziestoma', 20],
      ['trzydzieści trzydziestu trzydziestoma', 30],
      ['czterdzieści czterdziestu czterdziestoma', 40],
      ['pięćdziesiąt pięćdziesięciu pięćdziesięcioma', 50],
      ['sześćdziesiąt sześćdziesięciu sześćdziesięcioma', 60],
      ['siedemdziesiąt siedemdziesięciu siedemdziesięcioma', 70],
      ['osiemdziesiąt osiemdziesięciu osiemdziesięcioma', 80],
      ['dziewięćdziesiąt dziewięćdziesięciu dziewięćdziesięcioma', 90],
      ['sto stu', 100],
      ['dwieście dwustu', 200],
      ['trzysta trzystu', 300],
      ['czterysta czterystu', 400],
      ['pięćset pięciuset', 500],
      ['sześćset sześciuset', 600],
      ['siedemset siedmiuset', 700],
      ['osiemset ośmiuset', 800],
      ['dziewięćset dziewięciuset', 900],
    ]),
  ),
  numberPhrases: new Map(),
  durationPhrases: withoutDiacritics(phrases([
    ['pół godziny', 30],
    ['pół godzinki', 30],
    // "a half-hour break": "półgodzinna przerwa"
    ...['półgodzinny', 'półgodzinna', 'półgodzinne', 'półgodzinnego', 'półgodzinnej', 'półgodzinnym', 'półgodzinną', 'półgodzinnych', 'półgodzinnymi'].map((form) => [form, 30] as const),
    ['kwadrans', 15],
    ['kwadransa', 15],
    ['kwadransie', 15],
    ['kwadransem', 15],
  ])),
  everyOther: {
    phrases: withoutDiacritics(phrases([['co drugi', 2], ['co drugie', 2], ['co trzeci', 3], ['co trzecie', 3]])),
    units: setWithoutDiacritics(words('dzień tydzień miesiąc rok')),
  },
  stopwords: setWithoutDiacritics(words('i w we z ze na do od się jest są oraz nie dla przy że to po o jak lub przez który która które będzie tym tego ten ta czy także również można jego jej ich może tylko już jako')),
  distinctiveLetters: 'ąćęłńóśźż',
};
