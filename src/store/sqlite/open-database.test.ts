import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openStore } from '../open-store.js';
import { StoreError } from '../store.js';
import { SITREP_APPLICATION_ID } from './migrate.js';
import { openSqliteDatabase } from './open-database.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-open-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (name: string) => path.join(dir, `${++n}-${name}`);

/** Opening must fail with a StoreError naming the file, and leave the file exactly as it was. */
function assertRefused(file: string, expected: RegExp): void {
  const before = readFileSync(file);
  assert.throws(
    () => openStore(file),
    (err: unknown) => err instanceof StoreError && err.message.includes(file) && expected.test(err.message) && !/\n\s+at /.test(err.message),
  );
  assert.deepEqual(readFileSync(file), before);
  assert.equal(existsSync(`${file}-wal`), false);
  assert.equal(existsSync(`${file}-shm`), false);
  assert.equal(existsSync(`${file}-journal`), false);
}

describe('opening a SQLite store', () => {
  it('creates a new file in WAL mode with foreign keys on and sitrep’s application id', () => {
    const file = fresh('new.db');
    const db = openSqliteDatabase(file);
    try {
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
      assert.equal(db.pragma('synchronous', { simple: true }), 1);
      assert.equal(db.pragma('application_id', { simple: true }), SITREP_APPLICATION_ID);
      assert.ok((db.pragma('busy_timeout', { simple: true }) as number) >= 5000);
      assert.deepEqual(db.prepare('SELECT version, name FROM schema_migrations').all(), [{ version: 1, name: 'initial' }]);
    } finally {
      db.close();
    }
    openStore(file).close();
  });

  it('accepts an empty file as a new store', () => {
    const file = fresh('empty.db');
    writeFileSync(file, '');
    const store = openStore(file);
    assert.equal(store.stats().documents, 0);
    store.close();
  });

  it('refuses files that are not SQLite databases, without touching them', () => {
    const csv = fresh('places.csv');
    writeFileSync(csv, 'name,lat,lon\nMosul,36.34,43.13\nBartella,36.35,43.38\n');
    assertRefused(csv, /is not a SQLite database \(it does not start with the SQLite header\); it was left unchanged/);
    const png = fresh('map.png');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    assertRefused(png, /is not a SQLite database/);
    const short = fresh('short.db');
    writeFileSync(short, 'SQLite');
    assertRefused(short, /is not a SQLite database/);
  });

  it('refuses a file with a SQLite header and garbage after it, without touching it', () => {
    const file = fresh('corrupt.db');
    writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4080, 0xab)]));
    assertRefused(file, /is not a usable SQLite database/);
  });

  it('refuses another application’s SQLite database, without touching it', () => {
    const file = fresh('crm.db');
    const other = new Database(file);
    other.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('Ada')");
    other.close();
    assertRefused(file, /is a SQLite database of another application \(tables: customers\), not a sitrep store/);

    const tagged = fresh('tagged.db');
    const app = new Database(tagged);
    app.pragma('application_id = 1234');
    app.close();
    assertRefused(tagged, /of another application, not a sitrep store/);
  });

  it('names the problem when the path is a directory or its directory is missing', () => {
    const folder = fresh('folder.db');
    mkdirSync(folder);
    assert.throws(() => openStore(folder), new StoreError(`${folder} is a directory, not a database file`));
    const missing = path.join(dir, 'no-such-dir', 'sitrep.db');
    assert.throws(() => openStore(missing), new StoreError(`cannot create ${missing}: directory ${path.dirname(missing)} does not exist`));
    assert.equal(existsSync(path.dirname(missing)), false);
  });
});
