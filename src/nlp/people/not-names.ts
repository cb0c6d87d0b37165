/**
 * Calendar words stand before names in capitalised runs ("On Sunday Hassan
 * said" gives the run "Sunday Hassan") and are cut off their ends; months in
 * the middle or at the end stay, as some are surnames (Theresa May).
 */
export const CALENDAR_START: ReadonlySet<string> = new Set(
  `january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
  today tonight yesterday tomorrow morning evening night`.split(/\s+/),
);
export const CALENDAR_END: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow morning evening night'.split(' '),
);

/**
 * Capitalised words that never belong to a person's name: the head words of
 * places, organisations, media and events. A run of capitalised words holding
 * one ("Bacha Khan University", "Omar Mukhtar Street") is not a person,
 * whatever else it holds.
 */
const WORDS = `
university college school academy institute hospital clinic street road avenue lane boulevard highway square
bridge airport airbase base camp mosque church cathedral shrine temple synagogue palace museum stadium center
centre hotel market bazaar mall prison jail province governorate district county city town village valley river
mountain mountains hills lake sea gulf bay island islands peninsula dam oilfield refinery plant port harbour
harbor station tower building plaza garden gate cemetery desert plain region neighbourhood neighborhood
quarter crossing checkpoint border frontier state states kingdom republic emirate emirates caliphate nations
company co cos corporation corp inc ltd llc plc group holdings industries airlines airways capital partners bank fund
party front movement brigade brigades battalion division corps regiment army forces force militia guard guards
council committee commission ministry department office agency service services organization organisation union association
foundation institution authority court tribunal parliament assembly congress senate cabinet government
international watch network news times post journal herald tribune telegraph guardian gazette press television
tv radio channel media daily weekly magazine agency wire
day week month year decade century award prize cup league games olympics summit conference forum talks
declaration agreement accord treaty convention charter act plan operation program programme project
initiative campaign offensive war battle revolution uprising crisis rights east
deir tel tal tell kafr kfar ain ein bir jabal jebel wadi ras beit bab qasr souq khirbet nahr maarat maaret jisr
god allah christmas ramadan eid easter internet twitter facebook youtube telegram whatsapp instagram google
islamic islamist muslim christian jewish sunni shia shiite kurdish arab arabic
`;

export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w.length > 0));

/** Lower-case particles that may stand inside a name: "Osama bin Laden", "Bill de Blasio", "Ludwig van Beethoven". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin', 'ibn', 'bint', 'abu', 'al', 'el', 'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'van', 'von', 'der', 'den',
  'la', 'le', 'ben', 'ould', 'ter',
]);

/** Words after a run of capitals that make it a place or a body, not a person ("Ali Rash village", "Bay Crane company"). */
export const PLACE_OR_BODY_AFTER: ReadonlySet<string> = new Set(
  `village town city district neighbourhood neighborhood area region province governorate suburb quarter camp base
  airport street road square bridge mosque church school university hospital market crossing checkpoint border
  river valley mountain mountains field company group firm brand party movement brigade militia front council
  tribe clan family`.split(/\s+/),
);

/** Prepositions after which a bare two-word name with only a given name as evidence is more likely a place. */
export const LOCATIVE_BEFORE: ReadonlySet<string> = new Set(
  'in at near from to into toward towards outside inside across around between through via across along'.split(' '),
);

/** Party and movement words that stand before a name without being part of it ("Republican Donald Trump"). */
export const PARTY_WORDS: readonly string[] = 'republican republicans democrat democratic conservative labour liberal socialist communist green independent'.split(' ');

/** Last parts of hyphenated adjectives written with a capital ("British-based", "Saudi-led"). */
export const COMPOUND_ENDS: ReadonlySet<string> = new Set(
  'based led backed run held linked affiliated owned controlled funded allied born style era speaking made trained sponsored'.split(' '),
);
