import type { ViewToken } from '../sentence-view.js';
import { firstMatch, type WordMatcher } from '../word-matcher.js';
import type { Refiner } from './refiner.js';

const MAX_TITLE = 10;

function capitalisedShare(tokens: readonly ViewToken[]): number {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.surface) && t.norm.length > 3);
  // One capitalised word is just the start of a quoted sentence ("“Surrender or die”").
  return words.length < 2 ? 0 : words.filter((t) => /^\p{Lu}/u.test(t.surface)).length / words.length;
}

/**
 * Drops triggers inside a name: a short quoted title ("the film “Battle of
 * Algiers”", "a report titled “Killing Fields”"), capitalised words right
 * after a title noun ("the documentary Battle for Haditha"), or a body named
 * in capitals ("the Ministry of Migration and Displacement"). Quoted speech,
 * long or not in title case, keeps its triggers.
 */
export const titleRefiner: Refiner = (candidates, { view, lexicon }) => {
  const titleNouns = lexicon.classes.get('TITLE-NOUN');
  if (!titleNouns) return candidates;
  const tokens = view.tokens;
  return candidates.filter((c) => {
    const t = tokens[c.first]!;
    if (t.quoted) {
      let lo = c.first;
      let hi = c.end;
      while (lo > 0 && tokens[lo - 1]!.quoted) lo--;
      while (hi < tokens.length && tokens[hi]!.quoted) hi++;
      const inside = tokens.slice(lo, hi);
      const named = firstMatch(titleNouns, tokens, Math.max(0, lo - 4), lo) >= 0;
      if (hi - lo <= MAX_TITLE && (named || capitalisedShare(inside) >= 0.6)) return false;
      return true;
    }
    if (!/^\p{Lu}/u.test(t.surface) || view.titleCase || c.first === 0) return true;
    return !afterTitleNoun(tokens, c.first, titleNouns) && !inName(tokens, c.first, c.end);
  });
};

const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'to', 'the', 'against', '&']);

function capitalised(t: ViewToken | undefined): boolean {
  return t !== undefined && /^\p{Lu}/u.test(t.surface);
}

/** Inside a name of three or more capitalised words ("the Ministry of Migration and Displacement", "the Committee against Torture"). */
function inName(tokens: readonly ViewToken[], first: number, end: number): boolean {
  let lo = first;
  let hi = end;
  while (lo > 1 && (capitalised(tokens[lo - 1]) || (CONNECTORS.has(tokens[lo - 1]!.norm) && capitalised(tokens[lo - 2])))) lo--;
  while (hi < tokens.length && (capitalised(tokens[hi]) || (CONNECTORS.has(tokens[hi]!.norm) && capitalised(tokens[hi + 1])))) hi++;
  return tokens.slice(lo, hi).filter(capitalised).length >= 3;
}

function afterTitleNoun(tokens: readonly ViewToken[], first: number, titleNouns: WordMatcher): boolean {
  let k = first - 1;
  while (k >= 0 && first - k <= 3 && /^\p{Lu}/u.test(tokens[k]!.surface)) k--;
  return k >= 0 && firstMatch(titleNouns, tokens, k, k + 1) === k;
}
