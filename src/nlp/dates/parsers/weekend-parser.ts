import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, weekdayOf } from '../calendar.js';
import { componentsAt, referenceDayOf } from '../components.js';
import { RELATIVE_TAG, WEEKEND_TAG, tagKind, tagPrecision } from '../result-tags.js';
import { startsMidWord } from './word-start.js';

/**
 * "over the weekend", "last weekend", "next weekend": Saturday to Sunday.
 * Unmodified, it is the latest weekend that has begun (news is past-biased);
 * the past-weekday refiner moves it forward in a future clause.
 */
const PATTERN = /\b(?:(this|last|next)|(?:over|at|during|on)\s+the|the)\s+(weekend)\b(?!-|\s+of\b)/i;

const SATURDAY = 6;

export class WeekendParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const at = match.index ?? 0;
    if (startsMidWord(context.text, at)) return null;
    const which = match[1]?.toLowerCase();
    const ref = referenceDayOf(context);
    const sinceSaturday = (weekdayOf(ref) - SATURDAY + 7) % 7;
    const latest = addDays(ref, -sinceSaturday);
    const inWeekend = sinceSaturday <= 1;
    let saturday = latest;
    if (which === 'last' && inWeekend) saturday = addDays(latest, -7);
    if (which === 'next') saturday = addDays(latest, 7);
    const index = which ? at : at + match[0].length - match[2]!.length;
    const result = context.createParsingResult(
      index,
      context.text.slice(index, at + match[0].length),
      componentsAt(context, saturday),
      componentsAt(context, addDays(saturday, 1)),
    );
    result.addTag(RELATIVE_TAG);
    if (which !== 'last' && which !== 'next') result.addTag(WEEKEND_TAG);
    tagKind(result, 'relative');
    tagPrecision(result, 'range');
    return result;
  }
}
