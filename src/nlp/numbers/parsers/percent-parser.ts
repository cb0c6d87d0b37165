/** Percentages: "90%", "90 percent", "90 per cent", "20-30%", "ninety percent", "3.5 percentage points". */
import { amountBefore, amountThenGap } from '../numerals.js';
import type { QuantityParser } from '../parser.js';
import { reading } from '../reading.js';

const AMOUNT = amountThenGap('\\s?');

export const percentParser: QuantityParser = {
  name: 'percent',
  pattern: /%|\bper\s?cent\b|\bpct\b|\b(percentage\s+points?)\b/gi,
  needsDigit: false,
  extract(m, text) {
    const found = amountBefore(AMOUNT, text, m.index);
    return found && reading(found.start, m.index + m[0].length, 'percent', found.amount, m[1] ? 'pp' : '%');
  },
};
