/**
 * The store: where documents, their annotation layers and the records extracted
 * from them are kept. One interface, one test-suite (store-suite.ts), one
 * implementation per database dialect (SQLite now; PostgreSQL later).
 */
import type { Document } from '../core/document.js';
import type { Annotation, LayerName } from '../core/layers.js';
import type { DocumentRecord, EventRecord, ExtractRecord } from '../core/records.js';
import { stableId } from '../core/hash.js';
import type { InputFailure } from '../ingest/types.js';

/**
 * Layers that are cheap to recompute and too bulky to keep (a token row per
 * word would outweigh everything else in the database).
 */
export const TRANSIENT_LAYERS: readonly string[] = ['token'];

export class StoreError extends Error {
  override name = 'StoreError';
}

/**
 * Stored id of a document: derived from its source id and its content. The same
 * input ingested twice gets the same id; the same text arriving under another
 * name (a syndicated copy, a scraper mistake) is another document sharing the
 * text hash, so no source is lost and fusion can tell copies from corroboration.
 */
export function documentId(hash: string, sourceId: string): string {
  return stableId('doc', hash, sourceId);
}

export interface SaveInput {
  /** The document after the pipeline ran: its layers are stored, except TRANSIENT_LAYERS. */
  doc: Document;
  record: ExtractRecord;
  /** `{stage: version}` of the pipeline that made the record (Pipeline.versions()). */
  versions: Record<string, string>;
}

export type SaveOutcome = 'inserted' | 'unchanged';

export interface BatchOutcome {
  inserted: number;
  unchanged: number;
}

export type StoredLayers = { [L in LayerName]?: Annotation<L>[] };

export interface StoredDocument {
  /** `doc_` + 16 hex digits derived from the content hash and the source id (documentId). */
  id: string;
  /** The id the input gave it (file name, JSON Lines `id`). */
  sourceId: string;
  text: string;
  record: ExtractRecord;
  layers: StoredLayers;
  versions: Record<string, string>;
  ingestedAt: string;
}

export interface EventFilter {
  /** Inclusive lower bound on the event's date range: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  since?: string;
  /** Inclusive upper bound on the event's date range: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  until?: string;
  /** Exact types (`battle.clash`) or families (`battle` = every `battle.*`). */
  types?: readonly string[];
  near?: { lat: number; lon: number; km: number };
  /** Words to find in the event's evidence quotes; operators are not interpreted. */
  text?: string;
  /** Stored id or source id of the document the event comes from. */
  docId?: string;
  limit?: number;
  offset?: number;
}

export interface StoredEvent extends EventRecord {
  /** Stored id of the document the event was extracted from. */
  docId: string;
}

export interface DocumentHit {
  document: DocumentRecord;
  /** Stored id (`doc_…`); `document.id` is the id the record was written with. */
  id: string;
  /** A passage around the matched words, which are marked «like this». */
  snippet: string;
}

export interface StoredFailure {
  source: string;
  inputId: string;
  ruleId: string;
  reason: string;
  seenAt: string;
}

export interface StoreStats {
  documents: number;
  /** Distinct texts among the documents: fewer when copies arrived under several names. */
  distinctTexts: number;
  events: number;
  eventsByType: Record<string, number>;
  quotes: number;
  places: number;
  media: number;
  annotations: number;
  failures: number;
  /** Documents per outlet, for documents that name one. */
  outlets: Record<string, number>;
  firstPublished: string | null;
  lastPublished: string | null;
  /** Size of the database (for SQLite, of the file once the WAL is checkpointed). */
  dbBytes: number;
}

export interface Store {
  /** What `openStore` was given, resolved (an absolute file path for SQLite), so another process can open the same store. */
  readonly location: string;
  /** Stores one document and its record in one transaction; `unchanged` when this source with this content is already stored. */
  save(input: SaveInput): SaveOutcome;
  /** Like `save`, with all documents in one transaction. */
  saveBatch(inputs: readonly SaveInput[]): BatchOutcome;
  /** True when the input `sourceId` with text hash `hash` is stored (re-ingesting it would change nothing). */
  isStored(sourceId: string, hash: string): boolean;
  /** By stored id (`doc_…`) or by source id; for a source id stored several times, the latest. */
  getDocument(idOrSourceId: string): StoredDocument | null;
  /** Remembers an input that could not be read; cleared when the same source is later saved. */
  recordFailure(failure: InputFailure): void;
  listFailures(): StoredFailure[];
  stats(): StoreStats;
  /** Events matching every given criterion, ordered by date (undated last) then id. */
  queryEvents(filter?: EventFilter): StoredEvent[];
  /** Documents whose title or text contain all the words, best match first. */
  searchDocuments(text: string, limit?: number): DocumentHit[];
  close(): void;
}
