/** The Store on one SQLite file (WAL: readers never wait for the writer; writers queue on busy_timeout). */
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Annotation, LayerName } from '../../core/layers.js';
import type { ExtractRecord, MessageRecord } from '../../core/records.js';
import type { InputFailure } from '../../ingest/types.js';
import { checkEventFilter } from '../event-filter.js';
import { haversineKm } from '../geo.js';
import {
  documentId,
  StoreError,
  TRANSIENT_LAYERS,
  type BatchOutcome,
  type DocumentHit,
  type EventFilter,
  type SaveInput,
  type SaveOutcome,
  type Store,
  type StoredDocument,
  type StoredEvent,
  type StoredFailure,
  type StoredLayers,
  type StoreStats,
} from '../store.js';
import { DISTANCE_FUNCTION, eventQuery } from './event-query.js';
import { ftsQuery } from './fts-query.js';
import { openSqliteDatabase, type OpenOptions } from './open-database.js';
import { actorRow, eventRow, mediaRow, messageRow, placeRow, quoteRow } from './rows.js';
import { statements, type Statements } from './statements.js';

interface DocumentRow {
  pk: number;
  id: string;
  source_id: string;
  text: string;
  record: string;
  versions: string;
  ingested_at: string;
}

export class SqliteStore implements Store {
  readonly location: string;
  readonly #db: Database.Database;
  readonly #sql: Statements;
  readonly #saveBatch: (inputs: readonly SaveInput[]) => BatchOutcome;

