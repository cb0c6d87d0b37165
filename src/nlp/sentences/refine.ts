import type { Piece, Refiner } from './piece.js';
import { refineAbbreviations } from './refiners/abbreviations.js';
import { refineFragments } from './refiners/fragments.js';
import { refineEnclosures } from './refiners/enclosures.js';
import { refineGluedPeriods } from './refiners/glued-periods.js';
import { refineQuoteTails } from './refiners/quote-tail.js';

/** Applied in order: boundary removals first, then stray fragments are attached. */
export const refiners: readonly Refiner[] = [
  refineGluedPeriods,
  refineAbbreviations,
  refineEnclosures,
  refineQuoteTails,
  refineFragments,
];

/** Corrects wink's sentence starts (token indices, first 0) for one piece. */
export function refineSentences(piece: Piece, starts: readonly number[]): number[] {
  return refiners.reduce<number[]>((acc, refine) => refine(piece, acc), [...starts]);
}
