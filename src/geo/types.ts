/** The gazetteer's data model, shared by every layer and loader. */

/** Where an entry comes from, highest priority first. */
export type Layer = 'user' | 'theatre' | 'geonames' | 'world';

export const LAYER_PRIORITY: Readonly<Record<Layer, number>> = { user: 0, theatre: 1, geonames: 2, world: 3 };

export const FEATURE_TYPES = [
  'country', 'admin1', 'admin2', 'district', 'city', 'town', 'village', 'neighbourhood',
  'base', 'airport', 'bridge', 'landmark', 'camp', 'river', 'mountain', 'region', 'other',
] as const;

export type FeatureType = (typeof FEATURE_TYPES)[number];

/**
 * How far to trust a coordinate. `exact`: a point for this very place;
 * `approx`: probably within about a kilometre; `estimated`: derived or
 * third-party, errors of kilometres; `none`: unlocated.
 */
export type CoordQuality = 'exact' | 'approx' | 'estimated' | 'none';

export const COORD_QUALITIES: readonly CoordQuality[] = ['exact', 'approx', 'estimated', 'none'];

export interface GazetteerEntry {
  /** Stable across loads: `theatre:mosul:gogjali`, `world:city:99072`, `geonames:99072`, `user:<file>:<id>`. */
  readonly id: string;
  readonly name: string;
  readonly asciiName: string;
  readonly altNames: readonly string[];
  /** Null when no trustworthy coordinate is known: the place is unlocated, never guessed. */
  readonly lat: number | null;
  readonly lon: number | null;
  readonly featureType: FeatureType;
  /** GeoNames feature code (PPLA, ADM1, AIRP…) or the source's own finer kind ("mosque", "dam"). */
  readonly featureCode: string | null;
  readonly population: number | null;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string | null;
  /** Names of the containing places from the nearest outwards: Gogjali → ['Mosul', 'Nineveh', 'Iraq']. */
  readonly admin: readonly string[];
  /** The id of the nearest containing entry in the same layer, when known. */
  readonly parentId: string | null;
  readonly layer: Layer;
  /** Where the facts come from: a file and line, a package, or the research reference. */
  readonly source: string;
  readonly quality: CoordQuality;
  /** Radius within which the place's true point lies, as far as the source lets us say. */
  readonly uncertaintyKm: number | null;
}

/** A lookup result: an entry and the key it matched under. */
export interface Candidate extends GazetteerEntry {
  readonly matchedKey: string;
  /** Ids of lower-layer entries for the same place that this one stands for. */
  readonly sameAs: readonly string[];
}

/** A bad input row, reported instead of thrown so one bad row never stops a load. */
export interface GazetteerProblem {
  readonly file: string;
  /** 1-based line in the file (YAML, CSV, GeoNames dumps), when known. */
  readonly line: number | null;
  /** 0-based index of the GeoJSON feature or YAML list item, when known. */
  readonly feature: number | null;
  readonly reason: string;
  readonly severity: 'error' | 'warning';
}

export function describeProblem(p: GazetteerProblem): string {
  const where = p.line !== null ? `:${p.line}` : p.feature !== null ? ` feature ${p.feature}` : '';
  return `${p.file}${where}: ${p.reason}`;
}
