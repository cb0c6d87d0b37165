import type { Document } from '../../core/document.js';
import { stableId } from '../../core/hash.js';
import type { ActorRecord, OutletRecord } from '../../core/records.js';
import type { Span } from '../../core/span.js';

function bare(a: Span): Span {
  return { start: a.start, end: a.end, quote: a.quote };
}

export function actorRecords(doc: Document): ActorRecord[] {
  return doc.layer('actor').map((a) => ({
    id: stableId('ac', doc.hash, a.start, a.end),
    name: a.quote,
    canonical: a.attrs.canonical,
    kind: a.attrs.kind,
    side: a.attrs.side,
    parent: a.attrs.parent,
    country: a.attrs.country,
    generic: a.attrs.generic,
    evidence: bare(a),
  }));
}

export function outletRecords(doc: Document): OutletRecord[] {
  return doc.layer('outlet').map((a) => ({
    id: stableId('ou', doc.hash, a.start, a.end),
    name: a.quote,
    canonical: a.attrs.canonical,
    kind: a.attrs.kind,
    evidence: bare(a),
  }));
}
