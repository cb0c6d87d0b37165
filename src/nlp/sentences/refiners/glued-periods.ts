import type { Refiner } from '../piece.js';

/**
 * Sentences are separated by a space: wink splits "Amazon.com", "Node.js",
 * tickers such as "AAPL.O" and "Warner Bros./DC" at their period, so a
 * boundary with no blank between its two tokens is removed.
 */
export const refineGluedPeriods: Refiner = (piece, starts) =>
  starts.filter((b, k) => {
    const before = piece.tokens[b - 1];
    const after = piece.tokens[b];
    return k === 0 || before === undefined || after === undefined || before.end < after.start;
  });
