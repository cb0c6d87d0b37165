import type { ParsingResult, Refiner } from 'chrono-node';

/**
 * Chrono's weekday and time parsers take in a leading "on"/"at" and the comma
 * or bracket around the date, and its month parser a dangling "of" ("until
 * November of last year"). The span should cover the date words only, and a
 * trailing comma would stop chrono from merging "Friday to Sunday".
 */
const LEAD = /^\s*(?:[,(\uff08]\s*)?(?:(?:on|at)\s+)?/i;
const TRAIL = /(?:\s+of|[\s,)\uff09])+$/i;

export class SpanTrimRefiner implements Refiner {
  refine(_context: unknown, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const lead = LEAD.exec(r.text)?.[0].length ?? 0;
      const trail = TRAIL.exec(r.text)?.[0].length ?? 0;
      if (lead === 0 && trail === 0) continue;
      if (lead + trail >= r.text.length) continue;
      r.index += lead;
      r.text = r.text.slice(lead, r.text.length - trail);
    }
    return results;
  }
}
