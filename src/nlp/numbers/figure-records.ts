import type { Document } from '../../core/document.js';
import { stableId } from '../../core/hash.js';
import type { FigureRecord } from '../../core/records.js';
import type { QuantityKind } from './layers.js';

/** Quantities that state how many or how far; ordinals, years and durations are not figures. */
const FIGURE_KINDS: ReadonlySet<QuantityKind> = new Set(['count', 'range', 'vague', 'percent', 'money', 'distance']);

export function figureRecords(doc: Document): FigureRecord[] {
  return doc
    .layer('quantity')
    .filter((q) => FIGURE_KINDS.has(q.attrs.kind))
    .map((q) => ({
      id: stableId('fg', doc.hash, q.start, q.end),
      kind: q.attrs.kind,
      value: q.attrs.value,
      low: q.attrs.low,
      high: q.attrs.high,
      approx: q.attrs.approx,
      unit: q.attrs.unit,
      counted: q.attrs.counted ? doc.span(q.attrs.counted.start, q.attrs.counted.end) : null,
      km: q.attrs.km,
      direction: q.attrs.direction,
      anchor: q.attrs.anchor ? doc.span(q.attrs.anchor.start, q.attrs.anchor.end) : null,
      evidence: { start: q.start, end: q.end, quote: q.quote },
    }));
}
