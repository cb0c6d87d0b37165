/**
 * Name keys of gazetteer entries, computed once per entry object: the
 * resolver compares them for every candidate of every mention, and entries
 * are kept by the stage across documents.
 */
import { nameKeys, normalizeName, type GazetteerEntry } from '../../geo/index.js';

export interface EntryKeys {
  /** Keys of the entry's own name and ASCII name. */
  own: ReadonlySet<string>;
  name: string;
  /** Keys of its containing places' names. */
  admin: ReadonlySet<string>;
}

const keys = new WeakMap<GazetteerEntry, EntryKeys>();

export function entryKeys(e: GazetteerEntry): EntryKeys {
  let k = keys.get(e);
  if (k === undefined) {
    k = { own: new Set([...nameKeys(e.name), ...nameKeys(e.asciiName)]), name: normalizeName(e.name), admin: new Set(e.admin.map(normalizeName)) };
    keys.set(e, k);
  }
  return k;
}

/** A memo of `gazetteer.get`, bounded, so entries (and their keys) are built once per process. */
export function entryMemo(get: (id: string) => GazetteerEntry | null, limit = 100_000): (id: string) => GazetteerEntry | null {
  const memo = new Map<string, GazetteerEntry | null>();
  return (id) => {
    let e = memo.get(id);
    if (e === undefined) {
      e = get(id);
      if (memo.size >= limit) memo.clear();
      memo.set(id, e);
    }
    return e;
  };
}
