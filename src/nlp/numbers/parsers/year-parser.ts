/**
 * Years: "in 2014", "June 2014", "the 2003 invasion", "mid-2016", "2014-2016",
 * "2016-17", "between 2003 and 2011", "the 1990s". A four-digit number is a
 * year by its context; "2000 fighters" and "about 2000" stay counts.
 */
import type { QuantityParser } from '../parser.js';
import { reading } from '../reading.js';
import { cleanAfter, cleanBefore, looksPlural, wordAfter, wordBefore, wordBeforeStart } from '../text-context.js';

/** Words after which a four-digit number is a year whatever follows: "in 2014", "June 2014". */
const YEAR_CUES = new Set([
  'in', 'since', 'until', 'till', 'by', 'during', 'from', 'before', 'after', 'of', 'through', 'throughout', 'early',
  'mid', 'late', 'end', 'summer', 'spring', 'autumn', 'fall', 'winter', 'year', 'fiscal', 'between', 'pre', 'post',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Determiners: "the 2003 invasion" is a year, but so might "the 2000 fighters" be a count. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'last', 'next']);

/** Words before a number that make it an amount: "about 2000", "up to 2000", "at least 2000". */
const AMOUNT_CUES = new Set([
  'about', 'some', 'around', 'over', 'nearly', 'almost', 'approximately', 'roughly', 'than', 'least', 'to', 'estimated',
  'killed', 'killing', 'kill', 'kills', 'wounded', 'injured', 'displaced', 'deployed', 'sent', 'another', 'only', 'just',
]);

const FUNCTION_AFTER = new Set(['of', 'more', 'other', 'were', 'are', 'have', 'had', 'who']);

/** True when a plural noun follows, directly or after one modifier: "2000 troops", "2000 foreign fighters". */
function countedAfter(text: string, end: number): boolean {
  const next = wordAfter(text, end);
  if (FUNCTION_AFTER.has(next) || looksPlural(next)) return true;
  const second = /^\s+\S+\s+([A-Za-z'’-]+)/.exec(text.slice(end, end + 40))?.[1]?.toLowerCase() ?? '';
  return /^[a-z]/.test(next) && looksPlural(second);
}

function isYearContext(text: string, start: number, end: number, value: number): boolean {
  const before = wordBefore(text, start);
  if (YEAR_CUES.has(before)) return true;
  if (AMOUNT_CUES.has(before)) return false;
  const counted = countedAfter(text, end);
  // Years are rarely round hundreds; counts of people often are.
  if (DETERMINERS.has(before) || before.endsWith("'s") || before.endsWith('’s')) return !counted || value % 100 !== 0;
  return !counted;
}

/** Digits first (a word-first pattern scans slowly); "between"/"from" before a year range are looked back for. */
export const yearParser: QuantityParser = {
  name: 'year',
  pattern: /\b((?:1[89]|20)\d0)s\b|\b((?:1\d|20)\d\d)(?:(\s*[-–/]\s*|\s+(?:to|and)\s+)((?:1\d|20)\d\d|\d\d)\b)?/g,
  needsDigit: true,
  extract(m, text) {
    const glued = text[m.index - 1] === '-' && /^(?:mid|pre|post|early|late)$/.test(wordBefore(text, m.index - 1));
    if (!glued && !cleanBefore(text, m.index)) return null;
    const decade = m[1];
    const end = m.index + m[0].length;
    if (decade !== undefined) {
      if (!cleanAfter(text, end)) return null;
      return reading(m.index, end, 'year', { value: null, low: Number(decade), high: Number(decade) + 9, words: false, vague: false });
    }
    const first = m[2] ?? '';
    const low = Number(first);
    const frameWord = wordBefore(text, m.index);
    const frame = frameWord === 'between' || frameWord === 'from' ? frameWord : null;
    const conn = m[3]?.trim().toLowerCase();
    const second = m[4];
    let high: number | null = null;
    if (second !== undefined && conn !== undefined) {
      const h = second.length === 2 ? Math.floor(low / 100) * 100 + Number(second) : Number(second);
      const fits = frame === 'between' ? conn === 'and' : frame === 'from' ? conn === 'to' || conn === '-' : conn !== 'and';
      if (fits && h > low && h - low <= 100) high = h;
    }
    if (high === null) {
      const yearEnd = m.index + first.length;
      if (!cleanAfter(text, yearEnd) || (low < 1900 && !YEAR_CUES.has(frameWord))) return null;
      if (!glued && !isYearContext(text, m.index, yearEnd, low)) return null;
      return reading(m.index, yearEnd, 'year', { value: low, low: null, high: null, words: false, vague: false });
    }
    if (!cleanAfter(text, end) || (!frame && !glued && !isYearContext(text, m.index, end, low))) return null;
    const start = frame ? wordBeforeStart(text, m.index) : m.index;
    return reading(start, end, 'year', { value: null, low, high, words: false, vague: false });
  },
};
