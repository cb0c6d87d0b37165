/** Plain numbers: "40,000", "18.6", "3 million", "two", "twenty-five", "a dozen". */
import { readNumberAt, DIGITS_SRC, SCALE_SRC } from '../numerals.js';
import { WORD_NUMBER_SRC } from '../number-words.js';
import type { QuantityParser } from '../parser.js';
import { reading } from '../reading.js';
import { cleanAfter, cleanBefore, wordAfter } from '../text-context.js';

/** "one fifth of Syria", "three quarters of the city": fractions, not counts. */
const FRACTION = /^(?:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)$/;

export const countParser: QuantityParser = {
  name: 'count',
  pattern: new RegExp(`${DIGITS_SRC}${SCALE_SRC}?|${WORD_NUMBER_SRC}`, 'gi'),
  needsDigit: false,
  extract(m, text) {
    if (!cleanBefore(text, m.index)) return null;
    const n = readNumberAt(text, m.index);
    if (!n || !cleanAfter(text, n.end)) return null;
    if (n.words && FRACTION.test(wordAfter(text, n.end))) return null;
    return reading(m.index, n.end, 'count', { value: n.value, low: null, high: null, words: n.words, vague: false });
  },
};
