/** Sports scores and vote tallies are not ranges or counts: "won 2-1", "a 1-2 home defeat", "drew 1-1", "a 58 to 42 vote". */
import type { NonQuantityParser } from '../parser.js';
import { looksPlural, wordAfter } from '../text-context.js';

const CUES =
  /\b(?:beat|beats|beaten|won|win|wins|winning|lost|lose|loses|losing|defeat(?:ed|s)?|drew|draw|drawn|victory|victories|score[sd]?|scoreline|goals?|match(?:es)?|half-?time|full-?time|trail(?:ed|ing|s)?|equali[sz]er|tie-?break|innings|wickets?|aggregate|penalt(?:y|ies)|shoot-?out|league|cup|semi-?finals?|quarter-?finals?|tournament|vote[sd]?|voting|ballot|rout(?:ed)?|thrash(?:ed)?|hammered|fixture|derby|striker|goalkeeper|record)\b/i;

export const scoreBlocker: NonQuantityParser = {
  name: 'score',
  pattern: /\b\d{1,3}(?:\s?[-–]\s?|\s+to\s+)\d{1,3}\b(?!\s*(?:%|percent|per\s?cent))/g,
  needsDigit: true,
  accept(m, text) {
    const end = m.index + m[0].length;
    if (looksPlural(wordAfter(text, end))) return false;
    return CUES.test(text.slice(Math.max(0, m.index - 60), end + 30));
  },
};
