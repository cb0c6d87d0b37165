import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { tagThird, taggedPrecision, type Third } from '../result-tags.js';

/**
 * "early 2014", "mid-October", "late on Monday": the modifier joins the span.
 * On a month or a year it also narrows the period to a third of it (done by
 * interpret.ts once the year is settled).
 */
const MODIFIER = /\b(early|mid|late)(?:\s+on\s+|\s+|-)$/i;

export class PeriodModifierRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (r.end) continue;
      const m = MODIFIER.exec(context.text.slice(Math.max(0, r.index - 10), r.index));
      if (!m) continue;
      const period = (r.start.isCertain('month') && !r.start.isCertain('day')) || taggedPrecision(r) === 'year';
      const day = r.start.isCertain('day') || r.start.isCertain('weekday');
      if (!period && !day) continue;
      r.index -= m[0].length;
      r.text = m[0] + r.text;
      if (period) tagThird(r, m[1]!.toLowerCase() as Third);
    }
    return results;
  }
}
