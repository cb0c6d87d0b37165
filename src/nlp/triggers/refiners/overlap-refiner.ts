import type { Candidate } from '../candidate.js';
import type { Refiner } from './refiner.js';

function length(c: Candidate, starts: readonly number[], ends: readonly number[]): number {
  return ends[c.end - 1]! - starts[c.first]!;
}

/** Of overlapping triggers the longest wins ("suicide car bomb" over "car bomb"), then the earlier lexicon entry. */
export const overlapRefiner: Refiner = (candidates, { view }) => {
  const starts = view.tokens.map((t) => t.start);
  const ends = view.tokens.map((t) => t.end);
  const ranked = [...candidates].sort(
    (a, b) => length(b, starts, ends) - length(a, starts, ends) || a.entry.order - b.entry.order || a.first - b.first,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) if (!kept.some((k) => k.first < c.end && c.first < k.end)) kept.push(c);
  return kept.sort((a, b) => a.first - b.first);
};
