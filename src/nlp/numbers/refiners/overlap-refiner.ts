/**
 * Keeps one reading per stretch of text: the longest ("22km" beats "22"), and
 * on equal spans the more specific kind ("2014" as a year beats "2014" as a count).
 */
import type { QuantityKind } from '../layers.js';
import type { Refiner } from '../parser.js';
import type { Reading } from '../reading.js';

const PRIORITY: Readonly<Record<QuantityKind, number>> = {
  year: 0, age: 1, money: 2, percent: 3, distance: 4, duration: 5, range: 6, ordinal: 7, vague: 8, count: 9,
};

export const overlapRefiner: Refiner = (readings) => {
  const ranked = [...readings].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start,
  );
  const kept: Reading[] = [];
  for (const r of ranked) if (!kept.some((k) => r.start < k.end && k.start < r.end)) kept.push(r);
  return kept.sort((a, b) => a.start - b.start);
};
