import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { tagKind, taggedPrecision } from '../result-tags.js';

/**
 * "since October 17" opens a period that runs to the reference date; "until
 * Friday" and "by noon" close one. The preposition joins the span because it
 * changes what the date means.
 */
const BOUND = /\b(since|until|till|up\s+to|by)\s+$/i;
const POSSESSIVE = /^['\u2019]s\b/;

export class BoundRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (r.end && taggedPrecision(r) === 'range') continue;
      const before = context.text.slice(Math.max(0, r.index - 12), r.index);
      const m = BOUND.exec(before);
      if (!m) continue;
      const by = m[1]!.toLowerCase() === 'by';
      // "hit by Monday's strike": the agent's day, not a deadline.
      if (by && POSSESSIVE.test(context.text.slice(r.index + r.text.length))) continue;
      r.index -= m[0].length;
      r.text = context.text.slice(r.index, r.index + m[0].length + r.text.length);
      tagKind(r, m[1]!.toLowerCase() === 'since' ? 'since' : 'until');
    }
    return results;
  }
}
