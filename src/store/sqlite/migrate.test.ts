import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { openStore } from '../open-store.js';
import { StoreError } from '../store.js';
import { eventCorpus } from '../test-support/fixtures.js';
import { schemaVersion, type Migration } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import { openSqliteDatabase } from './open-database.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-migrate-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** A store at the current version with three documents in it. */
function existingStore(): string {
  const file = path.join(dir, `${++n}.db`);
  const store = openStore(file);
  store.saveBatch(eventCorpus());
  store.close();
  return file;
}

const addCountry: Migration = {
  version: MIGRATIONS.length + 1,
  name: 'event-country',
  sql: `ALTER TABLE events ADD COLUMN country TEXT;
UPDATE events SET country = 'IQ' WHERE lat BETWEEN 29 AND 38 AND lon BETWEEN 38 AND 49;
CREATE INDEX events_country ON events(country);`,
};

describe('migrations', () => {
  it('numbers migrations 1, 2, 3… in order', () => {
    assert.deepEqual(MIGRATIONS.map((m) => m.version), MIGRATIONS.map((_, i) => i + 1));
  });

  it('upgrades an existing store on open, once, keeping its data', () => {
    const file = existingStore();
    const db = openSqliteDatabase(file, { migrations: [...MIGRATIONS, addCountry] });
    try {
      assert.equal(schemaVersion(db), addCountry.version);
      assert.deepEqual(db.prepare('SELECT id FROM events WHERE country = ? ORDER BY id').pluck().all('IQ'), ['ev_a1', 'ev_a2', 'ev_a3', 'ev_a4']);
      assert.equal(db.prepare('SELECT count(*) FROM documents').pluck().get(), 3);
    } finally {
      db.close();
    }
    const again = openSqliteDatabase(file, { migrations: [...MIGRATIONS, addCountry] });
    try {
      assert.deepEqual(again.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all(), [1, 2]);
    } finally {
      again.close();
    }
  });

  it('rolls a failing migration back completely and names it', () => {
    const file = existingStore();
    const broken: Migration = { version: 2, name: 'broken', sql: 'CREATE TABLE sides (name TEXT); INSERT INTO no_such_table VALUES (1);' };
    assert.throws(() => openSqliteDatabase(file, { migrations: [...MIGRATIONS, broken] }), new StoreError(`${file}: migration 2 (broken) failed: no such table: no_such_table`));
    const db = openSqliteDatabase(file);
    try {
      assert.equal(schemaVersion(db), 1);
      assert.equal(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'sides'").pluck().get(), 0);
    } finally {
      db.close();
    }
    const store = openStore(file);
    assert.equal(store.stats().documents, 3);
    store.close();
  });

  it('refuses a store written by a newer sitrep, leaving it usable for that version', () => {
    const file = existingStore();
    openSqliteDatabase(file, { migrations: [...MIGRATIONS, addCountry] }).close();
    assert.throws(
      () => openStore(file),
      new StoreError(`${file} was written by a newer version of sitrep (schema version 2; this version knows up to 1): upgrade sitrep to open it`),
    );
    const newer = openSqliteDatabase(file, { migrations: [...MIGRATIONS, addCountry] });
    assert.equal(newer.prepare('SELECT count(*) FROM events').pluck().get(), 8);
    newer.close();
  });
});
