/** Small look-arounds on the segment text, for checks a pattern cannot make cheaply. */

const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** Characters that glue a number to something else: "Su-24", "$5", "#1", "+44", "9/11", "12:32". */
const GLUE_BEFORE = /[\p{L}\p{N}_.,$£€¥#+\-–/:&@±]/u;

export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR.test(c);
}

/** True when the number starting at `i` is not glued to what precedes it. */
export function cleanBefore(text: string, i: number): boolean {
  const c = text[i - 1];
  if (c === undefined) return true;
  // A sentence-final period or a list comma followed by a space is a separator, not glue.
  return !GLUE_BEFORE.test(c);
}

/** True when the number ending at `i` is not glued to what follows ("2-year", "9/11", "4G"). */
export function cleanAfter(text: string, i: number): boolean {
  const c = text[i];
  if (c === undefined) return true;
  if (WORD_CHAR.test(c)) return false;
  const next = text[i + 1];
  if ((c === '-' || c === '–' || c === '/') && isWordChar(next)) return false;
  if ((c === '.' || c === ',' || c === ':') && next !== undefined && next >= '0' && next <= '9') return false;
  // A ticker or file name: "2317.TW", "3.5.txt".
  if (c === '.' && isWordChar(next)) return false;
  return true;
}

/** Where the word (letters, apostrophes, hyphens) ending right before `i` starts, skipping spaces. */
export function wordBeforeStart(text: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\u00a0')) j--;
  while (j >= 0 && /[\p{L}'’-]/u.test(text[j] ?? '')) j--;
  return j + 1;
}

/** The word ending right before `i`, skipping spaces; lower-cased, '' when none. */
export function wordBefore(text: string, i: number): string {
  return text.slice(wordBeforeStart(text, i), i).trimEnd().toLowerCase();
}

/** The word starting after `i`, skipping spaces; lower-cased, '' when none. */
export function wordAfter(text: string, i: number): string {
  let j = i;
  while (j < text.length && (text[j] === ' ' || text[j] === '\u00a0')) j++;
  const start = j;
  while (j < text.length && /[\p{L}'’-]/u.test(text[j] ?? '')) j++;
  return text.slice(start, j).toLowerCase();
}

/** Nouns whose plural does not end in -s, common in reports of people and goods. */
const IRREGULAR_PLURALS = new Set([
  'people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'troops', 'sheep', 'cattle', 'livestock',
  'fish', 'militia', 'civilians', 'dead', 'wounded', 'injured', 'missing', 'youth', 'aircraft', 'deer', 'crew',
]);

/** A plural noun as a heuristic: "fighters", "people"; not "'s", "was", "this", "news". */
export function looksPlural(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true;
  return word.length > 3 && /[^su']s$/.test(word) && !/(?:ous|ss|is|us|news|ics)$/.test(word);
}

export interface WordAt {
  start: number;
  end: number;
  text: string;
}

/** A word, keeping internal hyphens, apostrophes and periods, and the final period of an abbreviation ("U.S."). */
const WORD_Y = /(?:\p{L}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?/uy;

/** Up to `max` words from `i` that follow each other with only spaces between ("F-16 jets", "al-Alil"); stops at punctuation. */
export function wordsFrom(text: string, i: number, max: number): WordAt[] {
  const out: WordAt[] = [];
  let j = i;
  while (out.length < max) {
    let k = j;
    while (text[k] === ' ' || text[k] === '\u00a0') k++;
    if (out.length > 0 && k === j) break;
    WORD_Y.lastIndex = k;
    const m = WORD_Y.exec(text);
    if (!m) break;
    out.push({ start: k, end: k + m[0].length, text: m[0] });
    j = k + m[0].length;
  }
  return out;
}
