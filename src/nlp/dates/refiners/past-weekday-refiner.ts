import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, daysBetween, weekdayOf } from '../calendar.js';
import { dayOf, moveToDay, referenceDayOf } from '../components.js';
import { FUTURE_TAG, WEEKEND_TAG } from '../result-tags.js';

/**
 * Chrono puts a bare weekday on the nearest such day, so "Monday night" in a
 * Friday report lands on the coming Monday. News is past-biased: a weekday is
 * the latest such day on or before the reference, unless its clause reads as
 * future, when it is the first on or after it. "last"/"next"/"this" keep
 * chrono's reading.
 */
const MODIFIED = /\b(?:last|past|next|this)\b/i;

export class PastWeekdayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = referenceDayOf(context);
    for (const r of results) {
      const future = r.tags().has(FUTURE_TAG);
      if (r.tags().has(WEEKEND_TAG)) {
        if (future && r.end && dayOf(r.end) < ref) {
          moveToDay(r.start, addDays(dayOf(r.start), 7));
          moveToDay(r.end, addDays(dayOf(r.end), 7));
        }
        continue;
      }
      if (!r.start.isOnlyWeekdayComponent() || MODIFIED.test(r.text)) continue;
      const start = onWeekday(r.start, ref, future);
      moveToDay(r.start, start);
      if (r.end?.isOnlyWeekdayComponent()) {
        const end = onWeekday(r.end, start, true);
        moveToDay(r.end, end);
        if (!future && end > ref) {
          // "from Monday to Wednesday" said on a Tuesday: the whole run is past.
          const back = 7 * Math.ceil(daysBetween(ref, end) / 7);
          moveToDay(r.start, addDays(start, -back));
          moveToDay(r.end, addDays(end, -back));
        }
      }
    }
    return results;
  }
}

/** The latest day with the component's weekday on or before `anchor`, or the first on or after it. */
function onWeekday(c: ParsingComponents, anchor: string, forward: boolean): string {
  const target = c.get('weekday') ?? 0;
  const now = weekdayOf(anchor);
  return forward ? addDays(anchor, (target - now + 7) % 7) : addDays(anchor, -((now - target + 7) % 7));
}
