import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, addMonths } from '../calendar.js';
import { componentsAt, referenceDayOf } from '../components.js';
import { RELATIVE_TAG, tagKind, tagPrecision } from '../result-tags.js';
import { startsMidWord } from './word-start.js';

/**
 * "the past two weeks", "the last 24 hours", "the past few days": a span that
 * ends at the reference day. Unanchored durations ("for two years", "over two
 * years") say how long, not when, and are left alone.
 */
const PATTERN =
  /\bthe\s+(?:past|last)\s+(?:(\d{1,3}|a\s+few|few|several|a\s+couple\s+of|couple\s+of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(hours?|days?|weeks?|months?|years?|decades?)\b(?!-|\s+of\b)/i;

const WORDS: Record<string, number> = {
  'a few': 3,
  few: 3,
  several: 5,
  'a couple of': 2,
  'couple of': 2,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

export class PastSpanParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const at = match.index ?? 0;
    if (startsMidWord(context.text, at)) return null;
    const countText = match[1]?.toLowerCase().replace(/\s+/g, ' ');
    const count = countText === undefined ? 1 : (WORDS[countText] ?? Number(countText));
    const unit = match[2]!.toLowerCase().replace(/s$/, '');
    const ref = referenceDayOf(context);
    const result = context.createParsingResult(
      at,
      match[0],
      componentsAt(context, spanStart(ref, unit, count)),
      componentsAt(context, ref),
    );
    result.addTag(RELATIVE_TAG);
    tagKind(result, 'relative');
    tagPrecision(result, 'range');
    return result;
  }
}

function spanStart(ref: string, unit: string, count: number): string {
  switch (unit) {
    case 'hour':
      return addDays(ref, -Math.ceil(count / 24));
    case 'day':
      return addDays(ref, -count);
    case 'week':
      return addDays(ref, -7 * count);
    case 'month':
      return addMonths(ref, -count);
    case 'year':
      return addMonths(ref, -12 * count);
    default:
      return addMonths(ref, -120 * count);
  }
}
