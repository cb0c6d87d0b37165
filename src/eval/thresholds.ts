import { METRIC_NAMES, type MetricName, type Metrics } from './metrics.js';

export interface Threshold {
  metric: MetricName;
  min: number;
}

export interface ThresholdResult extends Threshold {
  value: number | null;
  ok: boolean;
}

const SPEC = /^\s*([a-z0-9.]+)\s*=\s*([0-9]*\.?[0-9]+)\s*$/i;

/** `events.recall=0.9`: a metric that must reach a rate between 0 and 1. */
export function parseThreshold(spec: string): { ok: true; threshold: Threshold } | { ok: false; reason: string } {
  const m = SPEC.exec(spec);
  if (!m) return { ok: false, reason: `--min expects METRIC=VALUE (e.g. events.recall=0.9), got '${spec}'` };
  const name = m[1] ?? '';
  const min = Number(m[2]);
  if (!(METRIC_NAMES as readonly string[]).includes(name)) {
    return { ok: false, reason: `--min: unknown metric '${name}'; known: ${METRIC_NAMES.join(', ')}` };
  }
  if (min > 1) return { ok: false, reason: `--min ${name}: rates run from 0 to 1, got ${m[2]}` };
  return { ok: true, threshold: { metric: name as MetricName, min } };
}

/** An undefined metric (no system output to take a precision of) fails its threshold. */
export function checkThresholds(metrics: Metrics, thresholds: readonly Threshold[]): ThresholdResult[] {
  return thresholds.map((t) => {
    const value = metrics[t.metric];
    return { ...t, value, ok: value !== null && value >= t.min };
  });
}
