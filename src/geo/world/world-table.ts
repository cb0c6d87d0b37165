/**
 * The world layer as columns: one array per field, one row per place, so
 * ~200k places cost a few dozen arrays instead of 200k objects, and the table
 * round-trips through a JSON cache file unchanged. Entry objects are made
 * only for the rows a lookup returns.
 */
import { FEATURE_TYPES } from '../types.js';
import type { FeatureType, GazetteerEntry } from '../types.js';

export interface WorldTable {
  /** What the table was built from; a cache built from anything else is stale. */
  builtFrom: string;
  ids: string[];
  names: string[];
  asciiNames: string[];
  /** Alternate names of each row joined by `|`. */
  altNames: string[];
  lat: (number | null)[];
  lon: (number | null)[];
  /** Index into FEATURE_TYPES. */
  types: number[];
  codes: string[];
  population: number[];
  countries: string[];
  /** Index into adminChains. */
  admin: number[];
  /** Distinct admin chains, names joined by `|`. */
  adminChains: string[];
  /** Row of the containing region or country, -1 for none. */
  parents: number[];
  /** Index keys and, per key, the row or rows it names. */
  keys: string[];
  postings: (number | number[])[];
  starts: string[];
  maxWords: number;
}

export interface WorldRow {
  id: string;
  name: string;
  asciiName: string;
  altNames: string[];
  lat: number | null;
  lon: number | null;
  type: FeatureType;
  code: string;
  population: number;
  country: string;
  admin: string[];
  parent: number;
}

export function emptyTable(builtFrom: string): WorldTable {
  return {
    builtFrom, ids: [], names: [], asciiNames: [], altNames: [], lat: [], lon: [], types: [], codes: [], population: [],
    countries: [], admin: [], adminChains: [], parents: [], keys: [], postings: [], starts: [], maxWords: 0,
  };
}

/** Appends a row; returns its index. `chainIndex` dedupes admin chains across calls. */
export function addRow(table: WorldTable, row: WorldRow, chainIndex: Map<string, number>): number {
  const chain = row.admin.join('|');
  let ci = chainIndex.get(chain);
  if (ci === undefined) {
    ci = table.adminChains.length;
    table.adminChains.push(chain);
    chainIndex.set(chain, ci);
  }
  table.ids.push(row.id);
  table.names.push(row.name);
  table.asciiNames.push(row.asciiName === row.name ? '' : row.asciiName);
  table.altNames.push(row.altNames.join('|'));
  table.lat.push(row.lat);
  table.lon.push(row.lon);
  table.types.push(FEATURE_TYPES.indexOf(row.type));
  table.codes.push(row.code);
  table.population.push(row.population);
  table.countries.push(row.country);
  table.admin.push(ci);
  table.parents.push(row.parent);
  return table.ids.length - 1;
}

export function entryAt(table: WorldTable, i: number, source: string): GazetteerEntry {
  const chain = table.adminChains[table.admin[i] as number] as string;
  const alt = table.altNames[i] as string;
  const lat = table.lat[i] ?? null;
  const type = FEATURE_TYPES[table.types[i] as number] ?? 'other';
  const parent = table.parents[i] as number;
  return {
    id: `world:${table.ids[i] as string}`,
    name: table.names[i] as string,
    asciiName: (table.asciiNames[i] as string) || (table.names[i] as string),
    altNames: alt === '' ? [] : alt.split('|'),
    lat,
    lon: table.lon[i] ?? null,
    featureType: type,
    featureCode: (table.codes[i] as string) || null,
    population: (table.population[i] as number) > 0 ? (table.population[i] as number) : null,
    country: (table.countries[i] as string) || null,
    admin: chain === '' ? [] : chain.split('|'),
    parentId: parent >= 0 ? `world:${table.ids[parent] as string}` : null,
    layer: 'world',
    source,
    quality: lat === null ? 'none' : type === 'country' || type === 'admin1' ? 'approx' : 'exact',
    uncertaintyKm: lat === null ? null : UNCERTAINTY_KM[type] ?? 2,
  };
}

/** A representative point of an area stands for all of it: the radius says how far that reaches. */
const UNCERTAINTY_KM: Partial<Record<FeatureType, number>> = {
  country: 500, admin1: 100, admin2: 30, region: 50, city: 10, town: 3, village: 1, neighbourhood: 1,
};
