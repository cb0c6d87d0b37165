import type { ActorRef, Count, EventRecord, TimeRef } from '../core/records.js';
import { distanceKm } from '../geo/distance.js';
import type { GoldEvent } from './gold-types.js';
import { normalizeName } from './normalize.js';

/** The per-field checks of a matched event (FORMAT.md); `place` is within 5 km. */
export const EVENT_FIELDS = ['type', 'place1', 'place', 'place25', 'date', 'actors', 'targets', 'modality', 'fatalities', 'background'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

/** true or false, or null when the gold gives nothing to check (no coordinates, no date). */
export type FieldResults = Record<EventField, boolean | null>;

/** The radius within which a system location matches a gold place. */
export const MATCH_KM = 5;

export function family(type: string): string {
  const dot = type.indexOf('.');
  return dot === -1 ? type : type.slice(0, dot);
}

export function typeCorrect(gold: GoldEvent, type: string): boolean {
  return type === gold.type || gold.altTypes.includes(type);
}

export function familyCorrect(gold: GoldEvent, type: string): boolean {
  const f = family(type);
  return f === family(gold.type) || gold.altTypes.some((t) => family(t) === f);
}

/** Kilometres between the gold place and the system location, or null when either has no coordinates. */
export function placeErrorKm(gold: GoldEvent, sys: EventRecord): number | null {
  const loc = sys.location;
  if (gold.lat === null || gold.lon === null || loc === null || loc.lat === null || loc.lon === null) return null;
  return distanceKm(gold.lat, gold.lon, loc.lat, loc.lon);
}

/**
 * Whether the system's date lies within the gold day or range: a system range
 * must lie inside it whole. null when the gold gives no date.
 */
export function dateInGold(gold: GoldEvent, time: TimeRef | null): boolean | null {
  const [lo, hi] = gold.dateRange ?? (gold.date === null ? [null, null] : [gold.date, gold.date]);
  if (lo === null || hi === null) return null;
  const start = day(time?.date ?? time?.start ?? time?.end);
  const end = day(time?.date ?? time?.end ?? time?.start);
  if (start === null || end === null) return false;
  return lo <= start && end <= hi;
}

/**
 * Both ways: every gold actor is named by some system actor, and every system
 * actor is one of the gold actors. A missing or an extra actor is an error.
 */
export function actorsCorrect(gold: readonly (readonly string[])[], sys: readonly ActorRef[]): boolean {
  const groups = gold.map((aliases) => new Set(aliases.map(normalizeName)));
  const names = sys.map((a) => [a.name, a.canonical].filter((n): n is string => typeof n === 'string').map(normalizeName));
  const named = (group: Set<string>, actor: string[]): boolean => actor.some((n) => group.has(n));
  return groups.every((g) => names.some((a) => named(g, a))) && names.every((a) => groups.some((g) => named(g, a)));
}

/** Low and high as stated; a gold null wants no figure at all. */
export function fatalitiesCorrect(gold: GoldEvent['fatalities'], sys: Count | null | undefined): boolean {
  const low = sys?.low ?? null;
  const high = sys?.high ?? null;
  if (gold === null) return low === null && high === null && (sys?.best ?? null) === null;
  return low === gold.low && high === gold.high;
}

export function fieldResults(gold: GoldEvent, sys: EventRecord): FieldResults {
  const hasPlace = gold.lat !== null;
  const km = placeErrorKm(gold, sys);
  const within = (limit: number): boolean | null => (hasPlace ? km !== null && km <= limit : null);
  return {
    type: typeCorrect(gold, sys.type),
    place1: within(1),
    place: within(MATCH_KM),
    place25: within(25),
    date: dateInGold(gold, sys.time),
    actors: actorsCorrect(gold.actors, sys.actors),
    targets: actorsCorrect(gold.targets, sys.targets),
    modality: sys.modality === gold.modality || gold.altModality.includes(sys.modality),
    fatalities: fatalitiesCorrect(gold.fatalities, sys.fatalities),
    background: sys.background === gold.background,
  };
}

function day(value: string | null | undefined): string | null {
  return typeof value === 'string' && value.length >= 10 ? value.slice(0, 10) : null;
}
