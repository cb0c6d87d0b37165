import type { Refiner } from '../piece.js';

/**
 * Keeps quotations and parentheses whole: a boundary that falls between their
 * marks is removed, so "He said "we will win. They will lose." Then …" splits
 * only after the closing mark. When wink put the closing mark at the start of the next
 * sentence, the boundary moves to just after that mark instead.
 */
export const refineEnclosures: Refiner = (piece, starts) => {
  const kept: number[] = [];
  const { tokens } = piece;
  for (const [k, b] of starts.entries()) {
    const token = tokens[b];
    const previous = tokens[b - 1];
    if (k === 0 || token === undefined || previous === undefined) {
      kept.push(b);
      continue;
    }
    const inside = piece.enclosures.find((q) => q.open < previous.end && q.close >= token.start);
    if (inside === undefined) {
      kept.push(b);
      continue;
    }
    if (inside.close >= token.start && inside.close < token.end) {
      const moved = b + 1;
      const next = starts[k + 1] ?? tokens.length;
      if (moved < next) kept.push(moved);
    }
  }
  return kept;
};
