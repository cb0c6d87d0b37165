/** The layer assigned by the geocode stage (see geocode-stage.ts). */
import type { FeatureType } from '../../geo/index.js';

/** ACLED location precision: 1 the place itself, 2 near or part of it, 3 a region or larger. */
export type Precision = 1 | 2 | 3;

export interface Alternative {
  id: string;
  name: string;
  country: string | null;
  score: number;
}

export interface ResolutionAttrs {
  /** False when the stage abstained: no candidate, candidates too close to call, or an unlocated entry. */
  resolved: boolean;
  /** The entry the mention names (the anchor, for a relative location); null when unresolved. */
  gazetteerId: string | null;
  /** The mention's name as written. */
  name: string;
  /** The entry's own name, e.g. "Qayyarah" for "Qayara". */
  canonical: string | null;
  featureType: FeatureType | null;
  /** The point the mention locates: the entry's, or the offset point of a relative location. */
  lat: number | null;
  lon: number | null;
  precision: Precision | null;
  /** Radius around the point within which the place lies, km. */
  uncertaintyKm: number | null;
  /** Containing places from the nearest outwards, ending with the country's name. */
  admin: string[];
  country: string | null;
  /** "22km east of Mosul": the anchor's name, the distance and the bearing from it. */
  relative: { anchor: string; distanceKm: number | null; bearing: string | null } | null;
  /** Score of the chosen entry (a log-odds-like sum of the evidence), or null. */
  score: number | null;
  /** The best entries considered, the chosen one first (at most 3). */
  alternatives: Alternative[];
  /** Why this entry, or why none, in words. */
  reason: string;
}

declare module '../../core/layers.js' {
  interface LayerTypes {
    /** One per `place` mention, same span: where it is, how precisely, and why. */
    'place-resolution': ResolutionAttrs;
  }
}

export {};
