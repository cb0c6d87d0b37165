import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { findGluedTimestamps } from '../glued-timestamp.js';

const WEEKDAY_NAME = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b/;
const MONTH_WORD =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/i;
const MONTH_NAME =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\b/;
/**
 * A month alone is a date after these ("in May", "since March", "mid-October");
 * "Theresa May" is not. "May" is also a surname, so it takes fewer of them.
 */
const BEFORE_BARE_MONTH =
  /\b(?:in|since|until|till|by|during|from|through|throughout|between|early|late|mid|of|before|after)[\s-]+$/i;
const BEFORE_BARE_MAY = /\b(?:in|since|until|till|during|from|between|early|late|mid)[\s-]+$/i;
/** "April and May", "from March to May": a second month after a first. */
const AFTER_MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:and|or|to|through|until|till)\s+$/i;
/** A time needs a clock mark; "at 5" or "at 10" in "killed at 10" are rarely times. */
const CLOCK = /\d:\d\d|\d\s*[ap]\.?m\b|o['\u2019]clock|\b(?:GMT|UTC)\b|\b(?:noon|midnight|midday)\b/i;
/** "the March 14 alliance", "the February 17 revolution": names built on a date. */
const NAMED_AFTER =
  /^\s+(?:alliance|movement|revolution|coalition|bloc|brigades?|battalion|bridge|street|square|stadium|university|hospital)\b/i;
/** "every Friday" recurs; it is no one day. */
const RECURRING_BEFORE = /\b(?:every|each)\s+$/i;
/** "a day before the vote" counts from the vote, not from the reference. */
const ANCHORED_BEFORE = /\bbefore$/i;

/**
 * Drops what chrono's casual English reads as a date but news text means
 * otherwise. Runs first, before chrono merges neighbours into one result.
 */
export class NonDateFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const glued = findGluedTimestamps(context.text);
    return results.filter(
      (r) => !glued.some((g) => r.index < g.end && g.start < r.index + r.text.length) && isDate(context.text, r),
    );
  }
}

/**
 * "03/04/2016" is a date; "24/7", "3/4" and "27.8-32.5 percent" are not, and
 * dotted or dashed day-month orders are too ambiguous in English news to guess.
 */
function isNumericDate(text: string, after: string, yearStated: boolean): boolean {
  return yearStated && !/[.-]/.test(text) && !/^(?:[./]?\d|\s*(?:%|percent\b))/.test(after);
}

function bareMonthIsDate(text: string, before: string): boolean {
  if (AFTER_MONTH.test(before)) return true;
  return (/^may\b/i.test(text) ? BEFORE_BARE_MAY : BEFORE_BARE_MONTH).test(before);
}

function isDate(text: string, r: ParsingResult): boolean {
  const tags = r.tags();
  // The rules look a few words either side; a bounded window keeps them linear in long texts.
  const after = text.slice(r.index + r.text.length, r.index + r.text.length + 40);
  const before = text.slice(Math.max(0, r.index - 40), r.index);
  if (r.start.isOnlyWeekdayComponent() && !WEEKDAY_NAME.test(r.text)) return false;
  if (RECURRING_BEFORE.test(before)) return false;
  if (MONTH_WORD.test(r.text) && !MONTH_NAME.test(r.text)) return false;
  const bareMonth = r.start.isCertain('month') && !r.start.isCertain('day') && !r.start.isCertain('year');
  if (bareMonth && MONTH_WORD.test(r.text) && !bareMonthIsDate(r.text, before)) return false;
  if (tags.has('parser/ENTimeExpressionParser') && r.start.isOnlyTime() && !CLOCK.test(r.text)) return false;
  if (tags.has('casualReference/now')) return false;
  if (tags.has('parser/SlashDateFormatParser') && !isNumericDate(r.text, after, r.start.isCertain('year'))) return false;
  if (tags.has('parser/ENCasualDateParser') && /^\p{Lu}/u.test(r.text) && /[\p{L}\p{N}]\s*$/u.test(before)) {
    return false; // "USA Today", "Russia Today"
  }
  if (tags.has('result/relativeDate') && ANCHORED_BEFORE.test(r.text) && /^\s*[\p{L}\p{N}]/u.test(after)) return false;
  if (r.start.isCertain('month') && NAMED_AFTER.test(after)) return false;
  return true;
}