  /** Opens (creating or migrating) the file; throws StoreError naming the file when it is not a sitrep store. */
  constructor(file: string, options: Pick<OpenOptions, 'mustExist'> = {}) {
    this.location = path.resolve(file);
    this.#db = openSqliteDatabase(this.location, options);
    this.#db.function(DISTANCE_FUNCTION, { deterministic: true }, haversineKm);
    this.#sql = statements(this.#db);
    // IMMEDIATE: take the write lock before checking what is stored, so two writers cannot both insert one input.
    const tx = this.#db.transaction((inputs: readonly SaveInput[]) => {
      const outcome: BatchOutcome = { inserted: 0, unchanged: 0 };
      for (const input of inputs) outcome[this.#saveOne(input)]++;
      return outcome;
    });
    this.#saveBatch = (inputs) => tx.immediate(inputs);
  }

  save(input: SaveInput): SaveOutcome {
    return this.#saveBatch([input]).inserted === 1 ? 'inserted' : 'unchanged';
  }

  saveBatch(inputs: readonly SaveInput[]): BatchOutcome {
    return this.#saveBatch(inputs);
  }

  isStored(sourceId: string, hash: string): boolean {
    return this.#sql.isStored.get(sourceId, hash) !== undefined;
  }

  getDocument(idOrSourceId: string): StoredDocument | null {
    return this.#db.transaction(() => this.#load(idOrSourceId))();
  }

  recordFailure(f: InputFailure): void {
    this.#sql.recordFailure.run(f.source, f.ruleId, f.id, f.reason, new Date().toISOString());
  }

  listFailures(): StoredFailure[] {
    return this.#sql.listFailures.all() as StoredFailure[];
  }

  stats(): StoreStats {
    // One read transaction: every count comes from the same snapshot while a writer goes on.
    return this.#db.transaction(() => {
      const count = (table: string) => this.#db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      const byType = this.#db.prepare('SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY type').all() as Array<{ type: string; n: number }>;
      const docs = this.#db
        .prepare('SELECT count(*) AS n, count(DISTINCT hash) AS texts, min(published) AS first, max(published) AS last FROM documents')
        .get() as { n: number; texts: number; first: string | null; last: string | null };
      const outlets = this.#db
        .prepare('SELECT outlet, count(*) AS n FROM documents WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY outlet')
        .all() as Array<{ outlet: string; n: number }>;
      const pages = this.#db.pragma('page_count', { simple: true }) as number;
      const pageSize = this.#db.pragma('page_size', { simple: true }) as number;
      return {
        documents: docs.n,
        distinctTexts: docs.texts,
        events: byType.reduce((sum, r) => sum + r.n, 0),
        eventsByType: Object.fromEntries(byType.map((r) => [r.type, r.n])),
        quotes: count('quotes'),
        places: count('places'),
        media: count('media'),
        annotations: count('annotations'),
        failures: count('ingest_failures'),
        outlets: Object.fromEntries(outlets.map((r) => [r.outlet, r.n])),
        firstPublished: docs.first,
        lastPublished: docs.last,
        dbBytes: pages * pageSize,
      };
    })();
  }

  queryEvents(filter: EventFilter = {}): StoredEvent[] {
    const query = eventQuery(checkEventFilter(filter));
    if (query === null) return [];
    const rows = this.#db.prepare(query.sql).all(...query.params) as Array<{ docId: string; record: string }>;
    return rows.map((r) => ({ ...(JSON.parse(r.record) as StoredEvent), docId: r.docId }));
  }

  searchDocuments(text: string, limit = 20): DocumentHit[] {
    if (!Number.isInteger(limit) || limit < 1) throw new StoreError(`document search: limit ${limit} must be a whole number >= 1`);
    const match = ftsQuery(text);
    if (match === null) return [];
    const rows = this.#sql.searchDocuments.all(match, limit) as Array<{ id: string; record: string; snippet: string }>;
    return rows.map((r) => ({ id: r.id, document: (JSON.parse(r.record) as ExtractRecord).document, snippet: r.snippet }));
  }

  close(): void {
    this.#db.close();
  }

  #saveOne({ doc, record, versions }: SaveInput): SaveOutcome {
    if (record.document.hash !== doc.hash) {
      throw new StoreError(`record of document '${record.document.id}' does not belong to document '${doc.id}' (hashes differ)`);
    }
    const source = record.document.source ?? doc.meta.source;
    if (source !== null) this.#sql.clearFailures.run(source);
    if (this.isStored(doc.id, doc.hash)) return 'unchanged';
    const { events, quotes, places, actors, figures, media, messages, ...rest } = record;
    const d = record.document;
    const pk = Number(
      this.#sql.insertDocument.run(
        documentId(doc.hash, doc.id), doc.id, doc.hash, d.title, d.url, d.published, d.outlet, source, doc.meta.lang,
        doc.text.length, doc.text, JSON.stringify(rest), JSON.stringify(versions), new Date().toISOString(),
      ).lastInsertRowid,
    );
    for (const layer of doc.layerNames()) {
      if (TRANSIENT_LAYERS.includes(layer)) continue;
      doc.layer(layer as LayerName).forEach((a, i) => {
        this.#sql.insertAnnotation.run(pk, layer, i, a.start, a.end, a.stage, a.version, JSON.stringify(a.attrs));
      });
    }
    events.forEach((e, i) => this.#sql.insertEvent.run(pk, i, ...eventRow(e)));
    quotes.forEach((q, i) => this.#sql.insertQuote.run(pk, i, ...quoteRow(q)));
    places.forEach((p, i) => this.#sql.insertPlace.run(pk, i, ...placeRow(p)));
    actors.forEach((a, i) => this.#sql.insertActor.run(pk, i, ...actorRow(a)));
    figures.forEach((f, i) => this.#sql.insertFigure.run(pk, i, JSON.stringify(f)));
    media.forEach((m, i) => this.#sql.insertMedia.run(pk, i, ...mediaRow(m)));
    messages.forEach((m, i) => this.#sql.insertMessage.run(pk, i, ...messageRow(m)));
    return 'inserted';
  }

  #load(idOrSourceId: string): StoredDocument | null {
    const row = this.#sql.findDocument.get(idOrSourceId, idOrSourceId, idOrSourceId) as DocumentRow | undefined;
    if (!row) return null;
    const records = (stmt: Database.Statement) => (stmt.all(row.pk) as string[]).map((r) => JSON.parse(r) as unknown);
    const rest = JSON.parse(row.record) as Omit<ExtractRecord, 'events' | 'quotes' | 'places' | 'actors' | 'figures' | 'media' | 'messages'>;
    const record: ExtractRecord = {
      ...rest,
      events: records(this.#sql.docEvents) as ExtractRecord['events'],
      quotes: records(this.#sql.docQuotes) as ExtractRecord['quotes'],
      places: records(this.#sql.docPlaces) as ExtractRecord['places'],
      actors: records(this.#sql.docActors) as ExtractRecord['actors'],
      figures: records(this.#sql.docFigures) as ExtractRecord['figures'],
      media: records(this.#sql.docMedia) as ExtractRecord['media'],
      messages: this.#sql.docMessages.all(row.pk) as MessageRecord[],
    };
    return {
      id: row.id,
      sourceId: row.source_id,
      text: row.text,
      record,
      layers: this.#layers(row.pk, row.text),
      versions: JSON.parse(row.versions) as Record<string, string>,
      ingestedAt: row.ingested_at,
    };
  }

  #layers(pk: number, text: string): StoredLayers {
    const layers: Record<string, Annotation[]> = {};
    const rows = this.#sql.docAnnotations.all(pk) as Array<{ layer: string; start: number; end: number; stage: string; version: string; attrs: string }>;
    for (const r of rows) {
      const annotation = { start: r.start, end: r.end, quote: text.slice(r.start, r.end), stage: r.stage, version: r.version, attrs: JSON.parse(r.attrs) as never };
      (layers[r.layer] ??= []).push(annotation);
    }
    return layers as StoredLayers;
  }
}
