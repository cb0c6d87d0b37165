import type { Refiner } from '../piece.js';

/**
 * Keeps quotations and parentheses whole: a boundary that falls between their
 * marks is removed, so "He said "we will win. They will lose." Then …" splits
 * only after the closing mark. When wink put the closing mark at the start of
 * the next sentence ("« Nous vaincrons. » Then …"), the boundary moves to just
 * after that mark instead.
 */
export const refineEnclosures: Refiner = (piece, starts) => {
  const kept: number[] = [];
  const { tokens, enclosures } = piece;
  // Boundaries and enclosures (sorted by opening) are swept together: of the
  // enclosures opened before a boundary, the one closing last decides.
  let opened = 0;
  let farthest = -1;
  for (const [k, b] of starts.entries()) {
    const token = tokens[b];
    const previous = tokens[b - 1];
    if (k === 0 || token === undefined || previous === undefined) {
      kept.push(b);
      continue;
    }
    for (; opened < enclosures.length && (enclosures[opened]?.open ?? Infinity) < previous.end; opened++) {
      farthest = Math.max(farthest, enclosures[opened]?.close ?? -1);
    }
    if (farthest < token.start) {
      kept.push(b);
    } else if (farthest < token.end) {
      const moved = b + 1;
      const next = starts[k + 1] ?? tokens.length;
      if (moved < next) kept.push(moved);
    }
  }
  return kept;
};
