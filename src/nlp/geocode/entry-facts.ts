/**
 * What an entry is worth before the document has its say: how prominent it
 * is, whether a descriptor in the text fits its kind, how large it is (a
 * container must be larger than what it contains), and the precision and
 * radius a resolution to it carries.
 */
import type { FeatureType, GazetteerEntry } from '../../geo/index.js';
import type { PlaceTypeCue } from '../places/layers.js';
import type { Precision } from './layers.js';

const LAYER_BONUS: Readonly<Record<GazetteerEntry['layer'], number>> = { user: 4, theatre: 3, geonames: 1, world: 0 };

/**
 * Prominence: a place named without context is most often the well-known
 * one. Countries and first-level regions carry no population in the world
 * layer, so their kind stands in for it.
 */
export function prior(e: GazetteerEntry, w: { population: number; altNames: number }): number {
  let s = LAYER_BONUS[e.layer];
  if (e.featureType === 'country') s += 9;
  else if (e.featureType === 'admin1') s += 5;
  else s += w.population * Math.log10(1 + (e.population ?? 0));
  if (e.featureCode === 'PPLC') s += 1.5;
  else if (e.featureCode === 'PPLA') s += 0.7;
  // Well-known places have many names in many languages.
  s += w.altNames * Math.log10(1 + e.altNames.length);
  return s;
}

const FITS: Readonly<Record<PlaceTypeCue, readonly FeatureType[]>> = {
  country: ['country'],
  province: ['admin1', 'admin2', 'region'],
  district: ['admin2', 'district', 'neighbourhood'],
  neighbourhood: ['neighbourhood', 'district'],
  city: ['city', 'town'],
  town: ['town', 'city', 'village'],
  village: ['village', 'town'],
  area: ['neighbourhood', 'district', 'region', 'admin2', 'village', 'town'],
  camp: ['camp', 'base'],
  base: ['base', 'airport', 'camp'],
  airport: ['airport', 'base'],
  university: ['landmark'],
  facility: ['landmark', 'bridge', 'other', 'base'],
  river: ['river'],
  mountain: ['mountain'],
};

/** +1 when the descriptor fits the entry's kind, -1 when it plainly does not, 0 without a descriptor. */
export function typeFit(cue: PlaceTypeCue | null, anchored: boolean, type: FeatureType): number {
  if (cue === null || anchored) return 0;
  if (FITS[cue].includes(type)) return 1;
  return type === 'country' || type === 'admin1' || ((cue === 'village' || cue === 'neighbourhood') && type === 'city') ? -1 : 0;
}

/** Size rank: a container outranks what it contains. */
export function sizeRank(type: FeatureType): number {
  switch (type) {
    case 'country':
      return 5;
    case 'admin1':
    case 'region':
      return 4;
    case 'admin2':
      return 3;
    case 'city':
    case 'district':
      return 2;
    default:
      return 1;
  }
}

export function precisionOf(type: FeatureType): Precision {
  if (type === 'country' || type === 'admin1' || type === 'region') return 3;
  if (type === 'admin2' || type === 'district' || type === 'river' || type === 'mountain') return 2;
  return 1;
}

const DEFAULT_RADIUS_KM: Partial<Record<FeatureType, number>> = {
  country: 500, admin1: 100, region: 100, admin2: 30, district: 3, city: 10, town: 3, river: 50, mountain: 10,
};

/** How far from its point the place may reach: the source's own radius, but never less than its kind's extent. */
export function radiusKm(e: GazetteerEntry): number {
  const extent = DEFAULT_RADIUS_KM[e.featureType] ?? 1;
  return Math.max(e.uncertaintyKm ?? extent, AREAL.has(e.featureType) ? extent : 0);
}

const AREAL = new Set<FeatureType>(['country', 'admin1', 'region', 'admin2', 'city']);

/** The entry's first-level region as `CC:name`, for focus counting; null when unknown. */
export function regionKey(e: GazetteerEntry): string | null {
  if (e.country === null) return null;
  if (e.featureType === 'admin1') return `${e.country}:${e.name.toLowerCase()}`;
  if (e.featureType === 'country' || e.admin.length < 2) return null;
  return `${e.country}:${(e.admin[e.admin.length - 2] as string).toLowerCase()}`;
}
