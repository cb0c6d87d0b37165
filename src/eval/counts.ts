import { EVENT_FIELDS, type EventField } from './event-fields.js';

/**
 * Raw counts per layer. They add up across documents, so the overall figures
 * are micro-averages: every gold event weighs the same whatever its report.
 */
export interface Ratio {
  correct: number;
  total: number;
}

export interface EventCounts {
  gold: number;
  key: number;
  system: number;
  /** System events matched to key gold events, one each (true positives). */
  matched: number;
  /** System events matching non-key gold events: left out of precision. */
  acceptable: number;
  duplicates: number;
  /** Background gold events reported as current. */
  background: number;
  unmatched: number;
  /** Per field, over matched events where the gold gives something to check. */
  fields: Record<EventField, Ratio>;
}

export interface QuoteCounts {
  gold: number;
  system: number;
  /** Gold quotes contained in some system quote. */
  found: number;
  /** System quotes containing some gold quote. */
  matched: number;
  speaker: Ratio;
}

export const PLACE_RADII_KM = [1, 5, 25, 161] as const;
export type PlaceRadius = (typeof PLACE_RADII_KM)[number];

export interface PlaceCounts {
  gold: number;
  system: number;
  /** Gold toponyms covered by a system place mention. */
  found: number;
  /** System place mentions covering a gold toponym. */
  matched: number;
  /** Gold toponyms with coordinates: the denominator of the resolution rates. */
  located: number;
  within: Record<PlaceRadius, number>;
  /** Error of each found gold toponym with coordinates that the system resolved. */
  errorsKm: number[];
}

export interface LayerCounts {
  events: EventCounts;
  quotes: QuoteCounts;
  places: PlaceCounts;
}

export function emptyFields(): Record<EventField, Ratio> {
  return Object.fromEntries(EVENT_FIELDS.map((f) => [f, { correct: 0, total: 0 }])) as Record<EventField, Ratio>;
}

export function emptyWithin(): Record<PlaceRadius, number> {
  return Object.fromEntries(PLACE_RADII_KM.map((r) => [r, 0])) as Record<PlaceRadius, number>;
}

export function emptyCounts(): LayerCounts {
  return {
    events: { gold: 0, key: 0, system: 0, matched: 0, acceptable: 0, duplicates: 0, background: 0, unmatched: 0, fields: emptyFields() },
    quotes: { gold: 0, system: 0, found: 0, matched: 0, speaker: { correct: 0, total: 0 } },
    places: { gold: 0, system: 0, found: 0, matched: 0, located: 0, within: emptyWithin(), errorsKm: [] },
  };
}

export function addCounts(a: LayerCounts, b: LayerCounts): LayerCounts {
  const ratio = (x: Ratio, y: Ratio): Ratio => ({ correct: x.correct + y.correct, total: x.total + y.total });
  const e = a.events;
  const f = b.events;
  return {
    events: {
      gold: e.gold + f.gold,
      key: e.key + f.key,
      system: e.system + f.system,
      matched: e.matched + f.matched,
      acceptable: e.acceptable + f.acceptable,
      duplicates: e.duplicates + f.duplicates,
      background: e.background + f.background,
      unmatched: e.unmatched + f.unmatched,
      fields: Object.fromEntries(EVENT_FIELDS.map((k) => [k, ratio(e.fields[k], f.fields[k])])) as Record<EventField, Ratio>,
    },
    quotes: {
      gold: a.quotes.gold + b.quotes.gold,
      system: a.quotes.system + b.quotes.system,
      found: a.quotes.found + b.quotes.found,
      matched: a.quotes.matched + b.quotes.matched,
      speaker: ratio(a.quotes.speaker, b.quotes.speaker),
    },
    places: {
      gold: a.places.gold + b.places.gold,
      system: a.places.system + b.places.system,
      found: a.places.found + b.places.found,
      matched: a.places.matched + b.places.matched,
      located: a.places.located + b.places.located,
      within: Object.fromEntries(PLACE_RADII_KM.map((r) => [r, a.places.within[r] + b.places.within[r]])) as Record<PlaceRadius, number>,
      errorsKm: [...a.places.errorsKm, ...b.places.errorsKm],
    },
  };
}
