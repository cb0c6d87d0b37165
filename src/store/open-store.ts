import { fileURLToPath } from 'node:url';
import { SqliteStore } from './sqlite/sqlite-store.js';
import { StoreError, type Store } from './store.js';

export interface OpenStoreOptions {
  /** Fail with a clear message instead of creating an empty store (for commands that only read). */
  mustExist?: boolean;
}

export const DEFAULT_LOCATION = './sitrep.db';

/**
 * Opens the store at `location`: a SQLite file path (created when missing) or,
 * later, a `postgres://` URL. Throws StoreError with a message for the user.
 */
export function openStore(location: string = DEFAULT_LOCATION, options: OpenStoreOptions = {}): Store {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(location)?.[1]?.toLowerCase();
  if (scheme === undefined) return new SqliteStore(location, options);
  if (scheme === 'file') return new SqliteStore(fileURLToPath(location), options);
  if (scheme === 'postgres' || scheme === 'postgresql') {
    throw new StoreError(`PostgreSQL support is not built yet (${redact(location)}); use a SQLite file path such as ${DEFAULT_LOCATION}`);
  }
  throw new StoreError(`unsupported database location ${redact(location)}: give a SQLite file path (or, later, a postgres:// URL)`);
}

/** The URL without its password, for messages. */
function redact(location: string): string {
  try {
    const url = new URL(location);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return location;
  }
}
