/**
 * Scores place mentions against a gold file's places (../shared/gold/FORMAT.md):
 * a gold toponym is found when a mention covers one of its occurrences in the
 * text, and resolved when such a mention's point lies within 5 km of the gold
 * coordinates. Gold places without coordinates count for `found` only.
 */
import type { Document } from '../../core/document.js';
import { distanceKm } from '../../geo/index.js';
import './layers.js';
import '../places/layers.js';

export interface GoldPlace {
  name: string;
  lat: number | null;
  lon: number | null;
}

export interface GoldPlaceScore {
  name: string;
  found: boolean;
  /** Nearest resolved point of a mention covering the name, km from gold; null when none or no gold point. */
  errorKm: number | null;
  located: boolean;
}

export const RESOLVED_KM = 5;

export function scoreGoldPlaces(doc: Document, gold: readonly GoldPlace[]): GoldPlaceScore[] {
  const lower = doc.text.toLowerCase();
  const mentions = doc.layer('place');
  const resolutions = new Map(doc.layer('place-resolution').map((r) => [r.start, r.attrs]));
  return gold.map((g) => {
    const needle = g.name.toLowerCase();
    let found = false;
    let errorKm: number | null = null;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      if (!isWordAt(lower, at, needle.length)) continue;
      for (const m of mentions) {
        if (m.start > at || m.end < at + needle.length) continue;
        found = true;
        const r = resolutions.get(m.start);
        if (r === undefined || !r.resolved || r.lat === null || r.lon === null || g.lat === null || g.lon === null) continue;
        const d = distanceKm(r.lat, r.lon, g.lat, g.lon);
        errorKm = errorKm === null ? d : Math.min(errorKm, d);
      }
    }
    return { name: g.name, found, errorKm, located: g.lat !== null && g.lon !== null };
  });
}

function isWordAt(text: string, at: number, length: number): boolean {
  const before = text.charAt(at - 1);
  const after = text.charAt(at + length);
  return !/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after);
}
