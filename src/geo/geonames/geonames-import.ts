/**
 * Imports GeoNames dumps into the SQLite database of the gazetteer's GeoNames
 * layer: country files (IQ.txt, the `geoname` table format, 19 columns) and
 * alternateNamesV2.txt (or the older alternateNames.txt). Files are streamed,
 * so allCountries and the full alternate-names file fit in flat memory;
 * alternate names are kept only for places already imported. Re-importing a
 * file replaces its rows.
 */
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { latinNames } from '../latin-names.js';
import type { FeatureType, GazetteerProblem } from '../types.js';
import { featureTypeOf } from './geonames-feature.js';
import { parseGeonamesLine } from './geonames-row.js';
import { SCHEMA, keyingFingerprint, nameWriter } from './geonames-schema.js';

export interface GeonamesImportReport {
  file: string;
  kind: 'places' | 'alternate-names';
  /** Rows written. */
  imported: number;
  /** Rows left out on purpose (alternate names of places not imported, links, codes, other scripts). */
  skipped: number;
  problems: GazetteerProblem[];
}

/** Languages of alternateNames rows that are not names: links, postcodes, airport and other codes. */
const NOT_NAMES = new Set(['link', 'post', 'iata', 'icao', 'faac', 'tcid', 'unlc', 'wkdt', 'fr_1793', 'phon', 'piny']);
const MAX_PROBLEMS = 100;
const BATCH = 5_000;

export async function importGeonames(file: string, dbPath: string): Promise<GeonamesImportReport> {
  const problems: GazetteerProblem[] = [];
  const report = (line: number | null, reason: string): void => {
    if (problems.length < MAX_PROBLEMS) problems.push({ file, line, feature: null, reason, severity: 'error' });
  };
  if (!existsSync(file)) {
    report(null, 'file not found');
    return { file, kind: 'places', imported: 0, skipped: 0, problems };
  }
  if (/\.zip$/i.test(file)) {
    report(null, 'GeoNames ships dumps zipped: unzip it and import the .txt inside');
    return { file, kind: 'places', imported: 0, skipped: 0, problems };
  }
  const db = new Database(dbPath);
  try {
    db.pragma('journal_mode = WAL');
    db.exec(SCHEMA);
    const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    const state = { kind: null as GeonamesImportReport['kind'] | null, imported: 0, skipped: 0 };
    const places = placeWriter(db, path.basename(file));
    const alternates = alternateWriter(db);
    let pending: [number, string][] = [];
    const flush = (): void => {
      const batch = pending;
      pending = [];
      db.transaction(() => {
        for (const [lineNo, line] of batch) {
          const cells = line.split('\t');
          state.kind ??= cells.length >= 19 ? 'places' : 'alternate-names';
          const outcome = state.kind === 'places' ? places(line) : alternates(cells);
          if (outcome === 'ok') state.imported++;
          else if (outcome === 'skip') state.skipped++;
          else report(lineNo, outcome);
        }
      })();
    };
    let lineNo = 0;
    for await (const line of lines) {
      lineNo++;
      if (line === '' || line.startsWith('#')) continue;
      pending.push([lineNo, line]);
      if (pending.length >= BATCH) flush();
    }
    flush();
    db.prepare("INSERT OR REPLACE INTO meta (k, v) VALUES ('keying', ?)").run(keyingFingerprint());
    return { file, kind: state.kind ?? 'places', imported: state.imported, skipped: state.skipped, problems };
  } finally {
    db.close();
  }
}

type Outcome = 'ok' | 'skip' | string;

function placeWriter(db: Database.Database, source: string): (line: string) => Outcome {
  const insert = db.prepare(`INSERT OR REPLACE INTO place
    (geonameid, name, asciiname, lat, lon, fclass, fcode, ftype, country, admin1, admin2, population, source)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const dropNames = db.prepare('DELETE FROM name WHERE geonameid = ?');
  const writeName = nameWriter(db);
  return (line) => {
    const row = parseGeonamesLine(line);
    if (row === null) return 'not a GeoNames place row: expected 19 tab-separated columns with a numeric id, a name and coordinates';
    if (Math.abs(row.lat) > 90 || Math.abs(row.lon) > 180) return `coordinates ${row.lat}, ${row.lon} out of range`;
    const type: FeatureType = featureTypeOf(row.featureClass, row.featureCode, row.population);
    insert.run(row.geonameId, row.name, row.asciiName || row.name, row.lat, row.lon, row.featureClass, row.featureCode, type,
      row.country, row.admin1, row.admin2, row.population, source);
    dropNames.run(row.geonameId);
    for (const name of new Set([row.name, row.asciiName, ...latinNames(row.alternateNames.split(','))])) {
      if (name !== '') writeName(row.geonameId, name, type);
    }
    return 'ok';
  };
}

function alternateWriter(db: Database.Database): (cells: string[]) => Outcome {
  const typeOf = db.prepare('SELECT ftype FROM place WHERE geonameid = ?').pluck();
  const writeName = nameWriter(db);
  return (cells) => {
    if (cells.length < 4 || !/^\d+$/.test(cells[0] ?? '') || !/^\d+$/.test(cells[1] ?? '')) {
      return 'not an alternateNames row: expected alternateNameId, geonameid, isolanguage, alternate name, … separated by tabs';
    }
    const language = cells[2] ?? '';
    const name = cells[3] ?? '';
    if (NOT_NAMES.has(language) || latinNames([name]).length === 0) return 'skip';
    const type = typeOf.get(Number(cells[1])) as FeatureType | undefined;
    if (type === undefined) return 'skip';
    writeName(Number(cells[1]), name, type);
    return 'ok';
  };
}
