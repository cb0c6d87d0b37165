/** Ranges of counts: "3000-5000", "1500-2500", "between 20 and 30", "20 to 30", "two or three". */
import { isChange, RANGE_SRC, readAmount } from '../numerals.js';
import type { QuantityParser } from '../parser.js';
import { reading } from '../reading.js';
import { cleanAfter, cleanBefore } from '../text-context.js';

export const rangeParser: QuantityParser = {
  name: 'range',
  pattern: new RegExp(RANGE_SRC, 'gi'),
  needsDigit: false,
  extract(m, text) {
    const end = m.index + m[0].length;
    if (!cleanBefore(text, m.index) || !cleanAfter(text, end) || isChange(text, m.index, m[0])) return null;
    const amount = readAmount(m[0]);
    return amount && amount.low !== null ? reading(m.index, end, 'range', amount) : null;
  },
};
