import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * A part of the day on its own ("the early morning advance", "at night") or a
 * bare "noon" ("noon prayers") names no day; with a day ("Monday night",
 * "this morning") or a preposition ("by noon") it does. Runs after chrono has
 * merged "Monday" with "night".
 */
const BARE_PART = /^(?:morning|afternoon|evening|night)$/i;
const BARE_HOUR = /^(?:noon|midnight|midday)$/i;
const BEFORE_HOUR = /\b(?:by|at|until|till|before|after|since|around|about|from|to|past|near)\s+$/i;

export class BareTimeFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (BARE_PART.test(r.text)) return false;
      return !BARE_HOUR.test(r.text) || BEFORE_HOUR.test(context.text.slice(Math.max(0, r.index - 12), r.index));
    });
  }
}
