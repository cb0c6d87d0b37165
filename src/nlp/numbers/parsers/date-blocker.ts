/**
 * Dates are not quantities: "November 1", "Nov. 1, 2016", "1 November", "1st of
 * November", "2016-11-01", "01/11/2016", "9/11", and the glued timestamp
 * "November 0112:32" of live blogs. "June 2014" is left to the year parser.
 */
import type { NonQuantityParser } from '../parser.js';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** Titlecase or capitals ("OCT. 3"); never lower case, where "may" and "march" are verbs. */
const MONTHS = `(?:${MONTH}|${MONTH.toUpperCase()})`;
const DAY = '\\d{1,2}(?:st|nd|rd|th)?(?!\\d)';

export const dateBlocker: NonQuantityParser = {
  name: 'date',
  pattern: new RegExp(
    [
      `\\b${MONTHS}\\s+(?:\\d{1,2}(?=\\d{1,2}:\\d\\d)|${DAY}(?:,?\\s+\\d{4}\\b)?)`,
      `\\b${DAY}\\s+(?:of\\s+)?${MONTHS}(?![a-z])(?:,?\\s+\\d{4}\\b)?`,
      '\\b\\d{4}-\\d\\d-\\d\\d\\b',
      '\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b',
      '\\b\\d{1,2}/\\d{1,2}\\b',
    ].join('|'),
    'g',
  ),
  needsDigit: true,
};
