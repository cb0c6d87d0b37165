/**
 * Merges a conversion in brackets into the quantity it restates:
 * "30 kilometers (18.6 miles)" is one distance, "$100 (£70)" one sum. The
 * first figure is the one the writer stated; the bracket only widens the span.
 */
import type { Refiner } from '../parser.js';
import type { Reading } from '../reading.js';

const OPEN = /^\s*\(\s*(?:about|around|some|approximately|roughly|nearly|almost|over|more\s+than|about\s+some)?\s*$/i;
const CLOSE = /^\s*\)/;
const MERGEABLE = new Set(['distance', 'money', 'percent', 'count']);

export const parentheticalRefiner: Refiner = (readings, { text }) => {
  const out: Reading[] = [];
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i];
    if (!r) continue;
    const next = readings[i + 1];
    if (next && next.kind === r.kind && MERGEABLE.has(r.kind) && OPEN.test(text.slice(r.end, next.start))) {
      const close = CLOSE.exec(text.slice(next.end, next.end + 4));
      if (close) {
        r.end = next.end + close[0].length;
        i++;
      }
    }
    out.push(r);
  }
  return out;
};
