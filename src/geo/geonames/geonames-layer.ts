/**
 * The GeoNames layer: lookups straight from the SQLite database written by
 * `importGeonames`, so a country dump or even allCountries costs no heap.
 * Admin chains come from the dump's own ADM1/ADM2 and country rows.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { GazetteerLayer } from '../gazetteer-layer.js';
import type { FeatureType, GazetteerEntry } from '../types.js';
import { SCHEMA, ensureKeyed } from './geonames-schema.js';

interface PlaceRow {
  geonameid: number;
  name: string;
  asciiname: string;
  lat: number;
  lon: number;
  fcode: string;
  ftype: FeatureType;
  country: string;
  admin1: string;
  admin2: string;
  population: number;
  source: string;
}

const COLUMNS = 'p.geonameid, p.name, p.asciiname, p.lat, p.lon, p.fcode, p.ftype, p.country, p.admin1, p.admin2, p.population, p.source';

/** Point radius by kind, as for the world layer: a representative point of an area stands for all of it. */
const UNCERTAINTY_KM: Partial<Record<FeatureType, number>> = {
  country: 500, admin1: 100, admin2: 30, district: 10, region: 50, city: 10, town: 3, village: 1, neighbourhood: 1,
};

export class GeonamesLayer implements GazetteerLayer {
  readonly layer = 'geonames' as const;
  readonly size: number;
  readonly keyCount: number;
  readonly maxWords: number;
  private readonly db: Database.Database;
  private readonly q: Record<'has' | 'starts' | 'lookup' | 'byId' | 'names' | 'admin' | 'byCountry' | 'children1' | 'children2' | 'childrenC', Database.Statement>;
  private readonly chains = new Map<string, { admin: string[]; parentId: string | null }>();

  /** Opens a database written by `importGeonames`; `countryName` names countries the dump has no row for. */
  constructor(readonly file: string, private readonly countryName: (iso2: string) => string | null) {
    if (!existsSync(file)) throw new Error(`GeoNames database ${file} not found: create it with importGeonames (sitrep gazetteer import geonames FILE)`);
    this.db = new Database(file);
    this.db.exec(SCHEMA);
    ensureKeyed(this.db);
    const db = this.db;
    this.q = {
      has: db.prepare('SELECT 1 FROM name WHERE key = ? LIMIT 1').pluck(),
      starts: db.prepare('SELECT 1 FROM start WHERE word = ?').pluck(),
      lookup: db.prepare(`SELECT DISTINCT ${COLUMNS} FROM name n JOIN place p ON p.geonameid = n.geonameid WHERE n.key = ?`),
      byId: db.prepare(`SELECT ${COLUMNS} FROM place p WHERE p.geonameid = ?`),
      names: db.prepare('SELECT DISTINCT name FROM name WHERE geonameid = ?').pluck(),
      admin: db.prepare("SELECT geonameid, name FROM place WHERE country = ? AND admin1 = ? AND admin2 = ? AND fcode = ? LIMIT 1"),
      byCountry: db.prepare(`SELECT ${COLUMNS} FROM place p WHERE p.country = ?`),
      childrenC: db.prepare(`SELECT ${COLUMNS} FROM place p WHERE p.country = ? AND p.fcode NOT LIKE 'PCL%' AND (p.admin1 IN ('', '00') OR p.fcode = 'ADM1')`),
      children1: db.prepare(`SELECT ${COLUMNS} FROM place p WHERE p.country = ? AND p.admin1 = ? AND p.fcode != 'ADM1' AND (p.admin2 = '' OR p.fcode = 'ADM2')`),
      children2: db.prepare(`SELECT ${COLUMNS} FROM place p WHERE p.country = ? AND p.admin1 = ? AND p.admin2 = ? AND p.fcode != 'ADM2'`),
    };
    this.size = (db.prepare('SELECT count(*) FROM place').pluck().get() as number) ?? 0;
    this.keyCount = (db.prepare('SELECT count(DISTINCT key) FROM name').pluck().get() as number) ?? 0;
    const longest = db.prepare("SELECT key FROM name ORDER BY length(key) - length(replace(key, ' ', '')) DESC LIMIT 1").pluck().get() as string | undefined;
    this.maxWords = longest === undefined ? 0 : longest.split(' ').length;
  }

