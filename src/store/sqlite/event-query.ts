/** SQL for `queryEvents`: every criterion narrows with an index first, then checks exactly. */
import type { CheckedEventFilter } from '../event-filter.js';
import { ftsQuery } from './fts-query.js';

/** Registered on each connection (see sqlite-store.ts): great-circle distance in km. */
export const DISTANCE_FUNCTION = 'sitrep_distance_km';

export interface SqlQuery {
  sql: string;
  params: Array<string | number>;
}

/** The query, or null when the filter cannot match anything (text with no searchable word). */
export function eventQuery(f: CheckedEventFilter): SqlQuery | null {
  const where: string[] = [];
  const params: Array<string | number> = [];
  // An event matches a date range when its own range overlaps it; undated events never do.
  if (f.from !== null) {
    where.push('e.time_end >= ?');
    params.push(f.from);
  }
  if (f.before !== null) {
    where.push('e.time_start < ?');
    params.push(f.before);
  }
  if (f.types.length > 0) {
    const any: string[] = [];
    for (const t of f.types) {
      any.push('e.type = ?');
      params.push(t.exact);
      if (t.family !== null) {
        // `battle.` <= type < `battle/` is the prefix `battle.` as an index range, with no LIKE escaping.
        any.push('(e.type >= ? AND e.type < ?)');
        params.push(`${t.family}.`, `${t.family}/`);
      }
    }
    where.push(`(${any.join(' OR ')})`);
  }
  if (f.near !== null) {
    const { lat, lon, km, box } = f.near;
    where.push('e.lat BETWEEN ? AND ?');
    params.push(box.minLat, box.maxLat);
    where.push(`(${box.lonRanges.map(() => 'e.lon BETWEEN ? AND ?').join(' OR ')})`);
    for (const [west, east] of box.lonRanges) params.push(west, east);
    where.push(`${DISTANCE_FUNCTION}(?, ?, e.lat, e.lon) <= ?`);
    params.push(lat, lon, km);
  }
  if (f.text !== null) {
    const match = ftsQuery(f.text);
    if (match === null) return null;
    where.push('e.pk IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)');
    params.push(match);
  }
  if (f.docId !== null) {
    where.push('e.doc IN (SELECT pk FROM documents WHERE id = ? OR source_id = ?)');
    params.push(f.docId, f.docId);
  }
  let sql = `SELECT d.id AS docId, e.record AS record FROM events e JOIN documents d ON d.pk = e.doc`;
  if (where.length > 0) sql += ` WHERE ${where.join(' AND ')}`;
  sql += ' ORDER BY e.date NULLS LAST, e.id, e.pk';
  if (f.limit !== null || f.offset > 0) {
    sql += ' LIMIT ? OFFSET ?';
    params.push(f.limit ?? -1, f.offset);
  }
  return { sql, params };
}
