/**
 * Ages: "a 12-year-old boy", "aged 15", "aged between 15 and 17", "as young as 9",
 * "nine and older", "under the age of 18", "in his 30s", and the apposition
 * "Emad Hassan, 33, a former policeman".
 */
import type { Amount } from '../numerals.js';
import { amountBefore, amountThenGap, NUM_SRC, RANGE_SRC, readAmount } from '../numerals.js';
import type { Approx } from '../layers.js';
import type { QuantityParser } from '../parser.js';
import type { Reading } from '../reading.js';
import { reading } from '../reading.js';
import { wordBefore, wordBeforeStart } from '../text-context.js';
import { personBefore } from '../person-before.js';

const UNIT: Readonly<Record<string, string>> = { year: 'years', month: 'months', week: 'weeks', day: 'days' };
const DECADES: Readonly<Record<string, number>> = {
  twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
};
const PART: Readonly<Record<string, [number, number]>> = { early: [0, 3], mid: [4, 6], late: [7, 9] };
const OPEN_END: Readonly<Record<string, Approx>> = {
  older: 'at-least', over: 'at-least', above: 'at-least', up: 'at-least', younger: 'at-most', under: 'at-most', below: 'at-most',
};
const THE_AGE_OF: Readonly<Record<string, Approx>> = {
  at: 'exact', under: 'less-than', below: 'less-than', over: 'more-than', above: 'more-than',
};

/** Each alternative starts with a literal, so the pattern scans fast; amounts before a keyword are looked back for. */
const SRC = [
  `[\\s-](year|month|week|day)s?(?:\\s+|-)olds?\\b`,
  `\\bage[ds]?\\s+(${RANGE_SRC}|${NUM_SRC})(?!\\s*(?:%|per))`,
  `\\bthe\\s+age\\s+of\\s+(${NUM_SRC})`,
  `\\bas\\s+(young|old)\\s+as\\s+(${NUM_SRC})`,
  `\\s(?:years?\\s+)?(?:and|or)\\s+(older|over|above|up|younger|under|below)\\b`,
  `\\b(?:his|her|their)\\s+(?:(early|mid|late)[-\\s]?)?(?:(\\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b`,
  `,\\s(\\d{1,3})(?=,|;|\\)|\\s+and\\s|\\.(?!\\d))`,
].join('|');

const NUM_THEN_GAP = amountThenGap('(?:\\s+|-)', NUM_SRC);
const NUM_THEN_SPACE = amountThenGap('\\s', NUM_SRC);

function age(start: number, end: number, amount: Amount | null, unit = 'years'): Reading | null {
  if (!amount || (amount.value ?? amount.high ?? 0) > 120) return null;
  return reading(start, end, 'age', amount, unit);
}

function ageBefore(re: RegExp, text: string, keyword: number, end: number, unit?: string): Reading | null {
  const found = amountBefore(re, text, keyword);
  return found && age(found.start, end, found.amount, unit);
}

export const ageParser: QuantityParser = {
  name: 'age',
  pattern: new RegExp(SRC, 'gi'),
  needsDigit: false,
  extract(m, text) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) return ageBefore(NUM_THEN_GAP, text, start + 1, end, UNIT[m[1].toLowerCase()]);
    if (m[2] !== undefined) return age(start, end, readAmount(m[2]));
    if (m[3] !== undefined) {
      const cue = THE_AGE_OF[wordBefore(text, start)];
      const r = cue ? age(wordBeforeStart(text, start), end, readAmount(m[3])) : null;
      if (r && cue) r.approx = cue;
      return r;
    }
    if (m[5] !== undefined) {
      const r = age(start, end, readAmount(m[5]));
      if (r) r.approx = (m[4] ?? '').toLowerCase() === 'young' ? 'at-least' : 'at-most';
      return r;
    }
    if (m[6] !== undefined) {
      const r = ageBefore(NUM_THEN_SPACE, text, start + 1, end);
      if (r) r.approx = OPEN_END[m[6].toLowerCase()] ?? 'exact';
      return r;
    }
    if (m[8] !== undefined || m[9] !== undefined) {
      const decade = m[8] !== undefined ? Number(m[8]) * 10 : DECADES[(m[9] ?? '').toLowerCase()] ?? 0;
      const [from, to] = PART[(m[7] ?? '').toLowerCase()] ?? [0, 9];
      const words = m[9] !== undefined;
      return reading(start, end, 'age', { value: null, low: decade + from, high: decade + to, words, vague: false }, 'years');
    }
    const years = m[10];
    if (years === undefined) return null;
    const person = personBefore(text, start);
    const n = Number(years);
    if (!person || n < 1 || n > 110) return null;
    const numberStart = end - years.length;
    const r = reading(numberStart, end, 'age', { value: n, low: null, high: null, words: false, vague: false }, 'years');
    r.counted = person;
    return r;
  },
};
