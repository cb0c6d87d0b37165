/**
 * "one" is more often a pronoun than a count ("one of the largest", "no one",
 * "one another"): keep it only when it counts something ("one special forces
 * officer") and no determiner makes it a pronoun ("the one", "every one").
 */
import type { Refiner } from '../parser.js';
import type { Reading } from '../reading.js';
import { wordBefore } from '../text-context.js';

const DETERMINERS = new Set(['the', 'no', 'any', 'every', 'each', 'this', 'that', 'which', 'someone', 'anyone']);
/** "one of the largest cities": a member of a ranked set, not a count. */
const OF_SUPERLATIVE = /^\s+of\s+(?:the|its|their|his|her|our|\p{L}+['’]s)\s+(?:\p{L}+est|most|best|worst|first|last|few)\b/iu;

function isPronoun(r: Reading, text: string): boolean {
  if (r.kind !== 'count' || r.approx !== 'exact' || text.slice(r.start, r.end).toLowerCase() !== 'one') return false;
  return r.counted === null || DETERMINERS.has(wordBefore(text, r.start)) || OF_SUPERLATIVE.test(text.slice(r.end, r.end + 40));
}

export const loneOneRefiner: Refiner = (readings, { text }) => readings.filter((r) => !isPronoun(r, text));
