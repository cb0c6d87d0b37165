/**
 * The words around place names: descriptors that say what kind of place a
 * name is, and capitalised words that are never places on their own (dates,
 * titles, institutions, languages).
 */
import type { PlaceTypeCue } from './layers.js';

/** Descriptors written after a name ("the Karama district", "Mosul airport"), as word sequences, longest first. */
export const DESCRIPTORS_AFTER: readonly (readonly [readonly string[], PlaceTypeCue])[] = [
  [['international', 'airport'], 'airport'],
  [['military', 'airport'], 'airport'],
  [['air', 'base'], 'base'],
  [['air', 'field'], 'base'],
  [['military', 'base'], 'base'],
  [['army', 'base'], 'base'],
  [['military', 'camp'], 'base'],
  [['refugee', 'camp'], 'camp'],
  [['border', 'crossing'], 'facility'],
  [['oil', 'field'], 'facility'],
  [['district'], 'district'],
  [['districts'], 'district'],
  [['subdistrict'], 'district'],
  [['county'], 'district'],
  [['parish'], 'district'],
  [['neighbourhood'], 'neighbourhood'],
  [['neighborhood'], 'neighbourhood'],
  [['neighbourhoods'], 'neighbourhood'],
  [['neighborhoods'], 'neighbourhood'],
  [['quarter'], 'neighbourhood'],
  [['suburb'], 'neighbourhood'],
  [['area'], 'area'],
  [['areas'], 'area'],
  [['village'], 'village'],
  [['villages'], 'village'],
  [['town'], 'town'],
  [['city'], 'city'],
  [['province'], 'province'],
  [['governorate'], 'province'],
  [['region'], 'province'],
  [['oblast'], 'province'],
  [['state'], 'province'],
  [['camp'], 'camp'],
  [['airbase'], 'base'],
  [['airfield'], 'base'],
  [['base'], 'base'],
  [['airport'], 'airport'],
  [['university'], 'university'],
  [['river'], 'river'],
  [['mountains'], 'mountain'],
  [['dam'], 'facility'],
  [['bridge'], 'facility'],
  [['refinery'], 'facility'],
  [['crossing'], 'facility'],
  [['checkpoint'], 'facility'],
  [['shrine'], 'facility'],
  [['mosque'], 'facility'],
  [['palace'], 'facility'],
  [['hospital'], 'facility'],
  [['square'], 'facility'],
];

/** Descriptors written before "of" ("the village of X", "the neighbourhoods of X, Y and Z"). */
export const DESCRIPTORS_BEFORE_OF: ReadonlyMap<string, PlaceTypeCue> = new Map([
  ['village', 'village'], ['villages', 'village'], ['town', 'town'], ['towns', 'town'], ['city', 'city'],
  ['district', 'district'], ['districts', 'district'], ['neighbourhood', 'neighbourhood'], ['neighborhood', 'neighbourhood'],
  ['neighbourhoods', 'neighbourhood'], ['neighborhoods', 'neighbourhood'], ['suburb', 'neighbourhood'], ['suburbs', 'neighbourhood'],
  ['province', 'province'], ['governorate', 'province'], ['region', 'province'], ['state', 'province'], ['county', 'district'],
  ['university', 'university'], ['port', 'facility'],
]);

/** Kinds that name something at a place rather than the place: anchored to the town they are named after when unknown. */
export const FACILITY_TYPES: ReadonlySet<PlaceTypeCue> = new Set(['base', 'airport', 'university', 'facility', 'camp']);

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Titles and ranks: the capitalised words after them are a person's name. */
export const TITLES: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'general', 'gen', 'gen.', 'lt', 'lt.', 'col', 'col.', 'colonel', 'major', 'maj', 'maj.',
  'captain', 'capt', 'capt.', 'sgt', 'sgt.', 'sergeant', 'brigadier', 'commander', 'lieutenant', 'admiral', 'mr', 'mr.', 'mrs',
  'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sheikh', 'imam', 'ayatollah', 'king', 'queen', 'prince', 'princess', 'emir', 'senator',
  'sen.', 'rep.', 'governor', 'gov.', 'mayor', 'judge', 'justice', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador',
  'envoy', 'pope', 'cardinal', 'bishop', 'rev.', 'reverend', 'sir', 'lord', 'lady', 'dame', 'professor', 'prof.', 'director',
  'chairman', 'chairwoman', 'chancellor', 'deputy', 'inspector', 'sheriff', 'detective', 'pastor', 'rabbi', 'officer',
  'chief', 'coach', 'mullah', 'marshal', 'corporal', 'cpl.', 'pvt.',
]);

