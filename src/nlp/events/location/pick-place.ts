/**
 * Choosing among the place mentions of a stretch of text: drop the places that
 * only situate another ("Mosul" in "the Ghazlani base in Mosul" or in
 * "Bartella, 22km east of Mosul"), prefer a town or district to the country or
 * province around it, take the first after the trigger ("…in Gogjali") or
 * else the nearest before it, and expand a list it belongs to ("the
 * neighbourhoods of A, B, C and D") into all its members.
 */
import type { Annotation } from '../../../core/layers.js';
import type { EventContext } from '../context.js';

/**
 * Gaps between the members of a list of places: ", ", " and ", ", and in the
 * southern province of ", " as well as ". A member's own relative phrase
 * ("…east of Damascus, north of Homs") is not part of the gap.
 */
const LIST_GAP = new RegExp(
  String.raw`^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*,?\s+as\s+well\s+as\s+)(?:(?:in|at|on|near)\s+)?(?:the\s+)?` +
    String.raw`(?:(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\s+)?` +
    String.raw`(?:(?:province|district|town|city|village|area|region|governorate|neighbou?rhood|suburb)s?\s+of\s+)?$`,
  'i',
);

export type Place = Annotation<'place'>;

/** The mentions that locate themselves: not containers or anchors of another mention here. */
function ownPlaces(ctx: EventContext, places: readonly Place[]): Place[] {
  const situating = new Set<number>();
  for (const p of places) {
    const container = p.attrs.within && places.find((q) => q.start === p.attrs.within?.start);
    if (container && situates(ctx, p, container)) situating.add(container.start);
    if (anchored(places, p)) situating.add(p.start);
  }
  return places.filter((p) => !situating.has(p.start));
}

/**
 * The mention a relative phrase locates ("Bartella" in "Bartella, 22km east of
 * Mosul"). A mention with a relative phrase of its own is not located by the
 * next one: "east of Damascus, north of Homs" is a list of two areas.
 */
function anchored(places: readonly Place[], p: Place): Place | undefined {
  const anchorOf = p.attrs.relative?.anchorOf;
  const target = anchorOf ? places.find((q) => q.start === anchorOf.start) : undefined;
  return target && !target.attrs.relative ? target : undefined;
}

/** 0 for a country, 1 for a province or region, 2 for anything smaller. */
export function specificity(ctx: EventContext, p: Place): number {
  const type = p.attrs.type;
  if (type === 'country') return 0;
  if (type === 'province' || type === 'area') return 1;
  const feature = ctx.placeFeature(p);
  if (feature === 'country') return 0;
  if (feature === 'admin1' || feature === 'region' || feature === 'admin2') return 1;
  return 2;
}

/** The best mention for a trigger at `at`: most specific, then first after it, else nearest before. */
export function pickPlace(ctx: EventContext, places: readonly Place[], at: number): Place | undefined {
  const own = ownPlaces(ctx, places);
  if (own.length === 0) return undefined;
  const top = Math.max(...own.map((p) => specificity(ctx, p)));
  const best = own.filter((p) => specificity(ctx, p) === top);
  return best.find((p) => p.start >= at) ?? best.reduce((a, b) => (Math.abs(b.end - at) < Math.abs(a.end - at) ? b : a));
}

/** The list a mention belongs to, in text order; the mention alone when it is in none. */
export function listOf(ctx: EventContext, places: readonly Place[], place: Place): Place[] {
  const i = places.indexOf(place);
  if (i < 0) return [place];
  let from = i;
  let to = i;
  while (from > 0 && joined(ctx, places, places[from - 1], places[from])) from--;
  while (to < places.length - 1 && joined(ctx, places, places[to], places[to + 1])) to++;
  return places.slice(from, to + 1);
}

/**
 * "the Ghazlani base in Mosul", "Azaz, Aleppo province": the container holds
 * the place. A bare comma between two places of one rank is a list
 * ("Malayeen, Samah, Khadra"), not containment.
 */
export function situates(ctx: EventContext, place: Place, container: Place): boolean {
  if (!/^\s*,\s*$/.test(ctx.text.slice(place.end, container.start))) return true;
  return specificity(ctx, container) < specificity(ctx, place);
}

function joined(ctx: EventContext, places: readonly Place[], a: Place | undefined, b: Place | undefined): boolean {
  if (!a || !b) return false;
  const rel = b.attrs.relative;
  if (anchored(places, b)) return false;
  const end = rel && rel.phrase.start >= a.end ? rel.phrase.start : b.start;
  if (end - a.end > 40) return false;
  const gap = ctx.text.slice(a.end, end);
  const [sa, sb] = [specificity(ctx, a), specificity(ctx, b)];
  // "Azaz, Aleppo province", "Aleppo, Syria": a comma before a wider place is containment.
  if (sa !== sb && (sa === 0 || sb === 0 || /^\s*,\s*$/.test(gap))) return false;
  return LIST_GAP.test(gap);
}
