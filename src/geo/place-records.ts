/**
 * Our own place-record format, shared by theatre packs and the user's YAML,
 * CSV and GeoJSON files: validation of one raw record, then parent links
 * resolved into admin chains within the file. The fields are described in
 * data/gazetteer/README.md.
 */
import { COORD_QUALITIES, FEATURE_TYPES } from './types.js';
import type { CoordQuality, FeatureType, GazetteerEntry, GazetteerProblem, Layer } from './types.js';

/** A record as read from a file, before validation. */
export type RawPlace = Readonly<Record<string, unknown>>;

/** Where a raw record sits in its file, for messages. */
export interface RecordPosition {
  line: number | null;
  feature: number | null;
}

export interface PlaceFileContext {
  file: string;
  layer: Layer;
  /** Prefix of entry ids: `theatre:mosul`, `user:places.yaml`. */
  idPrefix: string;
  /** Country names for chains ending in a country code (`parent: IQ`). */
  countryName: (iso2: string) => string | null;
  /** Default country for records that give none. */
  country?: string | null;
}

/** Words users and sources write for our feature types. */
const TYPE_SYNONYMS: Readonly<Record<string, FeatureType>> = {
  governorate: 'admin1', province: 'admin1', state: 'admin1', oblast: 'admin1',
  county: 'admin2', subdistrict: 'admin2', neighborhood: 'neighbourhood', quarter: 'neighbourhood',
  suburb: 'neighbourhood', hamlet: 'village', 'military base': 'base', airbase: 'base', 'air base': 'base',
  airfield: 'airport', 'idp camp': 'camp', 'refugee camp': 'camp', mountain: 'mountain', hill: 'mountain',
  dam: 'landmark', mosque: 'landmark', monument: 'landmark', building: 'landmark', stream: 'river',
};

const DEFAULT_UNCERTAINTY_KM: Readonly<Record<CoordQuality, number | null>> = { exact: 0.5, approx: 1, estimated: 3, none: null };

interface Validated {
  key: string;
  parent: string | null;
  adminName: string;
  explicitAdmin: string[] | null;
  entry: Omit<GazetteerEntry, 'admin' | 'parentId'>;
  position: RecordPosition;
}

/** Validates records and links parents; bad records become problems and are left out. */
export function buildPlaceEntries(
  records: readonly { raw: RawPlace; position: RecordPosition }[],
  ctx: PlaceFileContext,
): { entries: GazetteerEntry[]; problems: GazetteerProblem[] } {
  const problems: GazetteerProblem[] = [];
  const byKey = new Map<string, Validated>();
  const order: Validated[] = [];
  for (const { raw, position } of records) {
    const fail = (reason: string, severity: GazetteerProblem['severity'] = 'error'): void => {
      problems.push({ file: ctx.file, line: position.line, feature: position.feature, reason, severity });
    };
    const v = validate(raw, position, ctx, fail);
    if (v === null) continue;
    if (byKey.has(v.key)) {
      fail(`duplicate id "${v.key}"`);
      continue;
    }
    byKey.set(v.key, v);
    order.push(v);
  }
  const entries = order.map((v) => {
    const { admin, parentId, problem } = chainOf(v, byKey, ctx);
    if (problem !== null) {
      problems.push({ file: ctx.file, line: v.position.line, feature: v.position.feature, reason: problem, severity: 'warning' });
    }
    return { ...v.entry, admin, parentId };
  });
  return { entries, problems };
}

function validate(raw: RawPlace, position: RecordPosition, ctx: PlaceFileContext, fail: (r: string, s?: 'error' | 'warning') => void): Validated | null {
  const name = text(raw['name']);
  if (name === null) {
    fail('missing name');
    return null;
  }
  const lat = coordinate(raw['lat'], 'lat', -90, 90, fail);
  const lon = coordinate(raw['lon'] ?? raw['lng'], 'lon', -180, 180, fail);
  if (lat === undefined || lon === undefined) return null;
  if ((lat === null) !== (lon === null)) {
    fail(`"${name}" has ${lat === null ? 'lon' : 'lat'} but not ${lat === null ? 'lat' : 'lon'}`);
    return null;
  }
  const featureType = typeOf(raw['type'], name, fail);
  const quality = qualityOf(raw['quality'], lat !== null, name, fail);
  if (quality === null) return null;
  const country = countryOf(raw['country'], ctx.country ?? null, name, fail);
  const population = numberOrNull(raw['population']);
  if (population !== null && !(population >= 0)) fail(`"${name}" has a negative population`, 'warning');
  const uncertainty = numberOrNull(raw['uncertaintyKm']);
  const key = text(raw['id']) ?? slug(name);
  const located = lat !== null && quality !== 'none';
  return {
    key,
    parent: text(raw['parent']),
    adminName: text(raw['adminName']) ?? name,
    explicitAdmin: list(raw['admin']),
    position,
    entry: {
      id: `${ctx.idPrefix}:${key}`,
      name,
      asciiName: asciiOf(name),
      altNames: [...(list(raw['alt'] ?? raw['altNames'] ?? raw['aliases']) ?? []), ...(list(raw['arabic']) ?? [])],
      lat: located ? lat : null,
      lon: located ? lon : null,
      featureType,
      featureCode: text(raw['detail']),
      population: population !== null && population >= 0 ? population : null,
      country,
      layer: ctx.layer,
      source: text(raw['source']) ?? referencesOf(raw) ?? `${ctx.file}${position.line !== null ? `:${position.line}` : ''}`,
      quality: located ? quality : 'none',
      uncertaintyKm: located ? (uncertainty ?? DEFAULT_UNCERTAINTY_KM[quality]) : null,
    },
  };
}