/** Capitalised words that are never a place on their own, wherever they stand. */
const NEVER_ALONE = [
  ...MONTHS, ...WEEKDAYS,
  'god', 'allah', 'christmas', 'easter', 'ramadan', 'eid', 'islam', 'christianity', 'judaism', 'sunni', 'shia', 'shiite',
  'christian', 'christians', 'muslim', 'muslims', 'jewish', 'jews', 'arabic', 'english', 'persian', 'farsi', 'urdu', 'pashto',
  'internet', 'twitter', 'facebook', 'youtube', 'telegram', 'whatsapp',
  'police', 'army', 'navy', 'government', 'ministry', 'parliament', 'congress', 'senate', 'court', 'council', 'committee',
  'party', 'union', 'church', 'mosque', 'university', 'hospital', 'school', 'college', 'department', 'agency', 'office',
  'embassy', 'consulate', 'museum', 'airport', 'station', 'prison', 'bank', 'company', 'group', 'center', 'centre',
  'institute', 'foundation', 'association', 'club', 'league', 'team', 'federation', 'coalition', 'forces', 'state', 'city',
  'county', 'district', 'province', 'region', 'village', 'town', 'street', 'road', 'avenue', 'square', 'north', 'south',
  'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'national', 'international', 'federal', 'republic', 'democratic', 'new', 'old', 'great',
  'upper', 'lower', 'mount', 'lake', 'river', 'sea', 'ocean', 'valley', 'update', 'video', 'photo', 'picture', 'source',
  'credit', 'read', 'more', 'breaking', 'house', 'commons', 'lords', 'live', 'news', 'today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'evening',
  'is', 'isis', 'isil', 'am', 'pm', 'a.m.', 'p.m.', 'gmt', 'utc', 'est', 'edt', 'pst', 'ok', 'okay', 'yes', 'no', 'oh', 'mr', 'mrs', 'ms',
];

/** Common English words that are also the names of towns somewhere: not places at a sentence start or in a headline. */
const COMMON_WORDS = [
  'hope', 'liberty', 'independence', 'victory', 'unity', 'peace', 'progress', 'freedom', 'concord', 'enterprise',
  'commerce', 'energy', 'industry', 'paradise', 'reading', 'mobile', 'nice', 'split', 'bath', 'sale', 'deal', 'orange',
  'marks', 'wells', 'banks', 'young', 'man', 'male', 'says', 'said', 'after', 'before', 'during', 'since', 'while', 'when',
  'where', 'what', 'who', 'why', 'how', 'this', 'that', 'these', 'those', 'there', 'here', 'some', 'many', 'most', 'all',
  'both', 'each', 'every', 'other', 'another', 'such', 'then', 'than', 'also', 'only', 'even', 'still', 'just', 'now',
  'once', 'officials', 'troops', 'forces', 'fighters', 'soldiers', 'residents', 'people', 'children', 'women', 'men',
  'security', 'military', 'defence', 'defense', 'health', 'home', 'homes', 'house', 'white', 'black', 'red', 'green',
  'blue', 'gold', 'silver', 'victoria', 'providence', 'eden', 'goshen', 'bethel', 'zion', 'joy', 'union', 'friendship',
  'opportunity', 'success', 'harmony', 'plenty', 'welcome', 'why', 'accord', 'alliance', 'normal', 'republic',
  'displaced', 'despite', 'meanwhile', 'however', 'although', 'though', 'because', 'instead', 'later', 'earlier',
  'inside', 'outside', 'near', 'across', 'along', 'around', 'between', 'under', 'above', 'below', 'against', 'without',
  'within', 'among', 'about', 'over', 'following', 'according', 'several', 'few', 'more', 'less', 'best', 'worst',
];

/** Verbs of saying: a lone name right before one is a speaker, not a place ("Johnson said"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'added', 'stated', 'announced', 'claimed', 'denied', 'warned', 'wrote', 'tweeted', 'explained',
  'insisted', 'argued', 'asked', 'replied', 'noted', 'confirmed', 'urged', 'testified', 'recalled',
]);

/** Lower-case words allowed inside a multi-word place name: "University of Mosul", "Hammam al-Alil", "Rio de Janeiro". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'al', 'el', 'ad', 'ar', 'as', 'an', 'at', 'az', 'ash', 'de', 'du', 'des', 'del', 'della', 'di', 'da', 'do', 'dos',
  'das', 'la', 'le', 'les', 'los', 'las', 'bin', 'ibn', 'on', 'upon', 'am', 'im', 'der', 'den', 'van', 'von', 'y', 'e',
  'and', 'the', 'air', 'military', 'international', '-',
]);

export const NEVER_ALONE_WORDS: ReadonlySet<string> = new Set(NEVER_ALONE);
export const COMMON_WORD_SET: ReadonlySet<string> = new Set(COMMON_WORDS);
export const MONTH_OR_WEEKDAY: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);