  has(key: string): boolean {
    return this.q.has.get(key) !== undefined;
  }

  startsWith(foldedWord: string): boolean {
    return this.q.starts.get(foldedWord) !== undefined;
  }

  lookup(key: string): GazetteerEntry[] {
    return (this.q.lookup.all(key) as PlaceRow[]).map((r) => this.entry(r));
  }

  get(id: string): GazetteerEntry | null {
    const m = /^geonames:(\d+)$/.exec(id);
    if (m === null) return null;
    const row = this.q.byId.get(Number(m[1])) as PlaceRow | undefined;
    return row === undefined ? null : this.entry(row);
  }

  byCountry(iso2: string): GazetteerEntry[] {
    return (this.q.byCountry.all(iso2) as PlaceRow[]).map((r) => this.entry(r));
  }

  children(id: string): GazetteerEntry[] {
    const parent = this.get(id);
    if (parent === null) return [];
    const row = this.q.byId.get(Number(id.slice('geonames:'.length))) as PlaceRow;
    const rows = parent.featureType === 'country' ? this.q.childrenC.all(row.country)
      : row.fcode === 'ADM1' ? this.q.children1.all(row.country, row.admin1)
        : row.fcode === 'ADM2' ? this.q.children2.all(row.country, row.admin1, row.admin2) : [];
    return (rows as PlaceRow[]).map((r) => this.entry(r));
  }

  close(): void {
    this.db.close();
  }

  private entry(r: PlaceRow): GazetteerEntry {
    const names = (this.q.names.all(r.geonameid) as string[]).filter((n) => n !== r.name && n !== r.asciiname);
    const { admin, parentId } = this.chainOf(r);
    return {
      id: `geonames:${r.geonameid}`,
      name: r.name,
      asciiName: r.asciiname,
      altNames: names,
      lat: r.lat,
      lon: r.lon,
      featureType: r.ftype,
      featureCode: r.fcode,
      population: r.population > 0 ? r.population : null,
      country: r.country || null,
      admin,
      parentId,
      layer: 'geonames',
      source: `GeoNames ${r.source}`,
      quality: 'approx',
      uncertaintyKm: UNCERTAINTY_KM[r.ftype] ?? 1,
    };
  }

  /** Names of the ADM2, ADM1 and country rows above a place, nearest first. */
  private chainOf(r: PlaceRow): { admin: string[]; parentId: string | null } {
    const memoKey = `${r.country}|${r.admin1}|${r.admin2}|${r.fcode}`;
    const hit = this.chains.get(memoKey);
    if (hit !== undefined) return hit;
    const admin: string[] = [];
    let parentId: string | null = null;
    const level = (admin1: string, admin2: string, fcode: string): void => {
      const row = this.q.admin.get(r.country, admin1, admin2, fcode) as { geonameid: number; name: string } | undefined;
      if (row === undefined) return;
      admin.push(row.name);
      parentId ??= `geonames:${row.geonameid}`;
    };
    const isCountry = r.fcode.startsWith('PCL');
    if (!isCountry && r.fcode !== 'ADM1' && r.fcode !== 'ADM2' && r.admin2 !== '') level(r.admin1, r.admin2, 'ADM2');
    if (!isCountry && r.fcode !== 'ADM1' && r.admin1 !== '' && r.admin1 !== '00') level(r.admin1, '', 'ADM1');
    if (!isCountry) {
      const countryRow = this.q.admin.get(r.country, '00', '', 'PCLI') as { geonameid: number; name: string } | undefined;
      const name = countryRow?.name ?? this.countryName(r.country);
      if (name !== null) admin.push(name);
      if (countryRow !== undefined) parentId ??= `geonames:${countryRow.geonameid}`;
    }
    const chain = { admin, parentId };
    this.chains.set(memoKey, chain);
    return chain;
  }
}
