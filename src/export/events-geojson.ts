import type { EventRecord } from '../core/records.js';

export interface GeoJsonFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, unknown>;
}

/**
 * One feature per event. Events without coordinates keep a null geometry (valid
 * GeoJSON) rather than being dropped or pinned to a country centre.
 */
export function eventFeature(e: EventRecord): GeoJsonFeature {
  const { location } = e;
  const point = location && location.lat !== null && location.lon !== null ? location : null;
  return {
    type: 'Feature',
    id: e.id,
    geometry: point ? { type: 'Point', coordinates: [point.lon as number, point.lat as number] } : null,
    properties: {
      type: e.type,
      date: e.time?.date ?? null,
      place: location?.canonical ?? location?.name ?? null,
      precision: location?.precision ?? null,
      uncertaintyKm: location?.uncertaintyKm ?? null,
      actors: e.actors.map((a) => a.canonical ?? a.name),
      targets: e.targets.map((a) => a.canonical ?? a.name),
      fatalities: e.fatalities,
      modality: e.modality,
      background: e.background,
      evidence: e.evidence,
      codes: e.codes,
    },
  };
}

export const GEOJSON_HEAD = '{"type":"FeatureCollection","features":[\n';
export const GEOJSON_TAIL = '\n]}\n';
