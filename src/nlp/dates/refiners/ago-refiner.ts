import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, addMonths } from '../calendar.js';
import { componentsAt, dayOf } from '../components.js';
import { tagKind, tagPrecision } from '../result-tags.js';

/**
 * "two weeks ago", "a day earlier", "three years before": chrono counts back
 * from the reference; this sets how precise the answer is. A count of weeks
 * is a week either side of its day, not that exact day, and "over two weeks
 * ago" lies between two and three weeks back.
 */
const COUNTED_BACK = /\b(ago|earlier|before)$/i;
const UNIT = /(second|minute|hour|day|week|fortnight|month|year|decade)s?\b/gi;
const AT_LEAST = /\b(?:over|more\s+than|upwards\s+of)\s+$/i;

export class AgoRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const back = COUNTED_BACK.exec(r.text);
      if (!back || !r.tags().has('result/relativeDate')) continue;
      tagKind(r, back[1]!.toLowerCase() === 'ago' ? 'duration-ago' : 'relative');
      const unit = [...r.text.matchAll(UNIT)].at(-1)?.[1]?.toLowerCase() ?? 'day';
      const day = dayOf(r.start);
      const atLeast = AT_LEAST.exec(context.text.slice(Math.max(0, r.index - 14), r.index));
      if (atLeast) {
        r.index -= atLeast[0].length;
        r.text = atLeast[0] + r.text;
        r.end = componentsAt(context, day).addTags(r.start.tags());
        r.start = componentsAt(context, oneUnitBack(day, unit)).addTags(r.start.tags());
        tagPrecision(r, 'range');
      } else if (unit === 'week' || unit === 'fortnight') {
        r.end = componentsAt(context, addDays(day, 3)).addTags(r.start.tags());
        r.start = componentsAt(context, addDays(day, -3)).addTags(r.start.tags());
        tagPrecision(r, 'week');
      } else if (unit === 'month' || unit === 'year' || unit === 'decade') {
        tagPrecision(r, unit === 'month' ? 'month' : 'year');
      } else {
        tagPrecision(r, 'day');
      }
    }
    return results;
  }
}

function oneUnitBack(day: string, unit: string): string {
  switch (unit) {
    case 'week':
      return addDays(day, -7);
    case 'fortnight':
      return addDays(day, -14);
    case 'month':
      return addMonths(day, -1);
    case 'year':
      return addMonths(day, -12);
    case 'decade':
      return addMonths(day, -120);
    default:
      return addDays(day, -1);
  }
}
