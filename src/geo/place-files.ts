/**
 * Loaders for place files in our record format: YAML (theatre packs and the
 * user's files), CSV and GeoJSON. Each returns entries plus problems naming
 * the file and the line or feature; nothing is thrown for bad content.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, isMap, isSeq, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { parseCsv } from './csv-rows.js';
import { buildPlaceEntries } from './place-records.js';
import type { PlaceFileContext, RawPlace, RecordPosition } from './place-records.js';
import type { GazetteerEntry, GazetteerProblem, Layer } from './types.js';

export interface PlaceFileResult {
  entries: GazetteerEntry[];
  problems: GazetteerProblem[];
  /** Top-level fields of a YAML pack (`theatre`, `title`…), empty for other formats. */
  meta: Readonly<Record<string, unknown>>;
}

export interface PlaceFileOptions {
  layer: Layer;
  idPrefix: string;
  countryName: (iso2: string) => string | null;
}

type Records = { raw: RawPlace; position: RecordPosition }[];

export function loadPlaceFile(file: string, options: PlaceFileOptions): PlaceFileResult {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    return failed(file, `cannot read place file: ${(err as Error).message}`);
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return fromYaml(file, source, options);
  if (ext === '.csv') return fromCsv(file, source, options);
  if (ext === '.geojson' || ext === '.json') return fromGeoJson(file, source, options);
  return failed(file, `unknown place file type "${ext}" (expected .yaml, .yml, .csv, .geojson or .json)`);
}

function failed(file: string, reason: string): PlaceFileResult {
  return { entries: [], problems: [{ file, line: null, feature: null, reason, severity: 'error' }], meta: {} };
}

function finish(file: string, records: Records, options: PlaceFileOptions, country: string | null, countries: Record<string, string>, meta: Record<string, unknown>, early: GazetteerProblem[] = []): PlaceFileResult {
  const ctx: PlaceFileContext = {
    file,
    layer: options.layer,
    idPrefix: options.idPrefix,
    country,
    countryName: (iso2) => countries[iso2] ?? options.countryName(iso2),
  };
  const { entries, problems } = buildPlaceEntries(records, ctx);
  return { entries, problems: [...early, ...problems], meta };
}

function fromYaml(file: string, source: string, options: PlaceFileOptions): PlaceFileResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: false });
  const lineOf = (node: YamlNode | null | undefined): number | null => (node?.range ? lineCounter.linePos(node.range[0]).line : null);
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const line = err?.linePos?.[0]?.line ?? null;
    return { entries: [], problems: [{ file, line, feature: null, reason: `invalid YAML: ${err?.message.split('\n')[0] ?? ''}`, severity: 'error' }], meta: {} };
  }
  const root = doc.contents;
  const list = isSeq(root) ? root : isMap(root) ? root.get('places', true) : null;
  if (!isSeq(list)) return failed(file, 'expected a list of places, or a mapping with a "places" list');
  const records: Records = [];
  const early: GazetteerProblem[] = [];
  list.items.forEach((item, index) => {
    const line = lineOf(item as YamlNode);
    if (!isMap(item)) {
      early.push({ file, line, feature: index, reason: 'a place must be a mapping of fields (name, lat, lon, …)', severity: 'error' });
      return;
    }
    records.push({ raw: item.toJSON() as RawPlace, position: { line, feature: index } });
  });
  const meta = isMap(root) ? (root.toJSON() as Record<string, unknown>) : {};
  delete meta['places'];
  const country = typeof meta['country'] === 'string' ? meta['country'].toUpperCase() : null;
  const countries = isPlainObject(meta['countries']) ? (meta['countries'] as Record<string, string>) : {};
  return finish(file, records, options, country, countries, meta, early);
}

