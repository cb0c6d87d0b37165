/** The Event records of a processed document: a projection of its `event` layer. */
import type { Document } from '../../core/document.js';
import type { EventRecord } from '../../core/records.js';
import './layers.js';

export function eventRecords(doc: Document): EventRecord[] {
  return doc.layer('event').map((e) => e.attrs);
}
