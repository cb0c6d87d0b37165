/**
 * The comparisons FORMAT.md makes loose on purpose: names compared case- and
 * "al-"-insensitively, quotes compared after normalising quote marks
 * (including the `?` that a lossy conversion leaves for curly marks) and
 * whitespace.
 */

const AL_PREFIX = /(^|[^\p{L}\p{N}])al-/gu;
const SINGLE_MARKS = /[‘’‚‛′`]/g;
const SPACES = /\s+/g;

/** A name for alias comparison: "Al-Awqati", "al-awqati" and "Awqati" agree. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(SINGLE_MARKS, "'").replace(AL_PREFIX, '$1').replace(SPACES, ' ').trim();
}

const DOUBLE_MARKS = /["“”„‟«»〝〞＂]/g;
/** A `?` standing for an opening mark: at the start of a word, after a space or bracket. */
const BROKEN_OPEN = /(^|[\s([{'])\?(?=[\p{L}\p{N}'])/gu;
/** A `?` standing for a closing mark: right after the sentence's own punctuation ("die.?"). */
const BROKEN_CLOSE = /([.,;:!?])\?(?=$|[\s)\]}'.,;:])/gu;

/**
 * A quote's words for containment tests. Double marks are dropped rather than
 * unified, so a quote split across paragraphs (each opening with a mark) still
 * contains the gold text; apostrophes and single marks become `'`.
 */
export function normalizeQuote(text: string): string {
  return text
    .normalize('NFKC')
    .replace(BROKEN_OPEN, '$1')
    .replace(BROKEN_CLOSE, '$1')
    .replace(DOUBLE_MARKS, '')
    .replace(SINGLE_MARKS, "'")
    .replace(SPACES, ' ')
    .trim();
}

/** The name itself and each of its trailing token runs: "Bill de Blasio", "de Blasio", "Blasio". */
export function nameTails(name: string): string[] {
  const tokens = normalizeName(name).split(' ').filter((t) => t !== '');
  return tokens.map((_, i) => tokens.slice(i).join(' '));
}
