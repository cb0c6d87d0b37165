/**
 * A chosen place mention as the record's `location`, with its precision
 * lowered one step for each step away from the trigger's own words: a place
 * read from the paragraph, headline, dateline or title is at best "near" (2).
 * A place the gazetteer lacks takes the point of the place the text puts it
 * in, as "part of" it (2).
 */
import type { EventContext } from '../context.js';
import type { EventLocation, LocationSource } from '../layers.js';
import type { Place } from './pick-place.js';
import { situates, specificity } from './pick-place.js';
import type { ResolutionAttrs } from '../../geocode/layers.js';

const WIDE_SOURCES: ReadonlySet<LocationSource> = new Set(['paragraph', 'headline', 'dateline', 'title']);

export function locationOf(ctx: EventContext, place: Place, source: LocationSource): EventLocation {
  const r = ctx.resolution(place);
  if (!r) {
    const container = containerOf(ctx, place);
    if (container) return partOf(place, container, source);
  }
  const rel = place.attrs.relative;
  let precision: 1 | 2 | 3 = r?.precision ?? (rel ? 2 : 1);
  if (specificity(ctx, place) < 2) precision = 3;
  if (WIDE_SOURCES.has(source) && precision < 2) precision = 2;
  return {
    name: place.attrs.name,
    canonical: r?.canonical ?? null,
    lat: r?.lat ?? null,
    lon: r?.lon ?? null,
    precision,
    uncertaintyKm: r?.uncertaintyKm ?? null,
    relative: r?.relative ?? (rel && !rel.anchorOf ? { anchor: place.attrs.name, distanceKm: rel.distanceKm, bearing: rel.direction } : null),
    admin: r?.admin ?? [],
    country: r?.country ?? null,
    gazetteerId: r?.gazetteerId ?? null,
    source,
    evidence: { start: place.start, end: place.end, quote: place.quote },
  };
}

/** The resolved place a mention is said to lie in ("X in Manbij", "the X district of Mosul"), not a list mate. */
function containerOf(ctx: EventContext, place: Place): ResolutionAttrs | null {
  const within = place.attrs.within;
  const container = within && ctx.places.find((p) => p.start === within.start);
  return container && situates(ctx, place, container) ? ctx.resolution(container) : null;
}

function partOf(place: Place, container: ResolutionAttrs, source: LocationSource): EventLocation {
  return {
    name: place.attrs.name,
    canonical: null,
    lat: container.lat,
    lon: container.lon,
    precision: 2,
    uncertaintyKm: container.uncertaintyKm,
    relative: null,
    admin: [container.canonical ?? container.name, ...container.admin],
    country: container.country,
    gazetteerId: null,
    source,
    evidence: { start: place.start, end: place.end, quote: place.quote },
  };
}
