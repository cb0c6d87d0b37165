/**
 * Column values of each table for one record. The JSON in `record` is the
 * truth; the columns copy what queries filter on, so they never need to parse JSON.
 */
import type { EventRecord, MediaRecord, MessageRecord, QuoteRecord } from '../../core/records.js';

type Value = string | number | null;

export function eventRow(e: EventRecord): Value[] {
  const t = e.time;
  const start = t?.start ?? t?.date ?? null;
  return [
    e.id,
    e.type,
    t?.date ?? start,
    start,
    t?.end ?? t?.date ?? start,
    e.location?.lat ?? null,
    e.location?.lon ?? null,
    e.modality,
    e.background ? 1 : 0,
    e.fatalities.low,
    e.fatalities.best,
    e.fatalities.high,
    JSON.stringify(e),
  ];
}

export function quoteRow(q: QuoteRecord): Value[] {
  return [q.id, q.speaker?.name ?? null, q.direct ? 1 : 0, q.evidence.start, q.evidence.end, JSON.stringify(q)];
}

export function mediaRow(m: MediaRecord): Value[] {
  return [m.id, m.kind, m.evidence.start, m.evidence.end, m.origin, JSON.stringify(m)];
}

export function messageRow(m: MessageRecord): Value[] {
  return [m.ruleId, m.severity, m.stage, m.reason, m.start, m.end];
}

/** Places and actors have no fixed record type yet: take the fields when they are there. */
export function placeRow(p: unknown): Value[] {
  return [text(p, 'name'), text(p, 'canonical'), num(p, 'lat'), num(p, 'lon'), JSON.stringify(p)];
}

export function actorRow(a: unknown): Value[] {
  return [text(a, 'name'), text(a, 'canonical'), text(a, 'side'), JSON.stringify(a)];
}

function field(o: unknown, key: string): unknown {
  return typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[key] : undefined;
}

function text(o: unknown, key: string): string | null {
  const v = field(o, key);
  return typeof v === 'string' ? v : null;
}

function num(o: unknown, key: string): number | null {
  const v = field(o, key);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
