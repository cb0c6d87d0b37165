import type { Document } from '../core/document.js';
import type { DocumentRecord } from '../core/records.js';

export function documentRecord(doc: Document): DocumentRecord {
  const title = doc.layer('title')[0]?.quote ?? doc.meta.title;
  return {
    id: doc.id,
    title: title ?? null,
    published: doc.meta.published,
    outlet: doc.meta.outlet,
    url: doc.meta.url,
    source: doc.meta.source,
    hash: doc.hash,
    chars: doc.text.length,
  };
}
