import type { Document } from '../../core/document.js';
import type { Annotation } from '../../core/layers.js';
import { contains } from '../../core/span.js';
import { stableId } from '../../core/hash.js';
import type { FigureRecord } from '../../core/records.js';
import type { QuantityKind } from './layers.js';

/** Quantities that state how many or how far; ordinals, years and durations are not figures. */
const FIGURE_KINDS: ReadonlySet<QuantityKind> = new Set(['count', 'range', 'vague', 'percent', 'money', 'distance']);

export function figureRecords(doc: Document): FigureRecord[] {
  const attributions = doc.layer('attribution');
  return doc
    .layer('quantity')
    // "many" or "scores of" without a conventional figure says nothing countable.
    .filter((q) => FIGURE_KINDS.has(q.attrs.kind) && (q.attrs.value !== null || q.attrs.low !== null || q.attrs.high !== null))
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
      attribution: attributionOf(attributions, q),
      evidence: { start: q.start, end: q.end, quote: q.quote },
    }));
}

/** The innermost statement whose reported content holds the figure. */
function attributionOf(attributions: readonly Annotation<'attribution'>[], q: { start: number; end: number }): FigureRecord['attribution'] {
  let best: Annotation<'attribution'> | null = null;
  for (const a of attributions) {
    if (a.start > q.start) break;
    if (contains(a, q) && (best === null || a.end - a.start < best.end - best.start)) best = a;
  }
  if (best === null) return null;
  return { speaker: best.attrs.speaker?.name ?? null, via: best.attrs.via?.canonical ?? null };
}
