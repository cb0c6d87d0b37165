/**
 * Headline shape: short, starts like a heading, and does not end like a
 * sentence. Body paragraphs end with a full stop; headings, subheads and
 * caption titles do not.
 */
export interface HeadingLimits {
  maxChars: number;
  maxWords: number;
}

const SUBHEAD: HeadingLimits = { maxChars: 160, maxWords: 20 };
export const TITLE_LIMITS: HeadingLimits = { maxChars: 200, maxWords: 30 };

const STARTS = /^[\p{L}\p{N}"“'‘«]/u;
/** Ends like prose, or like a caption: "… in 2010. (Ian Livingston)". */
const SENTENCE_END = /(?:[.,;:…]|\.["”’)]|,["”’]|\.\s*\([^()]*\))$/u;
const HAS_LETTER = /\p{L}/u;

export function isHeadingLike(s: string, limits: HeadingLimits = SUBHEAD): boolean {
  if (s.length < 2 || s.length > limits.maxChars) return false;
  if (!STARTS.test(s) || SENTENCE_END.test(s) || !HAS_LETTER.test(s)) return false;
  return countWords(s, limits.maxWords + 1) <= limits.maxWords;
}

function countWords(s: string, stopAt: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length && words < stopAt; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Most longer words capitalised, as headlines are and sentences are not. */
export function isTitleCased(s: string): boolean {
  let long = 0;
  let capitalised = 0;
  for (const word of s.split(/[\s/–—-]+/)) {
    const letters = word.replace(/^[^\p{L}]+/u, '');
    if (letters.length < 4) continue;
    long++;
    if (/^\p{Lu}/u.test(letters)) capitalised++;
  }
  return long > 0 && capitalised / long >= 0.6;
}
