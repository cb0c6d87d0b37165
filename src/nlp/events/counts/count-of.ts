/**
 * A quantity as a toll. Exact numbers and "about N" give low = best = high
 * (coders record an approximate toll as stated); "at least 14" and "more
 * than 40" only a low; "nearly 150" and "up to 20" only a high; ranges both
 * ends; vague words their conventional low (numbers/vague-amounts.ts).
 */
import type { Annotation } from '../../../core/layers.js';
import type { Count } from '../../../core/records.js';

export function countOf(q: Annotation<'quantity'>): Count {
  const a = q.attrs;
  if (a.approx === 'about' && a.value !== null) return { low: a.value, best: a.value, high: a.value };
  if (a.kind === 'vague') return { low: a.low, best: null, high: null };
  return { low: a.low, best: a.value ?? (a.low !== null && a.low === a.high ? a.low : null), high: a.high };
}
