import type { Document } from '../../core/document.js';
import { stableId } from '../../core/hash.js';
import type { MediaRecord } from '../../core/records.js';

export function mediaRecords(doc: Document): MediaRecord[] {
  return doc.layer('media').map((a) => ({
    id: stableId('md', doc.hash, a.start, a.end),
    kind: a.attrs.kind,
    caption: a.attrs.caption ? doc.span(a.attrs.caption.start, a.attrs.caption.end) : null,
    credit: a.attrs.credit ? doc.text.slice(a.attrs.credit.start, a.attrs.credit.end) : null,
    origin: a.attrs.origin,
    author: a.attrs.author,
    agency: a.attrs.agency,
    evidence: { start: a.start, end: a.end, quote: a.quote },
  }));
}
