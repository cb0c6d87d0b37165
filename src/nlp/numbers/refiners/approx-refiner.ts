/**
 * Widens a reading over the words that qualify it and records how:
 * "some 150", "at least 14", "more than 70", "nearly 150", "up to 20",
 * "within 5 km", "20 or so", "50 or more".
 */
import type { Approx, QuantityKind } from '../layers.js';
import type { Refiner } from '../parser.js';
import { isWordChar } from '../text-context.js';

const PHRASES: ReadonlyArray<[Approx, string[]]> = [
  ['about', ['about', 'around', 'some', 'approximately', 'approx.', 'roughly', 'circa', 'c.', 'an estimated', 'estimated']],
  ['nearly', ['nearly', 'almost', 'close to']],
  ['more-than', ['more than', 'over', 'above', 'upwards of', 'in excess of', 'greater than', 'just over', 'well over', 'well above', 'more']],
  ['at-least', ['at least', 'a minimum of', 'no fewer than', 'no less than', 'not fewer than', 'not less than']],
  ['at-most', ['at most', 'a maximum of', 'no more than', 'not more than', 'within']],
  ['up-to', ['up to', 'as many as', 'as much as']],
  ['less-than', ['fewer than', 'less than', 'under', 'below', 'just under']],
];

const BY_PHRASE = new Map(PHRASES.flatMap(([approx, phrases]) => phrases.map((p) => [p, approx] as const)));
const escape = (s: string) => s.replace(/[.]/g, '\\.').replace(/ /g, '\\s+');
/** Anchored at the end of a short window before the number; the leftmost match is the longest phrase ("no more than", not "more than"). */
const PREFIX = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(${[...BY_PHRASE.keys()].map(escape).join('|')})\\s+$`,
  'iu',
);
const SUFFIX = /^\s+or\s+(so|more|fewer|less)\b/i;
const SUFFIX_APPROX: Readonly<Record<string, Approx>> = { so: 'about', more: 'at-least', fewer: 'at-most', less: 'at-most' };

/** Not ages: "information about 18-year-old shooter" is a preposition; age phrases carry their own qualifiers. */
const QUALIFIABLE = new Set<QuantityKind>(['count', 'range', 'percent', 'distance', 'money', 'duration']);

export const approxRefiner: Refiner = (readings, { text }) => {
  let floor = 0;
  for (const r of readings) {
    if (QUALIFIABLE.has(r.kind) && r.approx === 'exact') {
      const from = Math.max(floor, r.start - 24);
      const m = PREFIX.exec(text.slice(from, r.start));
      const phrase = m?.[1];
      const at = m && phrase !== undefined ? from + m.index + m[0].lastIndexOf(phrase) : -1;
      if (m && phrase !== undefined && !isWordChar(text[at - 1])) {
        r.approx = BY_PHRASE.get(phrase.toLowerCase().replace(/\s+/g, ' ')) ?? 'about';
        r.start = at;
      } else {
        const s = SUFFIX.exec(text.slice(r.end, r.end + 16));
        if (s && r.kind !== 'range') {
          r.approx = SUFFIX_APPROX[(s[1] ?? '').toLowerCase()] ?? 'about';
          r.end += s[0].length;
        }
      }
    }
    floor = r.end;
  }
  return readings;
};
