/** Vague amounts: "dozens", "hundreds of thousands", "several hundred", "a handful", "many" (see vague-amounts.ts). */
import type { QuantityParser } from '../parser.js';
import { reading } from '../reading.js';
import { wordAfter, wordBefore } from '../text-context.js';
import { VAGUE_SRC, vagueFigure } from '../vague-amounts.js';

/** "as many as 40" and "how many" qualify or ask; they state no amount. */
const NOT_BEFORE_MANY = new Set(['as', 'how', 'too', 'so']);

export const vagueParser: QuantityParser = {
  name: 'vague',
  pattern: new RegExp(VAGUE_SRC, 'gi'),
  needsDigit: false,
  extract(m, text) {
    const words = m[0];
    const low = vagueFigure(words);
    if (low === undefined) return null;
    const lower = words.toLowerCase();
    if (lower === 'many' && NOT_BEFORE_MANY.has(wordBefore(text, m.index))) return null;
    // "several times" is a frequency, not an amount of anything.
    if (lower === 'several' && wordAfter(text, m.index + words.length) === 'times') return null;
    return reading(m.index, m.index + words.length, 'vague', { value: null, low, high: null, words: true, vague: true });
  },
};
