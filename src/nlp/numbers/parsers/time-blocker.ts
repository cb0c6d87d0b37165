/** Clock times are not quantities: "12:32", "3 p.m.", "10am", "1500 GMT", "0800 local time", "at 1500 hours". */
import type { NonQuantityParser } from '../parser.js';
import { wordBefore } from '../text-context.js';

const CLOCK_PREPOSITIONS = new Set(['at', 'by', 'until', 'from', 'before', 'after', 'around', 'since']);

export const timeBlocker: NonQuantityParser = {
  name: 'time',
  pattern: new RegExp(
    [
      '\\d{1,2}:\\d\\d(?::\\d\\d)?(?:\\s?[ap]\\.?m\\.?)?',
      '\\b\\d{1,2}(?:\\.\\d\\d)?\\s?[ap]\\.?m\\b\\.?',
      '\\b\\d{4}(?:\\s?(?:GMT|UTC|Z|hrs|local\\s+time|IST|EST|EDT|CET|CEST|BST|PST|PDT|AST|MSK|EET|EEST|JST|KST)\\b|\\s+(hours?)\\b)',
      // Counts never start with a zero; "at 0800" is a clock time.
      '\\b0\\d[0-5]\\d\\b',
    ].join('|'),
    'gi',
  ),
  needsDigit: true,
  accept(m, text) {
    // "1500 hours" is a time only after a clock preposition: "after 1500 hours of talks" reads either way, "at 1500 hours" does not.
    return m[1] === undefined || CLOCK_PREPOSITIONS.has(wordBefore(text, m.index));
  },
};
