/**
 * Regex sources that parsers compose, and the readers that turn what they
 * matched into numbers: digits ("40,000", "18.6", "2.5bn"), words ("three
 * million"), ranges ("3000-5000", "between 20 and 30") and vague amounts.
 */
import { parseWordNumber, WORD_NUMBER_SRC } from './number-words.js';
import { cleanBefore, isWordChar, wordBefore } from './text-context.js';
import { VAGUE_SRC, vagueFigure } from './vague-amounts.js';

export const DIGITS_SRC = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
export const SCALE_SRC = String.raw`(?:\s?(?:million|billion|trillion|mln|bln|bn|tn|crore|lakh)\b|\s(?:thousand|hundred)\b)`;
/** One number, in digits (with an optional scale word) or in words. */
export const NUM_SRC = `(?:${DIGITS_SRC}${SCALE_SRC}?|${WORD_NUMBER_SRC})`;
export const RANGE_SRC =
  `(?:\\b(?:between\\s+${NUM_SRC}\\s+and|from\\s+${NUM_SRC}\\s+to)\\s+${NUM_SRC}` +
  `|${NUM_SRC}(?:\\s*[-–—]\\s*|\\s+(?:to|or)\\s+)${NUM_SRC})`;
/** What may stand before a unit: a range, a number, or a vague amount ("several hundred", "dozens of"). */
export const AMOUNT_SRC = `(?:${RANGE_SRC}|${NUM_SRC}|${VAGUE_SRC}(?:\\s+of)?)`;

const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['mln', 1e6], ['billion', 1e9], ['bln', 1e9],
  ['bn', 1e9], ['trillion', 1e12], ['tn', 1e12], ['crore', 1e7], ['lakh', 1e5],
]);

const DIGITS_Y = new RegExp(DIGITS_SRC, 'y');
const SCALE_Y = new RegExp(SCALE_SRC, 'iy');
const WORDS_Y = new RegExp(WORD_NUMBER_SRC, 'iy');
const FRAME = /^(between|from)\s+/i;
const CONNECT_Y = /\s*[-–—]\s*|\s+(?:to|or|and)\s+/iy;

export interface Numeral {
  value: number;
  end: number;
  words: boolean;
  /** The scale word's factor ("million" is 1e6), 1 when none. */
  scale: number;
}

export interface Amount {
  /** The single number stated; null for ranges and vague amounts. */
  value: number | null;
  low: number | null;
  high: number | null;
  words: boolean;
  vague: boolean;
}

/** Products like 18.6 * 1e6 carry float noise; twelve significant digits is more than any report states. */
export function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

/** Reads one number starting exactly at `i`. */
export function readNumberAt(s: string, i: number): Numeral | null {
  DIGITS_Y.lastIndex = i;
  const d = DIGITS_Y.exec(s);
  if (d) {
    let end = i + d[0].length;
    let value = Number(d[0].replace(/,/g, ''));
    let scale = 1;
    SCALE_Y.lastIndex = end;
    const sc = SCALE_Y.exec(s);
    if (sc) {
      scale = SCALES.get(sc[0].trim().toLowerCase()) ?? 1;
      value = tidy(value * scale);
      end += sc[0].length;
    }
    return { value, end, words: false, scale };
  }
  WORDS_Y.lastIndex = i;
  const w = WORDS_Y.exec(s);
  if (!w) return null;
  const parsed = parseWordNumber(w[0]);
  return parsed && { value: parsed.value, end: i + parsed.end, words: true, scale: parsed.scale };
}

/** Interprets a whole matched amount: one number, a range, or a vague amount; null when it is none of them. */
export function readAmount(s: string): Amount | null {
  const framed = FRAME.exec(s);
  const a = readNumberAt(s, framed ? framed[0].length : 0);
  if (!a) {
    const figure = vagueFigure(s);
    return figure === undefined ? null : { value: null, low: figure, high: null, words: true, vague: true };
  }
  if (a.end === s.length) return framed ? null : { value: a.value, low: null, high: null, words: a.words, vague: false };
  CONNECT_Y.lastIndex = a.end;
  const c = CONNECT_Y.exec(s);
  if (!c) return null;
  const conn = c[0].trim().toLowerCase();
  const wanted = framed ? (framed[1]?.toLowerCase() === 'between' ? 'and' : 'to') : null;
  if (wanted ? conn !== wanted : conn === 'and') return null;
  const b = readNumberAt(s, a.end + c[0].length);
  if (!b || b.end !== s.length) return null;
  // "2-3 million": the scale written once applies to both ends.
  const low = a.scale === 1 && b.scale > 1 && a.value < b.value / b.scale ? tidy(a.value * b.scale) : a.value;
  if (!(low < b.value)) return null;
  return { value: null, low, high: b.value, words: a.words || b.words, vague: false };
}

/** How far back a unit looks for its amount; no amount phrase is longer. */
const LOOKBACK = 60;

/** A regex that finds an amount ending where a unit starts, with `gap` (a regex source) between them. */
export function amountThenGap(gap: string, amount = AMOUNT_SRC): RegExp {
  return new RegExp(`(${amount})${gap}$`, 'i');
}

/**
 * The amount right before `end` (where a unit word starts), read with a regex
 * from `amountThenGap`: units are rare, so parsers find them first and look back.
 */
export function amountBefore(re: RegExp, text: string, end: number): { start: number; amount: Amount } | null {
  if (!endsLikeAmount(text, end)) return null;
  const from = Math.max(0, end - LOOKBACK);
  const m = re.exec(text.slice(from, end));
  const amountText = m?.[1];
  if (!m || amountText === undefined) return null;
  const start = from + m.index;
  if ((m.index === 0 && from > 0 && isWordChar(text[from - 1])) || !cleanBefore(text, start)) return null;
  if (isChange(text, start, amountText)) return null;
  const amount = readAmount(amountText);
  return amount && { start, amount };
}

/** Words an amount can end with; anything else before a unit ("last year", "the days") spares the regex. */
const AMOUNT_LAST_WORDS = new Set(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
    'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million ' +
    'billion trillion dozen dozens hundreds thousands millions billions several few handful couple of many numerous ' +
    'countless mln bln bn tn crore lakh'
  ).split(' '),
);

function endsLikeAmount(text: string, end: number): boolean {
  let j = end;
  while (j > 0 && /[\s-]/.test(text[j - 1] ?? '')) j--;
  const c = text[j - 1];
  if (c !== undefined && c >= '0' && c <= '9') return true;
  const word = wordBefore(text, j);
  return AMOUNT_LAST_WORDS.has(word.slice(word.lastIndexOf('-') + 1));
}

/** "rose from 5 to 7": a change between two values, not a range. */
const CHANGE_VERB =
  /^(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|increased?|increases|increasing|decreased?|decreasing|cut|cuts|raised?|raising|lowered?|lowering|dropped|drop|dropping|climbed?|climbing|jumped?|jumping|grew|grow|growing|grown|declined?|declining|slipped|revised|went|gone|up|down|changed?|moved?|narrowed|widened|doubled|tripled|halved|reduced?|expanded?|boosted|trimmed|slashed|soared|surged|plunged|tumbled|edged|eased)$/;
const TO_RANGE = /^(?:from\s|\S+\s+to\s)/i;

/** True when the amount at `start` reads "from X to Y" or "X to Y" after a verb of change. */
export function isChange(text: string, start: number, amountText: string): boolean {
  return TO_RANGE.test(amountText) && CHANGE_VERB.test(wordBefore(text, start));
}
