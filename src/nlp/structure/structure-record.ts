import type { Document } from '../../core/document.js';
import type { StructureRecord } from '../../core/records.js';
import type { Span } from '../../core/span.js';

function bare(a: Span): Span {
  return { start: a.start, end: a.end, quote: a.quote };
}

/** The structure layers in the public record; null when the structure stage did not run. */
export function structureRecord(doc: Document): StructureRecord | null {
  if (!doc.has('paragraph')) return null;
  return {
    title: doc.layer('title')[0] ? bare(doc.layer('title')[0]!) : null,
    timestamps: doc.layer('timestamp').map((a) => ({ ...bare(a), value: a.attrs.value })),
    bylines: doc.layer('byline').map((a) => ({ ...bare(a), agencies: a.attrs.agencies })),
    entries: doc.layer('entry').map((a) => ({
      ...bare(a),
      headline: a.attrs.headline ? doc.span(a.attrs.headline.start, a.attrs.headline.end) : null,
      timestamp: a.attrs.timestamp,
    })),
    paragraphs: doc.layer('paragraph').map((a) => ({ ...bare(a), role: a.attrs.role })),
    boilerplate: doc.layer('boilerplate').map((a) => ({ ...bare(a), kind: a.attrs.kind })),
    quoteMarks: doc.layer('quote-mark').map((a) => ({ ...bare(a), role: a.attrs.role, recovered: a.attrs.recovered })),
  };
}
