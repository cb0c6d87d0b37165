/**
 * The words that say what a number of people suffered. A number next to one
 * of them, in the clause of the event, is its toll.
 */
export type CountField = 'fatalities' | 'injured' | 'displaced' | 'captured';

const CUES: ReadonlyArray<[CountField, readonly string[]]> = [
  ['fatalities', [
    'kill', 'kills', 'killed', 'killing', 'dead', 'die', 'died', 'dies', 'dying', 'death', 'deaths', 'toll',
    'lives', 'bodies', 'fatalities', 'executed', 'massacred', 'slain', 'slaughtered', 'beheaded', 'murdered',
    'perished', 'lost',
  ]],
  ['injured', ['wounded', 'wounding', 'wound', 'wounds', 'injured', 'injuring', 'injure', 'injures', 'injuries', 'hurt']],
  ['displaced', ['displaced', 'displacing', 'fled', 'flee', 'fleeing', 'evacuated', 'homeless', 'refugees', 'uprooted']],
  ['captured', ['captured', 'arrested', 'detained', 'abducted', 'kidnapped', 'hostages', 'prisoners', 'seized']],
];

export const COUNT_CUES: ReadonlyMap<string, CountField> = new Map(
  CUES.flatMap(([field, words]) => words.map((w): [string, CountField] => [w, field])),
);

/** Words that may stand between a number and a cue after it: "19 more were killed", "13 people have been killed". */
export const BRIDGE_AFTER_NUMBER: ReadonlySet<string> = new Set([
  'people', 'persons', 'more', 'others', 'other', 'of', 'them', 'were', 'was', 'are', 'is', 'have', 'has', 'had',
  'been', 'being', 'reportedly', 'allegedly', 'also', 'later', 'now', 'believed', 'feared', 'confirmed', 'left',
  'to', 'be', 'estimated', 'said',
]);

/** Words that may stand between a cue and its number: "death toll has risen to 85", "killing at least 19". */
export const BRIDGE_AFTER_CUE: ReadonlySet<string> = new Set([
  'toll', 'has', 'have', 'had', 'risen', 'rose', 'rises', 'climbed', 'reached', 'stood', 'stands', 'at', 'to',
  'was', 'is', 'of', 'some', 'another', 'an', 'additional', 'further', 'nearly', 'least',
]);

/**
 * Who may be counted as killed, wounded, displaced or held: people, never
 * sheep or vehicles. An actor mention counts too ("85 Syrian army troops").
 */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'person', 'civilians', 'civilian', 'residents', 'villagers', 'inhabitants', 'children',
  'child', 'kids', 'boys', 'girls', 'women', 'men', 'students', 'pupils', 'worshippers', 'pilgrims',
  'passengers', 'bystanders', 'patients', 'medics', 'doctors', 'nurses', 'workers', 'staff', 'employees',
  'volunteers', 'journalists', 'reporters', 'officials', 'guards', 'soldiers', 'troops', 'servicemen',
  'fighters', 'militants', 'insurgents', 'rebels', 'gunmen', 'jihadists', 'jihadis', 'attackers', 'assailants',
  'policemen', 'police', 'officers', 'personnel', 'members', 'recruits', 'prisoners', 'detainees', 'hostages',
  'families', 'family', 'refugees', 'migrants', 'protesters', 'demonstrators', 'suspects', 'militiamen',
  'commanders', 'leaders', 'victims', 'casualties', 'individuals', 'adults', 'infants', 'babies', 'teenagers',
  'farmers', 'fishermen', 'shepherds', 'tourists', 'foreigners', 'nationals', 'citizens', 'crew', 'pilots',
  'sailors', 'marines', 'contractors', 'bodyguards', 'elders', 'teachers', 'wounded', 'dead', 'lives', 'bodies',
]);

/** Of the counted nouns, those that make the victims civilians. */
export const CIVILIAN_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'civilians', 'civilian', 'residents', 'villagers', 'inhabitants', 'children', 'child',
  'kids', 'boys', 'girls', 'women', 'students', 'pupils', 'worshippers', 'pilgrims', 'passengers',
  'bystanders', 'patients', 'medics', 'doctors', 'nurses', 'workers', 'volunteers', 'journalists',
  'families', 'refugees', 'migrants', 'infants', 'babies', 'teenagers', 'farmers', 'teachers', 'tourists',
]);

/** Words saying that nobody suffered: "nobody was killed", "no casualties", "seemingly unharmed". */
export const ZERO_WORDS: ReadonlySet<string> = new Set(['nobody', 'unharmed', 'unhurt', 'uninjured', 'unscathed']);
