import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { tagPrecision } from '../result-tags.js';
import { startsMidWord } from './word-start.js';

/**
 * A bare year is a date only behind a preposition or an early/mid/late
 * modifier ("in 2014", "since 2011", "mid-2015"); elsewhere four digits are
 * counts ("2000 troops"), resolutions ("Resolution 2254") or ranges
 * ("1500-2500"). The span covers the year alone: the bound refiner and the
 * period-modifier refiner claim "since" or "early" on their own.
 */
const PATTERN =
  /\b(?:(?:in|since|during|until|till|through|throughout|before|after|from)\s+(?:(?:early|mid|late)[\s-]+)?|(?:early|mid|late)[\s-]+)((?:19|20)\d\d)\b(?![%]|[-\u2013/.,]\d|\s*(?:percent|per\s?cent)\b)/i;

export class YearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const at = match.index ?? 0;
    if (startsMidWord(context.text, at)) return null;
    const digits = match[1]!;
    const index = at + match[0].length - digits.length;
    const result = context.createParsingResult(index, digits, { year: Number(digits) });
    // Month and day are placeholders for the year's start, never stated.
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    tagPrecision(result, 'year');
    return result;
  }
}
