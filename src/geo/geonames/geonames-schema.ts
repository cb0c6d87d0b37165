/**
 * The SQLite schema of imported GeoNames dumps. Names are stored with their
 * index key; the key scheme's fingerprint is kept in `meta` so a database
 * keyed by an older normaliser is re-keyed on open instead of silently
 * missing names.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { keysOfName } from '../name-index.js';
import type { FeatureType } from '../types.js';

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS place (
  geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, asciiname TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
  fclass TEXT NOT NULL, fcode TEXT NOT NULL, ftype TEXT NOT NULL, country TEXT NOT NULL, admin1 TEXT NOT NULL,
  admin2 TEXT NOT NULL, population INTEGER NOT NULL, source TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS place_admin ON place (country, admin1, admin2, fcode);
CREATE TABLE IF NOT EXISTS name (geonameid INTEGER NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (geonameid, name, key)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS name_key ON name (key);
CREATE TABLE IF NOT EXISTS start (word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
`;

const here = path.dirname(fileURLToPath(import.meta.url));
const ext = path.extname(fileURLToPath(import.meta.url));
const KEYING_CODE = ['../normalize-name', '../descriptors', '../name-index'].map((f) => path.join(here, `${f}${ext}`));

/** Changes whenever the code that turns names into keys changes. */
export function keyingFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of KEYING_CODE) hash.update(existsSync(file) ? readFileSync(file) : file);
  return hash.digest('hex').slice(0, 16);
}

/**
 * Statements that add one name of a place with its keys and start words.
 * Streaming imports cannot tell whether another place bears a name, so only
 * the cores of regions are indexed (see `indexableCore`).
 */
export function nameWriter(db: Database.Database): (geonameid: number, name: string, type: FeatureType) => void {
  const addName = db.prepare('INSERT OR IGNORE INTO name (geonameid, name, key) VALUES (?, ?, ?)');
  const addStart = db.prepare('INSERT OR IGNORE INTO start (word) VALUES (?)');
  return (geonameid, name, type) => {
    const { keys, coreKeys, coreAlways, starts } = keysOfName(name, type, 'first');
    for (const key of coreAlways ? [...keys, ...coreKeys] : keys) addName.run(geonameid, name, key);
    for (const w of starts) addStart.run(w);
  };
}

/** Re-keys every stored name when the key scheme changed since the import. */
export function ensureKeyed(db: Database.Database): boolean {
  const fingerprint = keyingFingerprint();
  const row = db.prepare("SELECT v FROM meta WHERE k = 'keying'").get() as { v: string } | undefined;
  if (row?.v === fingerprint) return false;
  const names = db.prepare('SELECT DISTINCT n.geonameid AS id, n.name AS name, p.ftype AS ftype FROM name n JOIN place p ON p.geonameid = n.geonameid').all() as { id: number; name: string; ftype: FeatureType }[];
  db.transaction(() => {
    db.exec('DELETE FROM name; DELETE FROM start;');
    const write = nameWriter(db);
    for (const n of names) write(n.id, n.name, n.ftype);
    db.prepare("INSERT OR REPLACE INTO meta (k, v) VALUES ('keying', ?)").run(fingerprint);
  })();
  return true;
}
