import { distanceKm } from '../geo/distance.js';
import { emptyWithin, PLACE_RADII_KM, type PlaceCounts } from './counts.js';
import { MATCH_KM } from './event-fields.js';
import type { EvalProblem, GoldDocument } from './gold-types.js';
import { findName, overlapsAny } from './locate.js';
import { normalizeName } from './normalize.js';
import { systemPlaces, type SystemPlace } from './system-places.js';

export interface PlaceMiss {
  name: string;
}

/** A gold toponym found but not put within 5 km of its gold coordinates. */
export interface PlaceUnresolved {
  name: string;
  errorKm: number | null;
  system: string;
}

export interface PlaceFalsePositive {
  name: string | null;
  quote: string;
}

export interface PlaceScore {
  counts: PlaceCounts;
  misses: PlaceMiss[];
  unresolved: PlaceUnresolved[];
  falsePositives: PlaceFalsePositive[];
  problems: EvalProblem[];
}

/**
 * A gold toponym is found when a system place mention overlaps one of its
 * occurrences in the text; a mention without offsets is judged by its name.
 * When several mentions cover it, the closest resolution counts: the gold
 * lists a toponym once, not each mention.
 */
export function scorePlaces(gold: GoldDocument, places: readonly unknown[], text: string): PlaceScore {
  const system = systemPlaces(places);
  const problems: EvalProblem[] = [];
  const counts: PlaceCounts = { gold: gold.places.length, system: system.length, found: 0, matched: 0, located: 0, within: emptyWithin(), errorsKm: [] };
  const used = new Set<number>();
  const misses: PlaceMiss[] = [];
  const unresolved: PlaceUnresolved[] = [];
  for (const [i, g] of gold.places.entries()) {
    const occurrences = findName(g.name, text);
    if (occurrences.length === 0) {
      problems.push({ file: gold.file, at: `places[${i}] (${g.name})`, reason: 'the name does not occur in the text; matched by name only', severity: 'warning' });
    }
    const key = normalizeName(g.name);
    const covering = system.flatMap((p, k) => {
      const byName = p.name !== null && normalizeName(p.name) === key;
      const covers = p.start !== null && p.end !== null && occurrences.length > 0 ? overlapsAny(p.start, p.end, occurrences) : byName;
      return covers ? [k] : [];
    });
    if (g.lat !== null && g.lon !== null) counts.located += 1;
    if (covering.length === 0) {
      misses.push({ name: g.name });
      continue;
    }
    counts.found += 1;
    for (const k of covering) used.add(k);
    if (g.lat === null || g.lon === null) continue;
    const { lat, lon } = g;
    const errors = covering.flatMap((k) => {
      const p = system[k];
      return p === undefined || p.lat === null || p.lon === null ? [] : [distanceKm(lat, lon, p.lat, p.lon)];
    });
    const error = errors.length === 0 ? null : Math.min(...errors);
    if (error !== null) {
      counts.errorsKm.push(error);
      for (const r of PLACE_RADII_KM) if (error <= r) counts.within[r] += 1;
    }
    if (error === null || error > MATCH_KM) {
      unresolved.push({ name: g.name, errorKm: error, system: describe(covering.map((k) => system[k]), text) });
    }
  }
  counts.matched = used.size;
  const falsePositives = system.flatMap((p, k): PlaceFalsePositive[] => (used.has(k) ? [] : [{ name: p.name, quote: quoteOf(p, text) }]));
  return { counts, misses, unresolved, falsePositives, problems };
}

function describe(places: readonly (SystemPlace | undefined)[], text: string): string {
  return places
    .filter((p): p is SystemPlace => p !== undefined)
    .map((p) => `${quoteOf(p, text)} (${p.lat === null ? 'unresolved' : `${p.lat}, ${p.lon}`})`)
    .join('; ');
}

function quoteOf(p: SystemPlace, text: string): string {
  return p.start !== null && p.end !== null && p.end <= text.length ? text.slice(p.start, p.end) : (p.name ?? '?');
}
