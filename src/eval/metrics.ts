import { PLACE_RADII_KM, type LayerCounts, type Ratio } from './counts.js';
import { EVENT_FIELDS } from './event-fields.js';

/**
 * The named rates of an evaluation, all "higher is better" so that `--min`
 * thresholds can ratchet them. null when undefined (nothing to divide by).
 */
export const METRIC_NAMES = [
  'events.precision',
  'events.recall',
  'events.f1',
  ...EVENT_FIELDS.map((f) => `events.${f}` as const),
  'quotes.precision',
  'quotes.recall',
  'quotes.f1',
  'quotes.speaker',
  'places.precision',
  'places.recall',
  'places.f1',
  ...PLACE_RADII_KM.map((r) => `places.resolved${r}` as const),
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];
export type Metrics = Record<MetricName, number | null>;

export interface Distances {
  meanKm: number | null;
  medianKm: number | null;
}

export function metricsOf(c: LayerCounts): Metrics {
  const e = c.events;
  const q = c.quotes;
  const p = c.places;
  const events = prf(e.matched, e.system - e.acceptable, e.matched, e.key);
  const quotes = prf(q.matched, q.system, q.found, q.gold);
  const places = prf(p.matched, p.system, p.found, p.gold);
  const metrics: Partial<Record<MetricName, number | null>> = {
    'events.precision': events.precision,
    'events.recall': events.recall,
    'events.f1': events.f1,
    'quotes.precision': quotes.precision,
    'quotes.recall': quotes.recall,
    'quotes.f1': quotes.f1,
    'quotes.speaker': rate(q.speaker),
    'places.precision': places.precision,
    'places.recall': places.recall,
    'places.f1': places.f1,
  };
  for (const f of EVENT_FIELDS) metrics[`events.${f}`] = rate(e.fields[f]);
  for (const r of PLACE_RADII_KM) metrics[`places.resolved${r}`] = rate({ correct: p.within[r], total: p.located });
  return metrics as Metrics;
}

export function distancesOf(c: LayerCounts): Distances {
  const errors = [...c.places.errorsKm].sort((a, b) => a - b);
  if (errors.length === 0) return { meanKm: null, medianKm: null };
  const mid = errors.length >> 1;
  const median = errors.length % 2 === 1 ? errors[mid] : ((errors[mid - 1] ?? 0) + (errors[mid] ?? 0)) / 2;
  return { meanKm: errors.reduce((a, b) => a + b, 0) / errors.length, medianKm: median ?? null };
}

export function rate(r: Ratio): number | null {
  return r.total === 0 ? null : r.correct / r.total;
}

/**
 * Precision and recall may count different things (system events matched vs
 * gold events found), so each takes its own numerator.
 */
function prf(systemRight: number, systemAll: number, goldFound: number, goldAll: number): { precision: number | null; recall: number | null; f1: number | null } {
  const precision = rate({ correct: systemRight, total: systemAll });
  const recall = rate({ correct: goldFound, total: goldAll });
  // Nothing extracted against a non-empty gold is an F1 of 0, not undefined.
  const f1 = recall === null ? null : precision === null || precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
