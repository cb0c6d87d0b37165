/** A date mention, or a timestamp or publication day, as the record's `time`. */
import type { Annotation } from '../../../core/layers.js';
import type { EventTime, TimeSource } from '../layers.js';

export function timeOfDate(date: Annotation<'date'>, source: TimeSource): EventTime {
  const a = date.attrs;
  const evidence = { start: date.start, end: date.end, quote: date.quote };
  if (a.kind === 'since' || a.kind === 'until') {
    return { date: null, start: a.start, end: a.end, precision: 'range', stated: date.quote, source, evidence };
  }
  const precision = a.precision === 'time' ? 'day' : a.precision;
  return {
    date: precision === 'day' ? a.value ?? a.start : null,
    start: a.start,
    end: a.end,
    precision,
    stated: date.quote,
    source,
    evidence,
  };
}

/**
 * A day known only from the entry's timestamp or the publication date: the
 * happening is dated to that day, stated as nothing, and the publication day
 * widens to the week before it, since a report tells of recent days.
 */
export function inferredTime(day: string, source: TimeSource): EventTime {
  if (source === 'entry') return { date: day, start: day, end: day, precision: 'day', stated: null, source, evidence: null };
  return { date: day, start: shiftDays(day, -6), end: day, precision: 'week', stated: null, source, evidence: null };
}

/** Background told without a date: only that it happened before the report. */
export function beforeTime(day: string): EventTime {
  return { date: null, start: null, end: day, precision: null, stated: null, source: 'publication', evidence: null };
}

export function shiftDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
