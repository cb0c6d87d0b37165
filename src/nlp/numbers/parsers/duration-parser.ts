/** Durations: "two years", "2-year rule", "48 hours", "three-day", "several weeks", "a few months". */
import { amountBefore, amountThenGap } from '../numerals.js';
import type { QuantityParser } from '../parser.js';
import { reading } from '../reading.js';

const UNITS: ReadonlyMap<string, string> = new Map([
  ['second', 'seconds'], ['minute', 'minutes'], ['hour', 'hours'], ['day', 'days'], ['week', 'weeks'],
  ['month', 'months'], ['year', 'years'], ['decade', 'decades'], ['century', 'centuries'], ['centurie', 'centuries'],
]);

const AMOUNT = amountThenGap('(?:\\s+|-)');

export const durationParser: QuantityParser = {
  name: 'duration',
  pattern: /[\s-](seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)\b(?:-long\b)?/gi,
  needsDigit: false,
  extract(m, text) {
    const unit = UNITS.get((m[1] ?? '').toLowerCase().replace(/s$/, ''));
    const found = unit && amountBefore(AMOUNT, text, m.index + 1);
    return found ? reading(found.start, m.index + m[0].length, 'duration', found.amount, unit) : null;
  },
};
