/**
 * Versioned schema migrations. `schema_migrations` lists the versions applied;
 * pending ones run in one write transaction, so a crash leaves the previous
 * schema intact and two processes opening a new file do not both migrate.
 */
import type Database from 'better-sqlite3';
import { StoreError } from '../store.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Written into the SQLite header (PRAGMA application_id, "sitr") so a sitrep store is recognised as one. */
export const SITREP_APPLICATION_ID = 0x73697472;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

export function schemaVersion(db: Database.Database): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!exists) return 0;
  return (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
}

/** Brings the schema up to the last migration; refuses a database written by a newer sitrep. */
export function migrate(db: Database.Database, file: string, migrations: readonly Migration[]): void {
  const latest = migrations.at(-1)?.version ?? 0;
  const check = (current: number) => {
    if (current > latest) {
      throw new StoreError(
        `${file} was written by a newer version of sitrep (schema version ${current}; this version knows up to ${latest}): upgrade sitrep to open it`,
      );
    }
  };
  const found = schemaVersion(db);
  check(found);
  if (found === latest) return;
  db.transaction(() => {
    db.exec(CREATE_TABLE);
    const current = schemaVersion(db);
    check(current);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const m of migrations) {
      if (m.version <= current) continue;
      try {
        db.exec(m.sql);
      } catch (err) {
        throw new StoreError(`${file}: migration ${m.version} (${m.name}) failed: ${(err as Error).message}`);
      }
      record.run(m.version, m.name, new Date().toISOString());
    }
  }).immediate();
}
