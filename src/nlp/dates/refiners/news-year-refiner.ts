import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, formatDay, monthBounds } from '../calendar.js';
import { dayOf, referenceDayOf } from '../components.js';
import { FUTURE_TAG, RELATIVE_TAG, taggedKind } from '../result-tags.js';

/**
 * A day or month written without a year ("November 1", "in June") takes the
 * year that puts it in the past of the reference, allowing a month ahead for
 * events already announced ("the November 8 election"): "on December 30" in a
 * January 2 report is the previous December. In a future clause it is the
 * first such date not yet over.
 */
const LOOKAHEAD_DAYS = 31;

export class NewsYearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = referenceDayOf(context);
    const refYear = Number(ref.slice(0, 4));
    for (const r of results) {
      const start = r.start;
      if (!start.isCertain('month') || start.isCertain('year') || r.tags().has(RELATIVE_TAG)) continue;
      if (r.end?.isCertain('year')) continue;
      const future = r.tags().has(FUTURE_TAG);
      // "since July 31" opens a period that has begun: never after the reference.
      const lookahead = taggedKind(r) === 'since' ? 0 : LOOKAHEAD_DAYS;
      const dayStated = start.isCertain('day');
      const month = start.get('month') ?? 1;
      const day = start.get('day') ?? 1;
      const boundsIn = (year: number) =>
        dayStated ? ([formatDay(year, month, day), formatDay(year, month, day)] as const) : monthBounds(year, month);
      const years = [refYear - 1, refYear, refYear + 1];
      const year = future
        ? (years.find((y) => boundsIn(y)[1] >= ref) ?? refYear + 1)
        : (years.findLast((y) => boundsIn(y)[0] <= addDays(ref, lookahead)) ?? refYear - 1);
      start.imply('year', year);
      if (r.end && r.end.isCertain('month')) {
        r.end.imply('year', year);
        if (dayOf(r.end) < dayOf(start)) r.end.imply('year', year + 1);
      }
    }
    return results;
  }
}
