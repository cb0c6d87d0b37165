import type { Document } from '../core/document.js';
import { RECORD_FORMAT, type ExtractRecord, type MessageRecord } from '../core/records.js';
import type { InputFailure } from '../ingest/types.js';
import { actorRecords, outletRecords } from '../nlp/actors/actor-records.js';
import { eventRecords } from '../nlp/events/event-records.js';
import { placeRecords } from '../nlp/geocode/place-records.js';
import { figureRecords } from '../nlp/numbers/figure-records.js';
import { quoteRecords } from '../nlp/quotes/quote-records.js';
import { mediaRecords } from '../nlp/structure/media-records.js';
import { structureRecord } from '../nlp/structure/structure-record.js';
import { documentRecord } from './document-record.js';

/** The public record of one processed document (DESIGN.md §2, the `extract` contract). */
export function buildRecord(doc: Document): ExtractRecord {
  return {
    format: RECORD_FORMAT,
    document: documentRecord(doc),
    structure: structureRecord(doc),
    events: eventRecords(doc),
    quotes: quoteRecords(doc),
    places: placeRecords(doc),
    actors: actorRecords(doc),
    outlets: outletRecords(doc),
    figures: figureRecords(doc),
    media: mediaRecords(doc),
    messages: doc.messages.map((m): MessageRecord => ({ ...m })),
  };
}

/** A source that could not be read still yields a record, carrying its error. */
export function failureRecord(failure: InputFailure): ExtractRecord {
  return {
    format: RECORD_FORMAT,
    document: {
      id: failure.id,
      title: null,
      published: null,
      outlet: null,
      url: null,
      source: failure.source,
      hash: null,
      chars: 0,
    },
    structure: null,
    events: [],
    quotes: [],
    places: [],
    actors: [],
    outlets: [],
    figures: [],
    media: [],
    messages: [{ reason: failure.reason, ruleId: failure.ruleId, stage: 'ingest', severity: 'fatal', start: null, end: null }],
  };
}

export function isFailed(record: ExtractRecord): boolean {
  return record.messages.some((m) => m.severity === 'fatal');
}
