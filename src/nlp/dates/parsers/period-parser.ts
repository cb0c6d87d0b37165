import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import {
  addDays,
  addMonths,
  monthBounds,
  monthOf,
  weekBounds,
  yearBounds,
  yearOf,
  type Bounds,
} from '../calendar.js';
import { componentsAt, referenceDayOf } from '../components.js';
import { RELATIVE_TAG, tagKind, tagPrecision } from '../result-tags.js';
import { startsMidWord } from './word-start.js';

/**
 * "this week", "last month", "next year", "earlier this month", "later this
 * week": a calendar period counted from the reference day, returned as a
 * range. "the last week of October" is a part of October, not last week.
 */
const PATTERN = /\b(?:(earlier|later)\s+)?(this|last|next)\s+(week|month|year)\b(?!-|\s+of\b)/i;

type Unit = 'week' | 'month' | 'year';

export class PeriodParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const at = match.index ?? 0;
    if (startsMidWord(context.text, at)) return null;
    const part = match[1]?.toLowerCase();
    const which = match[2]!.toLowerCase();
    const unit = match[3]!.toLowerCase() as Unit;
    const ref = referenceDayOf(context);
    const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
    let [start, end] = periodAround(ref, unit, shift);
    if (part === 'earlier') end = ref;
    if (part === 'later') start = ref;
    const result = context.createParsingResult(
      at,
      match[0],
      componentsAt(context, start),
      componentsAt(context, end),
    );
    result.addTag(RELATIVE_TAG);
    tagKind(result, 'relative');
    tagPrecision(result, part ? 'range' : unit);
    return result;
  }
}

function periodAround(ref: string, unit: Unit, shift: number): Bounds {
  switch (unit) {
    case 'week':
      return weekBounds(addDays(ref, 7 * shift));
    case 'month': {
      const day = addMonths(ref, shift);
      return monthBounds(yearOf(day), monthOf(day));
    }
    case 'year':
      return yearBounds(yearOf(ref) + shift);
  }
}
