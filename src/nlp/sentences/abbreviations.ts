/**
 * Abbreviations that end in a period without ending the sentence, grouped by
 * what may follow them. Keys are lower-case, without the final period.
 */
export type AbbreviationKind = 'title' | 'month' | 'numero' | 'place' | 'general';

const KINDS: Record<AbbreviationKind, readonly string[]> = {
  /** Always followed by a name: "Maj. Gen. Ahmed", "Sen. Ted Cruz". */
  title: [
    'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'rev', 'fr', 'hon', 'pres', 'gov', 'sen', 'rep', 'amb', 'atty',
    'supt', 'insp', 'det', 'lt', 'lieut', 'col', 'maj', 'gen', 'brig', 'sgt', 'cpl', 'pvt', 'spc', 'capt', 'cmdr',
    'cdr', 'adm', 'gens', 'cols',
  ],
  /** Followed by a day or a year: "Jan. 5", "Feb. 2016". */
  month: ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  /** Followed by a number: "No. 3". */
  numero: ['no', 'nos', 'vol', 'art', 'fig', 'pp'],
  /** Part of a name: "St. Louis", "Mt. Sinjar", "Ft. Hood". */
  place: ['st', 'mt', 'ft'],
  /** May end a sentence; do not when the next word is lower case or a number. */
  general: [
    'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'jr', 'sr', 'vs', 'etc', 'approx', 'est', 'dept', 'govt',
    'univ', 'assn', 'ave', 'blvd', 'rd', 'a.m', 'p.m', 'e.g', 'i.e', 'cf', 'al', 'ca', 'mln', 'bln', 'pct',
  ],
};

const BY_NAME = new Map<string, AbbreviationKind>();
for (const [kind, names] of Object.entries(KINDS) as [AbbreviationKind, readonly string[]][]) {
  for (const name of names) BY_NAME.set(name, kind);
}

const DOTTED_ACRONYM = /^(?:[A-Z]\.)+[A-Z]$/;
const INITIAL = /^[A-Z]$/;

/**
 * What kind of abbreviation `word` (written without its final period) is:
 * a listed one, a dotted acronym ("U.S", "U.N"), a single initial ("J"), or
 * null when it is an ordinary word.
 */
export function abbreviationKind(word: string): AbbreviationKind | 'acronym' | null {
  if (DOTTED_ACRONYM.test(word) || INITIAL.test(word)) return 'acronym';
  return BY_NAME.get(word.toLowerCase()) ?? null;
}
