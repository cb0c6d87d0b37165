/**
 * Opens a sitrep SQLite file, creating it when missing. Anything that is not a
 * sitrep store is refused before a single byte of it is written: switching to
 * WAL or migrating would otherwise change a file the user pointed us at by mistake.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../store.js';
import { migrate, SITREP_APPLICATION_ID, type Migration } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** How long a connection waits for another process's write lock before failing. */
export const BUSY_TIMEOUT_MS = 30_000;

export interface OpenOptions {
  /** Fail instead of creating a new database when the file does not exist (for commands that only read). */
  mustExist?: boolean;
  migrations?: readonly Migration[];
}

export function openSqliteDatabase(file: string, options: OpenOptions = {}): Database.Database {
  checkFile(file, options.mustExist ?? false);
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  } catch (err) {
    throw new StoreError(`cannot open ${file}: ${messageOf(err)}`);
  }
  try {
    checkOwner(db, file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, file, options.migrations ?? MIGRATIONS);
    return db;
  } catch (err) {
    db.close();
    if (err instanceof StoreError) throw err;
    if (isNotADatabase(err)) throw new StoreError(`${file} is not a usable SQLite database (${messageOf(err)}); it was left unchanged`);
    throw new StoreError(`cannot open ${file}: ${messageOf(err)}`);
  }
}

function checkFile(file: string, mustExist: boolean): void {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new StoreError(`${file} is a directory, not a database file`);
    size = st.size;
  } catch (err) {
    if (err instanceof StoreError) throw err;
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new StoreError(`cannot open ${file}: ${messageOf(err)}`);
    if (mustExist) throw new StoreError(`${file} does not exist: no sitrep database has been created there`);
    const dir = path.dirname(file);
    if (!isDirectory(dir)) throw new StoreError(`cannot create ${file}: directory ${dir} does not exist`);
    return;
  }
  // An empty file is an empty SQLite database; SQLite itself treats it so.
  if (size === 0) return;
  const head = Buffer.alloc(SQLITE_MAGIC.length);
  let read = 0;
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    read = readSync(fd, head, 0, head.length, 0);
  } catch (err) {
    throw new StoreError(`cannot read ${file}: ${messageOf(err)}`);
  } finally {
    if (fd !== null) closeSync(fd);
  }
  if (read < head.length || !head.equals(SQLITE_MAGIC)) {
    throw new StoreError(`${file} is not a SQLite database (it does not start with the SQLite header); it was left unchanged`);
  }
}

/** A file is ours when it carries sitrep's application id, or is a SQLite database with nothing in it yet. */
function checkOwner(db: Database.Database, file: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId === SITREP_APPLICATION_ID) return;
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') ORDER BY name LIMIT 6").pluck().all() as string[];
  if (appId === 0 && tables.length === 0) return;
  const shown = tables.length > 5 ? `${tables.slice(0, 5).join(', ')}, …` : tables.join(', ');
  throw new StoreError(
    `${file} is a SQLite database of another application${shown ? ` (tables: ${shown})` : ''}, not a sitrep store; it was left unchanged`,
  );
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function isNotADatabase(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