function chainOf(v: Validated, byKey: ReadonlyMap<string, Validated>, ctx: PlaceFileContext): { admin: string[]; parentId: string | null; problem: string | null } {
  if (v.explicitAdmin !== null) return { admin: v.explicitAdmin, parentId: null, problem: null };
  const admin: string[] = [];
  const seen = new Set<string>([v.key]);
  let parentKey = v.parent;
  let parentId: string | null = null;
  while (parentKey !== null) {
    const parent = byKey.get(parentKey);
    if (parent === undefined) {
      const countryName = /^[A-Z]{2}$/.test(parentKey) ? ctx.countryName(parentKey) : null;
      if (countryName !== null) {
        admin.push(countryName);
        return { admin, parentId, problem: null };
      }
      return { admin, parentId, problem: `"${v.entry.name}": parent "${parentKey}" is not an id in this file nor a known country code` };
    }
    if (seen.has(parent.key)) return { admin, parentId, problem: `"${v.entry.name}": parent chain loops at "${parent.key}"` };
    seen.add(parent.key);
    parentId ??= parent.entry.id;
    admin.push(parent.adminName);
    parentKey = parent.parent;
  }
  const country = v.entry.country !== null && v.entry.featureType !== 'country' ? ctx.countryName(v.entry.country) : null;
  if (country !== null && admin[admin.length - 1] !== country) admin.push(country);
  return { admin, parentId, problem: null };
}

function typeOf(value: unknown, name: string, fail: (r: string, s?: 'error' | 'warning') => void): FeatureType {
  const t = text(value)?.toLowerCase();
  if (t === undefined) return 'other';
  if ((FEATURE_TYPES as readonly string[]).includes(t)) return t as FeatureType;
  const synonym = TYPE_SYNONYMS[t];
  if (synonym !== undefined) return synonym;
  fail(`"${name}" has unknown type "${t}" (known: ${FEATURE_TYPES.join(', ')})`, 'warning');
  return 'other';
}

function qualityOf(value: unknown, located: boolean, name: string, fail: (r: string) => void): CoordQuality | null {
  const q = text(value)?.toLowerCase();
  if (q === undefined) return located ? 'approx' : 'none';
  if ((COORD_QUALITIES as readonly string[]).includes(q)) return q as CoordQuality;
  fail(`"${name}" has unknown quality "${q}" (known: ${COORD_QUALITIES.join(', ')})`);
  return null;
}

function countryOf(value: unknown, fallback: string | null, name: string, fail: (r: string, s?: 'error' | 'warning') => void): string | null {
  const c = text(value);
  if (c === null) return fallback;
  if (/^[A-Za-z]{2}$/.test(c)) return c.toUpperCase();
  fail(`"${name}" has country "${c}", expected an ISO 3166-1 alpha-2 code such as IQ`, 'warning');
  return fallback;
}

/** `undefined` when the value is present but bad (already reported), null when absent. */
function coordinate(value: unknown, field: string, min: number, max: number, fail: (r: string) => void): number | null | undefined {
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  if (!Number.isFinite(n)) {
    fail(`${field} "${String(value)}" is not a number`);
    return undefined;
  }
  if (n < min || n > max) {
    fail(`${field} ${n} is out of range [${min}, ${max}]`);
    return undefined;
  }
  return n;
}

function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return t === '' ? null : t;
}

function numberOrNull(value: unknown): number | null {
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** A list given as a YAML/JSON array or as a `|`-separated string (CSV cells). */
function list(value: unknown): string[] | null {
  if (Array.isArray(value)) return value.map((v) => text(v)).filter((v): v is string => v !== null);
  const t = text(value);
  return t === null ? null : t.split('|').map((s) => s.trim()).filter((s) => s !== '');
}

/** A pack's `basis` (how the point was got) and `refs` (where the facts come from), as one source line. */
function referencesOf(raw: RawPlace): string | null {
  const refs = list(raw['refs']);
  if (refs === null || refs.length === 0) return null;
  const basis = text(raw['basis']);
  return `${basis === null ? '' : `${basis}: `}${refs.join('; ')}`;
}

export function asciiOf(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[ʿʾ‘’]/g, "'");
}

export function slug(name: string): string {
  return asciiOf(name).toLowerCase().replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'place';
}
