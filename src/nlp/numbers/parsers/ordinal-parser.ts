/** Ordinals: "second largest", "first time", "twenty-first", "21st", "3rd"; not fractions ("a third of"). */
import { ORDINAL_WORD_SRC, ordinalValue } from '../number-words.js';
import type { QuantityParser } from '../parser.js';
import { reading } from '../reading.js';
import { cleanBefore, wordAfter, wordBefore } from '../text-context.js';

/** "a third of Iraq", "one fifth of the budget": fractions, not ranks. */
const FRACTION_BEFORE = new Set(['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);

export const ordinalParser: QuantityParser = {
  name: 'ordinal',
  pattern: new RegExp(`\\b(\\d+)(?:st|nd|rd|th)\\b|${ORDINAL_WORD_SRC}`, 'gi'),
  needsDigit: false,
  extract(m, text) {
    if (!cleanBefore(text, m.index)) return null;
    const digits = m[1];
    const value = digits !== undefined ? Number(digits) : ordinalValue(m[0]);
    if (value === null) return null;
    if (digits === undefined && FRACTION_BEFORE.has(wordBefore(text, m.index)) && wordAfter(text, m.index + m[0].length) === 'of') return null;
    return reading(m.index, m.index + m[0].length, 'ordinal', { value, low: null, high: null, words: digits === undefined, vague: false });
  },
};