function fromCsv(file: string, source: string, options: PlaceFileOptions): PlaceFileResult {
  const { records: rows, unterminatedAt } = parseCsv(source);
  const [header, ...body] = rows;
  if (header === undefined) return failed(file, 'empty CSV: expected a header row with at least "name"');
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  if (!columns.includes('name')) {
    const reason = `CSV header has no "name" column (found: ${columns.join(', ')})`;
    return { entries: [], problems: [{ file, line: header.line, feature: null, reason, severity: 'error' }], meta: {} };
  }
  const early: GazetteerProblem[] = [];
  if (unterminatedAt !== null) early.push({ file, line: unterminatedAt, feature: null, reason: 'a quoted cell is never closed', severity: 'error' });
  const records: Records = [];
  for (const row of body) {
    if (row.cells.length !== columns.length) {
      early.push({ file, line: row.line, feature: null, reason: `row has ${row.cells.length} cells, header has ${columns.length}`, severity: 'error' });
      continue;
    }
    const raw: Record<string, string> = {};
    columns.forEach((c, i) => {
      raw[c] = row.cells[i] ?? '';
    });
    records.push({ raw, position: { line: row.line, feature: null } });
  }
  return finish(file, records, options, null, {}, {}, early);
}

function fromGeoJson(file: string, source: string, options: PlaceFileOptions): PlaceFileResult {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (err) {
    return failed(file, `invalid JSON: ${(err as Error).message}`);
  }
  const features = isPlainObject(json) && json['type'] === 'FeatureCollection' && Array.isArray(json['features'])
    ? (json['features'] as unknown[])
    : isPlainObject(json) && json['type'] === 'Feature' ? [json] : null;
  if (features === null) return failed(file, 'expected a GeoJSON FeatureCollection or Feature');
  const records: Records = [];
  const early: GazetteerProblem[] = [];
  features.forEach((feature, index) => {
    const problem = (reason: string): void => {
      early.push({ file, line: null, feature: index, reason, severity: 'error' });
    };
    if (!isPlainObject(feature) || !isPlainObject(feature['properties'] ?? {})) return problem('not a GeoJSON Feature with properties');
    const props = (feature['properties'] ?? {}) as Record<string, unknown>;
    const point = pointOf(feature['geometry']);
    if (typeof point === 'string') return problem(point);
    records.push({
      raw: { ...props, lat: point?.lat ?? null, lon: point?.lon ?? null, uncertaintyKm: props['uncertaintyKm'] ?? point?.radiusKm ?? null },
      position: { line: null, feature: index },
    });
  });
  return finish(file, records, options, null, {}, {}, early);
}

/**
 * A representative point: the Point itself, or the centre of the geometry's
 * bounding box with a radius reaching its corners. A string is an error.
 */
function pointOf(geometry: unknown): { lat: number; lon: number; radiusKm: number | null } | null | string {
  if (geometry === null || geometry === undefined) return null;
  if (!isPlainObject(geometry) || !Array.isArray(geometry['coordinates'])) return 'geometry has no coordinates';
  const found: unknown[][] = [];
  collectPositions(geometry['coordinates'], found);
  if (found.length === 0) return 'geometry has no positions';
  for (const p of found) {
    if (p.length < 2 || !p.every((x) => typeof x === 'number' && Number.isFinite(x))) return `bad position [${p.join(', ')}]: expected [lon, lat]`;
  }
  const positions = found as number[][];
  if (geometry['type'] === 'Point') {
    const [lon, lat] = positions[0] as [number, number];
    return { lat, lon, radiusKm: null };
  }
  const lons = positions.map((p) => p[0] as number);
  const lats = positions.map((p) => p[1] as number);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const lat = (s + n) / 2;
  const halfDiagonalKm = Math.hypot(((e - w) / 2) * 111.32 * Math.cos((lat * Math.PI) / 180), ((n - s) / 2) * 110.57);
  const micro = (x: number): number => Math.round(x * 1e6) / 1e6;
  return { lat: micro(lat), lon: micro((w + e) / 2), radiusKm: Math.round(halfDiagonalKm * 10) / 10 };
}

/** Leaves of a coordinates array: any array that does not hold arrays is one position, checked later. */
function collectPositions(value: unknown, out: unknown[][]): void {
  if (!Array.isArray(value)) return;
  if (value.length > 0 && !Array.isArray(value[0])) {
    out.push(value);
    return;
  }
  for (const v of value) collectPositions(v, out);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
