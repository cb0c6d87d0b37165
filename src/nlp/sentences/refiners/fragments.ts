import { surface, type Refiner } from '../piece.js';

const WORDY = /[\p{L}\p{N}]/u;

/**
 * A "sentence" without a single letter or digit (a stray dash, an ellipsis, a
 * lone quotation mark) belongs to the sentence before it, or to the one after
 * it when it opens the stretch.
 */
export const refineFragments: Refiner = (piece, starts) => {
  const isFragment = (k: number): boolean => {
    const from = starts[k] ?? 0;
    const to = starts[k + 1] ?? piece.tokens.length;
    for (let i = from; i < to; i++) if (WORDY.test(surface(piece, i))) return false;
    return true;
  };
  if (starts.length < 2) return [...starts];
  const kept = starts.filter((_, k) => k === 0 || !isFragment(k));
  // A leading fragment is joined to the next sentence by removing that sentence's start.
  if (isFragment(0) && kept.length > 1) kept.splice(1, 1);
  return kept;
};
