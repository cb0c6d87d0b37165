/** The store's fixed statements, prepared once per connection. */
import type Database from 'better-sqlite3';

const perDoc = (table: string) => `SELECT record FROM ${table} WHERE doc = ? ORDER BY seq`;

const SQL = {
  isStored: 'SELECT 1 FROM documents WHERE source_id = ? AND hash = ?',
  insertDocument: `INSERT INTO documents
    (id, source_id, hash, title, url, published, outlet, source, lang, chars, text, record, versions, ingested_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  insertAnnotation: 'INSERT INTO annotations (doc, layer, seq, "start", "end", stage, version, attrs) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  insertEvent: `INSERT INTO events
    (doc, seq, id, type, date, time_start, time_end, lat, lon, modality, background, fatalities_low, fatalities_best, fatalities_high, record)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  insertQuote: 'INSERT INTO quotes (doc, seq, id, speaker, direct, "start", "end", record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  insertPlace: 'INSERT INTO places (doc, seq, name, canonical, lat, lon, record) VALUES (?, ?, ?, ?, ?, ?, ?)',
  insertActor: 'INSERT INTO actors (doc, seq, name, canonical, side, record) VALUES (?, ?, ?, ?, ?, ?)',
  insertFigure: 'INSERT INTO figures (doc, seq, record) VALUES (?, ?, ?)',
  insertMedia: 'INSERT INTO media (doc, seq, id, kind, "start", "end", origin, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  insertMessage: 'INSERT INTO messages (doc, seq, rule_id, severity, stage, reason, "start", "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  // An exact stored id wins over a source id; among documents sharing a source id, the latest.
  findDocument: `SELECT pk, id, source_id, text, record, versions, ingested_at FROM documents
    WHERE id = ? OR source_id = ? ORDER BY id = ? DESC, pk DESC LIMIT 1`,
  docAnnotations: 'SELECT layer, "start", "end", stage, version, attrs FROM annotations WHERE doc = ? ORDER BY layer, seq',
  docEvents: perDoc('events'),
  docQuotes: perDoc('quotes'),
  docPlaces: perDoc('places'),
  docActors: perDoc('actors'),
  docFigures: perDoc('figures'),
  docMedia: perDoc('media'),
  docMessages: 'SELECT reason, rule_id AS ruleId, stage, severity, "start", "end" FROM messages WHERE doc = ? ORDER BY seq',
  recordFailure: `INSERT INTO ingest_failures (source, rule_id, input_id, reason, seen_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (source, rule_id) DO UPDATE SET input_id = excluded.input_id, reason = excluded.reason, seen_at = excluded.seen_at`,
  clearFailures: 'DELETE FROM ingest_failures WHERE source = ?',
  listFailures: 'SELECT source, input_id AS inputId, rule_id AS ruleId, reason, seen_at AS seenAt FROM ingest_failures ORDER BY source, rule_id',
  searchDocuments: `SELECT d.id, d.record, snippet(documents_fts, -1, '«', '»', '…', 16) AS snippet
    FROM documents_fts JOIN documents d ON d.pk = documents_fts.rowid
    WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts, 5.0, 1.0) LIMIT ?`,
};

/** These return the one column they select (the record JSON) instead of a row object. */
const PLUCKED = new Set(['docEvents', 'docQuotes', 'docPlaces', 'docActors', 'docFigures', 'docMedia']);

export type Statements = Record<keyof typeof SQL, Database.Statement>;

export function statements(db: Database.Database): Statements {
  return Object.fromEntries(
    Object.entries(SQL).map(([name, sql]) => {
      const statement = db.prepare(sql);
      return [name, PLUCKED.has(name) ? statement.pluck() : statement];
    }),
  ) as Statements;
}
