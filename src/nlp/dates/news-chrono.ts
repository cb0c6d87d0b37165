/**
 * chrono-node's casual English, tuned for news: parsers that read durations
 * as dates are removed, ours for years and calendar periods are added, and
 * our refiners run around chrono's own (filters first, so its merges see
 * clean spans; the news-bias refiners last, on final spans).
 */
import * as chrono from 'chrono-node';
import { OvernightParser } from './parsers/overnight-parser.js';
import { PastSpanParser } from './parsers/past-span-parser.js';
import { PeriodParser } from './parsers/period-parser.js';
import { WeekendParser } from './parsers/weekend-parser.js';
import { YearParser } from './parsers/year-parser.js';
import { AgoRefiner } from './refiners/ago-refiner.js';
import { BareTimeFilter } from './refiners/bare-time-filter.js';
import { BoundRefiner } from './refiners/bound-refiner.js';
import { NewsYearRefiner } from './refiners/news-year-refiner.js';
import { NonDateFilter } from './refiners/non-date-filter.js';
import { PastWeekdayRefiner } from './refiners/past-weekday-refiner.js';
import { PeriodModifierRefiner } from './refiners/period-modifier-refiner.js';
import { SpanTrimRefiner } from './refiners/span-trim-refiner.js';
import { TenseRefiner } from './refiners/tense-refiner.js';
import { ValidDateFilter } from './refiners/valid-date-filter.js';

/**
 * Chrono parsers we leave out, by class name: "for two years" and "within two
 * weeks" are durations; "two days later" counts from an unnamed event; "this
 * week"/"last month" and "end of this month" are ours (as ranges).
 */
export const DROPPED_PARSERS: readonly string[] = [
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENRelativeDateFormatParser',
  'ENEndOfCurrentMonthParser',
];

/**
 * Chrono refiners we leave out: time zones do not change the day or clock
 * time as written; forwardDate is never set; ENUnlikelyFormatFilter's rules
 * (a bare "may", a date that is the whole text) are covered by the
 * non-date filter, which keeps a one-line "Sept. 26, 2015".
 */
export const DROPPED_REFINERS: readonly string[] = [
  'ExtractTimezoneOffsetRefiner',
  'ExtractTimezoneAbbrRefiner',
  'ForwardDateRefiner',
  'ENUnlikelyFormatFilter',
];

/** Chrono's filter that drops all-digit results, years included; see valid-date-filter.ts. */
export const REPLACED_FILTER = 'UnlikelyFormatFilter';

export function createNewsChrono(): chrono.Chrono {
  const base = chrono.en.configuration.createCasualConfiguration(false);
  return new chrono.Chrono({
    parsers: [
      new YearParser(),
      new PeriodParser(),
      new WeekendParser(),
      new PastSpanParser(),
      new OvernightParser(),
      ...base.parsers.filter((p) => !DROPPED_PARSERS.includes(p.constructor.name)),
    ],
    refiners: [
      new NonDateFilter(),
      new SpanTrimRefiner(),
      ...base.refiners
        .filter((r) => !DROPPED_REFINERS.includes(r.constructor.name))
        .map((r) => (r.constructor.name === REPLACED_FILTER ? new ValidDateFilter() : r)),
      new BareTimeFilter(),
      new PeriodModifierRefiner(),
      new BoundRefiner(),
      new TenseRefiner(),
      new PastWeekdayRefiner(),
      new NewsYearRefiner(),
      new AgoRefiner(),
    ],
  });
}
