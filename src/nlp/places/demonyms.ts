/**
 * Demonyms ("Iraqi", "Georgian", "Kurdish") are not place mentions: "Iraqi
 * forces" is an actor, "Georgian wine" an adjective. The actor dictionary
 * lists the countries of the wars it covers; the table here adds the rest of
 * the world's common ones. The country code of each is kept, so a resolver
 * told that a demonym stands for a place (a geoparsing corpus's gold) can
 * name the country.
 */
import { defaultActorDictionary } from '../actors/load-dictionary.js';
import type { ActorDictionary } from '../actors/dictionary.js';

const MORE_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  AR: ['Argentine', 'Argentinian'], AT: ['Austrian'], BE: ['Belgian'], BR: ['Brazilian'], BG: ['Bulgarian'], CA: ['Canadian'],
  CL: ['Chilean'], CN: ['Chinese'], CO: ['Colombian'], HR: ['Croatian'], CU: ['Cuban'], CZ: ['Czech'], DK: ['Danish'],
  NL: ['Dutch'], ET: ['Ethiopian'], FI: ['Finnish'], GE: ['Georgian'], GR: ['Greek'], HU: ['Hungarian'], IN: ['Indian'],
  ID: ['Indonesian'], IE: ['Irish'], JP: ['Japanese'], KE: ['Kenyan'], KR: ['Korean', 'South Korean'], KP: ['North Korean'],
  MX: ['Mexican'], NZ: ['New Zealander'], NG: ['Nigerian'], NO: ['Norwegian'], PH: ['Filipino', 'Philippine'], PL: ['Polish'],
  PT: ['Portuguese'], RO: ['Romanian'], RS: ['Serbian', 'Serb'], SO: ['Somali'], ZA: ['South African'], ES: ['Spanish'],
  SE: ['Swedish'], CH: ['Swiss'], TW: ['Taiwanese'], TH: ['Thai'], VE: ['Venezuelan'], VN: ['Vietnamese'], BD: ['Bangladeshi'],
  LK: ['Sri Lankan'], NP: ['Nepalese', 'Nepali'], UZ: ['Uzbek'], KZ: ['Kazakh'], AZ: ['Azerbaijani', 'Azeri'], AM: ['Armenian'],
  BY: ['Belarusian'], MD: ['Moldovan'], ML: ['Malian'], NE: ['Nigerien'], TD: ['Chadian'], CM: ['Cameroonian'],
  CD: ['Congolese'], CF: ['Central African'], UG: ['Ugandan'], RW: ['Rwandan'], ER: ['Eritrean'], DJ: ['Djiboutian'],
  SN: ['Senegalese'], GH: ['Ghanaian'], CI: ['Ivorian'], BF: ['Burkinabe'], MR: ['Mauritanian'], PE: ['Peruvian'],
  EC: ['Ecuadorian'], BO: ['Bolivian'], UY: ['Uruguayan'], PY: ['Paraguayan'], HT: ['Haitian'], JM: ['Jamaican'],
  SG: ['Singaporean'], MY: ['Malaysian'], KH: ['Cambodian'], LA: ['Laotian'], MN: ['Mongolian'], IS: ['Icelandic'],
  EE: ['Estonian'], LV: ['Latvian'], LT: ['Lithuanian'], SK: ['Slovak'], SI: ['Slovenian'], BA: ['Bosnian'],
  AL: ['Albanian'], MK: ['Macedonian'], CY: ['Cypriot'], MT: ['Maltese'], LU: ['Luxembourgish'],
  GB: ['English', 'Welsh', 'Scottish'], PS: ['Palestinian'], US: ['American'],
};

export interface Demonyms {
  /** Lower-case demonym (and plural) → ISO country code; ethnic and religious qualifiers map to null. */
  readonly byWord: ReadonlyMap<string, string | null>;
}

/**
 * The demonym table: the actor dictionary's countries (minus words that are
 * also a country's name: "Iraq troops") and qualifiers, plus the table above.
 * `keepAsPlace` spares qualifiers that also name a region ("Rakhine").
 */
export function buildDemonyms(keepAsPlace: (word: string) => boolean, dictionary: ActorDictionary = defaultActorDictionary()): Demonyms {
  const names = new Set<string>();
  for (const c of dictionary.countries) for (const n of c.names) names.add(n.toLowerCase());
  const byWord = new Map<string, string | null>();
  const add = (word: string, code: string | null): void => {
    const lower = word.toLowerCase();
    if (names.has(lower) || byWord.has(lower)) return;
    byWord.set(lower, code);
    if (!lower.endsWith('s') && !lower.endsWith('ese') && !lower.endsWith('sh') && !lower.endsWith('ch')) byWord.set(`${lower}s`, code);
  };
  for (const c of dictionary.countries) for (const d of c.demonyms) add(d, c.code);
  for (const [code, words] of Object.entries(MORE_DEMONYMS)) for (const w of words) add(w, code);
  for (const q of dictionary.qualifiers) if (/^\p{Lu}/u.test(q.word) && !keepAsPlace(q.word)) add(q.word, null);
  return { byWord };
}
