/**
 * Builds the world table from the packages: countries and first-level
 * regions from @countrystatecity/countries, populated places from GeoNames
 * cities500, and our own English aliases (data/gazetteer/world-aliases.yaml).
 *
 * GeoNames gives each place an admin-1 code but no region names; the
 * countries package names the regions (see admin1-regions.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { featureTypeOf } from '../geonames/geonames-feature.js';
import { PostingsBuilder } from '../name-index.js';
import { latinNames } from '../latin-names.js';
import { forgetFoldedWords } from '../normalize-name.js';
import type { FeatureType } from '../types.js';
import { cities500Rows, cscCountries } from './world-sources.js';
import type { CscState, WorldSourcePaths } from './world-sources.js';
import { admin1Regions } from './admin1-regions.js';
import type { GeonamesRow } from '../geonames/geonames-row.js';
import { addRow, emptyTable } from './world-table.js';
import type { WorldTable } from './world-table.js';

const ALIASES_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'gazetteer', 'world-aliases.yaml');

interface Aliases {
  countries: Record<string, string[]>;
}

export function buildWorldTable(sources: WorldSourcePaths): WorldTable {
  const aliases = parseYaml(readFileSync(ALIASES_FILE, 'utf8')) as Aliases;
  const table = emptyTable(sources.versions);
  const chains = new Map<string, number>();
  const postings = new PostingsBuilder('first');
  const index = (row: number, names: readonly string[], type: FeatureType): void => postings.add(row, names, type);

  const places = groupByCountry(cities500Rows(sources.cities500));
  for (const { country, states, cities } of cscCountries(sources.cscData)) {
    const countryAliases = aliases.countries[country.iso2] ?? [];
    const countryAlt = [...countryAliases, ...latinNames([country.native])];
    const countryRow = addRow(table, {
      id: `country:${country.iso2}`, name: country.name, asciiName: country.name, altNames: countryAlt, lat: country.lat, lon: country.lon,
      type: 'country', code: 'PCLI', population: country.population ?? 0, country: country.iso2, admin: [], parent: -1,
    }, chains);
    index(countryRow, [country.name, ...countryAlt], 'country');

    const stateRows = new Map<number, { row: number; state: CscState }>();
    for (const state of states) {
      const alt = latinNames([state.native]).filter((n) => n !== state.name);
      const row = addRow(table, {
        id: `admin1:${country.iso2}-${state.code}`, name: state.name, asciiName: state.name.normalize('NFKD').replace(/\p{M}+/gu, ''), altNames: alt, lat: state.lat, lon: state.lon,
        type: 'admin1', code: state.type ?? 'ADM1', population: 0, country: country.iso2, admin: [country.name], parent: countryRow,
      }, chains);
      index(row, [state.name, ...alt], 'admin1');
      stateRows.set(state.id, { row, state });
    }

    const own = places.get(country.iso2) ?? [];
    const regionOf = admin1Regions(own, states, cities);
    for (const p of own) {
      const region = stateRows.get(regionOf.get(p.admin1) ?? -1);
      const type = featureTypeOf(p.featureClass, p.featureCode, p.population);
      const alt = latinNames(p.alternateNames.split(',')).filter((n) => n !== p.name && n !== p.asciiName);
      const row = addRow(table, {
        id: `city:${p.geonameId}`, name: p.name, asciiName: p.asciiName || p.name, altNames: alt, lat: p.lat, lon: p.lon,
        type, code: p.featureCode, population: p.population, country: country.iso2,
        admin: region === undefined ? [country.name] : [region.state.name, country.name], parent: region?.row ?? countryRow,
      }, chains);
      index(row, [p.name, p.asciiName, ...alt], type);
    }
  }
  postings.finish();
  for (const [key, rows] of postings.postings) {
    table.keys.push(key);
    table.postings.push(rows.length === 1 ? (rows[0] as number) : rows);
  }
  table.starts = [...postings.starts];
  table.maxWords = postings.maxWords;
  forgetFoldedWords();
  return table;
}

function groupByCountry(rows: Iterable<GeonamesRow>): Map<string, GeonamesRow[]> {
  const out = new Map<string, GeonamesRow[]>();
  for (const r of rows) {
    const list = out.get(r.country);
    if (list === undefined) out.set(r.country, [r]);
    else list.push(r);
  }
  return out;
}
