import { SITREP_APPLICATION_ID, type Migration } from '../migrate.js';

/**
 * Documents own everything else through an integer key (compact foreign keys,
 * stable FTS rowids). Each extracted record keeps its JSON in `record`, with
 * copies of the fields that queries filter on as columns; `seq` keeps the
 * order the record had in its document.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
PRAGMA application_id = ${SITREP_APPLICATION_ID};

CREATE TABLE documents (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source_id TEXT NOT NULL,
  hash TEXT NOT NULL,
  title TEXT,
  url TEXT,
  published TEXT,
  outlet TEXT,
  source TEXT,
  lang TEXT NOT NULL,
  chars INTEGER NOT NULL,
  text TEXT NOT NULL,
  record TEXT NOT NULL,
  versions TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  UNIQUE (source_id, hash)
);
CREATE INDEX documents_hash ON documents(hash);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_outlet ON documents(outlet);

CREATE TABLE annotations (
  doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  layer TEXT NOT NULL,
  seq INTEGER NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  stage TEXT NOT NULL,
  version TEXT NOT NULL,
  attrs TEXT NOT NULL,
  PRIMARY KEY (doc, layer, seq)
) WITHOUT ROWID;

CREATE TABLE messages (
  doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  rule_id TEXT NOT NULL,
  severity TEXT NOT NULL,
  stage TEXT NOT NULL,
  reason TEXT NOT NULL,
  "start" INTEGER,
  "end" INTEGER,
  PRIMARY KEY (doc, seq)
) WITHOUT ROWID;
CREATE INDEX messages_rule_id ON messages(rule_id);

CREATE TABLE media (
  doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  id TEXT NOT NULL,
  kind TEXT NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  origin TEXT,
  record TEXT NOT NULL,
  PRIMARY KEY (doc, seq)
) WITHOUT ROWID;

CREATE TABLE events (
  pk INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  id TEXT NOT NULL,
  type TEXT NOT NULL,
  date TEXT,
  time_start TEXT,
  time_end TEXT,
  lat REAL,
  lon REAL,
  modality TEXT NOT NULL,
  background INTEGER NOT NULL,
  fatalities_low INTEGER,
  fatalities_best INTEGER,
  fatalities_high INTEGER,
  record TEXT NOT NULL,
  UNIQUE (doc, seq)
);
CREATE INDEX events_id ON events(id);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date, id);
CREATE INDEX events_time_start ON events(time_start);
CREATE INDEX events_time_end ON events(time_end);
CREATE INDEX events_lat_lon ON events(lat, lon);

CREATE TABLE quotes (
  doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  id TEXT NOT NULL,
  speaker TEXT,
  direct INTEGER NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (doc, seq)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker);

CREATE TABLE places (
  doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  name TEXT,
  canonical TEXT,
  lat REAL,
  lon REAL,
  record TEXT NOT NULL,
  PRIMARY KEY (doc, seq)
) WITHOUT ROWID;
CREATE INDEX places_canonical ON places(canonical);

CREATE TABLE actors (
  doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  name TEXT,
  canonical TEXT,
  side TEXT,
  record TEXT NOT NULL,
  PRIMARY KEY (doc, seq)
) WITHOUT ROWID;
CREATE INDEX actors_canonical ON actors(canonical);

CREATE TABLE figures (
  doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (doc, seq)
) WITHOUT ROWID;

CREATE TABLE ingest_failures (
  source TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  input_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (source, rule_id)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text,
  content = 'documents', content_rowid = 'pk',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;

-- Contentless: the quotes live in events.record; the index only needs their words.
CREATE VIRTUAL TABLE events_fts USING fts5(
  evidence,
  content = '', contentless_delete = 1,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_fts(rowid, evidence)
    SELECT new.pk, group_concat(json_extract(value, '$.quote'), char(10)) FROM json_each(new.record, '$.evidence');
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
  DELETE FROM events_fts WHERE rowid = old.pk;
END;
CREATE TRIGGER events_fts_update AFTER UPDATE OF record ON events BEGIN
  DELETE FROM events_fts WHERE rowid = old.pk;
  INSERT INTO events_fts(rowid, evidence)
    SELECT new.pk, group_concat(json_extract(value, '$.quote'), char(10)) FROM json_each(new.record, '$.evidence');
END;
`,
};
