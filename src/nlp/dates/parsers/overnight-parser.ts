import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { componentsAt, referenceDayOf } from '../components.js';
import { OVERNIGHT_TAG, RELATIVE_TAG, tagKind, tagPrecision } from '../result-tags.js';
import { startsMidWord } from './word-start.js';

/**
 * "overnight" as an adverb ("were killed overnight in Aleppo"): the night that
 * ran into the reference day. As an adjective it is no date ("overnight
 * rates", "an overnight stay"), so it must be followed by punctuation or a
 * function word, and not follow an article or possessive.
 */
const PATTERN =
  /\bovernight(?=\s*(?:$|[,.;:!?)\]\u2014\u2013"\u201d]|(?:on|in|at|to|from|into|and|but|as|when|while|after|before|near|with|by|across|around|outside|inside|against|that|said|says|the|a|an|amid|despite|for|of|until|till|through)\b))/i;

const ADJECTIVE_BEFORE = /\b(?:a|an|the|its|his|her|their|our|this|that)\s+$/i;

export class OvernightParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const at = match.index ?? 0;
    if (startsMidWord(context.text, at)) return null;
    if (ADJECTIVE_BEFORE.test(context.text.slice(Math.max(0, at - 8), at))) return null;
    const result = context.createParsingResult(at, match[0], componentsAt(context, referenceDayOf(context)));
    result.addTag(RELATIVE_TAG);
    result.addTag(OVERNIGHT_TAG);
    tagKind(result, 'part-of-day');
    tagPrecision(result, 'day');
    return result;
  }
}
