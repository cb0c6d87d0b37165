/**
 * The numbers core: runs every parser over one segment of text (a sentence),
 * then the refiners in order. Pure and synchronous; the shared global regexes
 * are reset before each use.
 */
import type { AnnotationInput } from '../../core/layers.js';
import type { Blocked, NonQuantityParser, QuantityParser, Refiner } from './parser.js';
import { ageParser } from './parsers/age-parser.js';
import { countParser } from './parsers/count-parser.js';
import { dateBlocker } from './parsers/date-blocker.js';
import { distanceParser } from './parsers/distance-parser.js';
import { durationParser } from './parsers/duration-parser.js';
import { identifierBlocker } from './parsers/identifier-blocker.js';
import { measureBlocker } from './parsers/measure-blocker.js';
import { moneyParser } from './parsers/money-parser.js';
import { ordinalParser } from './parsers/ordinal-parser.js';
import { percentParser } from './parsers/percent-parser.js';
import { phoneBlocker } from './parsers/phone-blocker.js';
import { rangeParser } from './parsers/range-parser.js';
import { scoreBlocker } from './parsers/score-blocker.js';
import { timeBlocker } from './parsers/time-blocker.js';
import { vagueParser } from './parsers/vague-parser.js';
import { yearParser } from './parsers/year-parser.js';
import type { Reading } from './reading.js';
import { toAnnotation } from './reading.js';
import { approxRefiner } from './refiners/approx-refiner.js';
import { blockRefiner } from './refiners/block-refiner.js';
import { countedRefiner } from './refiners/counted-refiner.js';
import { loneOneRefiner } from './refiners/lone-one-refiner.js';
import { overlapRefiner } from './refiners/overlap-refiner.js';
import { parentheticalRefiner } from './refiners/parenthetical-refiner.js';
import { relativePlaceRefiner } from './refiners/relative-place-refiner.js';

/** Parsers that find every bare number, vague amount and ordinal on their own. */
export const numberParsers: readonly QuantityParser[] = [countParser, vagueParser, ordinalParser];

/** Parsers that read numbers with a unit or a cue: in text without digits, only where a number parser's pattern matched. */
export const contextParsers: readonly QuantityParser[] = [
  rangeParser,
  yearParser,
  ageParser,
  percentParser,
  moneyParser,
  distanceParser,
  durationParser,
];

export const nonQuantityParsers: readonly NonQuantityParser[] = [
  dateBlocker,
  timeBlocker,
  identifierBlocker,
  scoreBlocker,
  phoneBlocker,
  measureBlocker,
];

/** Order matters: blocked spans go first, one reading per stretch, then brackets, qualifiers, places, counted nouns. */
export const refiners: readonly Refiner[] = [
  blockRefiner,
  overlapRefiner,
  parentheticalRefiner,
  approxRefiner,
  relativePlaceRefiner,
  countedRefiner,
  loneOneRefiner,
];

const DIGIT = /\d/;
/** "in their twenties": the one context parser match without a digit or a number word. */
const DECADE_WORD = /ties\b/i;

/** Runs one parser over a segment, adding its readings to `out`; says whether its pattern matched at all. */
function scan(p: QuantityParser, text: string, out: Reading[]): boolean {
  const re = p.pattern;
  re.lastIndex = 0;
  let matched = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    matched = true;
    const matchEnd = m.index + m[0].length;
    const r = p.extract(m, text);
    if (r) out.push(r);
    // A reading shorter than its match ("two" of "two and three") lets the rest be read again.
    if (r && r.end > m.index && r.end < matchEnd) re.lastIndex = r.end;
    else if (m[0].length === 0) re.lastIndex++;
  }
  return matched;
}

/** The readings of one parser over a segment, before refiners. */
export function runParser(p: QuantityParser, text: string): Reading[] {
  const out: Reading[] = [];
  scan(p, text, out);
  return out;
}

/** The spans of a segment that the non-quantity parsers claim. */
export function findBlocked(text: string, hasDigit: boolean): Blocked[] {
  const out: Blocked[] = [];
  for (const p of nonQuantityParsers) {
    if (p.needsDigit && !hasDigit) continue;
    const re = p.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!p.accept || p.accept(m, text)) out.push({ start: m.index, end: m.index + m[0].length, by: p.name });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}

/** Readings of one segment, in segment-relative offsets, after all refiners. */
function readQuantities(text: string): Reading[] {
  const hasDigit = DIGIT.test(text);
  let readings: Reading[] = [];
  let numbers = false;
  for (const p of numberParsers) numbers = scan(p, text, readings) || numbers;
  if (!hasDigit && !numbers && !DECADE_WORD.test(text)) return readings;
  for (const p of contextParsers) if (hasDigit || !p.needsDigit) scan(p, text, readings);
  if (readings.length === 0) return readings;
  const ctx = { text, blocked: findBlocked(text, hasDigit) };
  for (const refine of refiners) readings = refine(readings, ctx);
  return readings;
}

/** The quantities of `segment`, which starts at `offset` in the document text. */
export function parseQuantities(segment: string, offset = 0): AnnotationInput<'quantity'>[] {
  return readQuantities(segment).map((r) => toAnnotation(r, offset));
}
