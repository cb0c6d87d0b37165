/**
 * From scored candidates to one resolution per mention: the chosen entry, or
 * an abstention when the gazetteer has no such name, when it knows the name
 * but not where it is, or when two far-apart places score too close to call.
 * A relative location moves the point and widens its radius; a facility the
 * gazetteer lacks is placed at the town it is named after, at precision 2.
 */
import { distanceKm, type GazetteerEntry } from '../../geo/index.js';
import type { PlaceRelative } from '../places/layers.js';
import { BEARING_DEGREES, destination } from './destination.js';
import { precisionOf, radiusKm } from './entry-facts.js';
import type { Alternative, ResolutionAttrs } from './layers.js';
import type { MentionContext } from './mention-context.js';
import { contains, type Scored } from './score-groups.js';

/** Two candidates this close in score and this far apart are a guess, not a resolution. */
export const ABSTAIN_MARGIN = 0.5;
const ABSTAIN_KM = 50;

const FACILITY_KM = 5;
const NEAR_KM = 10;
const OUTSKIRTS_KM = 5;
const DIRECTION_KM = 30;

interface GroupChoice {
  entry: GazetteerEntry | null;
  score: number | null;
  alternatives: Alternative[];
  reason: string;
}

export function locateMentions(ctx: MentionContext, scored: readonly Scored[][]): ResolutionAttrs[] {
  const choices = ctx.groups.map((g, gi) => chooseGroup(g.entries.length, scored[gi] ?? [], ctx.places[g.mentions[0] as number]?.attrs.name ?? ''));
  const out: ResolutionAttrs[] = ctx.places.map((p, i) => {
    const choice = choices[ctx.groupOf[i] as number] as GroupChoice;
    return resolution(p.attrs.name, choice, p.attrs.anchored, p.attrs.relative);
  });
  // A place the gazetteer lacks, located only by a relative phrase: "the village of X, 15km south of Kirkuk".
  ctx.places.forEach((_, i) => {
    const own = out[i] as ResolutionAttrs;
    if (own.resolved) return;
    for (const r of ctx.locatedBy[i] ?? []) {
      const via = out[r] as ResolutionAttrs;
      if (!via.resolved || via.relative === null) continue;
      out[i] = { ...via, name: own.name, gazetteerId: null, canonical: null, featureType: null, alternatives: own.alternatives,
        reason: `not in the gazetteer; located by its relation to ${via.relative.anchor}` };
      return;
    }
  });
  return out;
}

function alternative(s: Scored): Alternative {
  return { id: s.entry.id, name: s.entry.name, country: s.entry.country, score: Math.round(s.score * 100) / 100 };
}

function chooseGroup(count: number, scored: readonly Scored[], name: string): GroupChoice {
  const alternatives = scored.slice(0, 3).map(alternative);
  const [best, second] = scored;
  if (count === 0 || best === undefined) return { entry: null, score: null, alternatives, reason: `"${name}" is not in the gazetteer` };
  const margin = second === undefined ? Infinity : best.score - second.score;
  if (second !== undefined && margin < ABSTAIN_MARGIN && apart(best.entry, second.entry)) {
    return { entry: null, score: null, alternatives, reason: `ambiguous: ${describe(best.entry)} and ${describe(second.entry)} score within ${margin.toFixed(2)}` };
  }
  if (best.entry.lat === null || best.entry.lon === null) {
    return { entry: null, score: null, alternatives, reason: `${describe(best.entry)} is in the gazetteer without a known position` };
  }
  const why = second === undefined ? 'the only candidate' : `leads ${describe(second.entry)} by ${margin.toFixed(2)}`;
  return { entry: best.entry, score: best.score, alternatives, reason: `${describe(best.entry)}: ${why}` };
}

/** Two readings that put the place far apart; a country and a city inside it are one answer at two scales. */
function apart(a: GazetteerEntry, b: GazetteerEntry): boolean {
  if (contains(a, b) || contains(b, a)) return false;
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return true;
  return distanceKm(a.lat, a.lon, b.lat, b.lon) > ABSTAIN_KM;
}

function describe(e: GazetteerEntry): string {
  return `${e.name} (${e.featureType}${e.country === null ? '' : `, ${e.country}`})`;
}

function resolution(name: string, choice: GroupChoice, anchored: boolean, relative: PlaceRelative | null): ResolutionAttrs {
  const e = choice.entry;
  if (e === null || e.lat === null || e.lon === null) {
    return {
      resolved: false, gazetteerId: null, name, canonical: null, featureType: null, lat: null, lon: null, precision: null,
      uncertaintyKm: null, admin: [], country: null, relative: null, score: null, alternatives: choice.alternatives, reason: choice.reason,
    };
  }
  const base: ResolutionAttrs = {
    resolved: true, gazetteerId: e.id, name, canonical: e.name, featureType: e.featureType, lat: e.lat, lon: e.lon,
    precision: precisionOf(e.featureType), uncertaintyKm: radiusKm(e), admin: [...e.admin], country: e.country,
    relative: null, score: round(choice.score ?? 0), alternatives: choice.alternatives, reason: choice.reason,
  };
  const located = anchored
    ? { ...base, precision: 2 as const, uncertaintyKm: round(radiusKm(e) + FACILITY_KM), reason: `a facility the gazetteer lacks, placed at ${e.name}; ${choice.reason}` }
    : base;
  return relative === null ? located : offset(located, e, relative);
}

function offset(r: ResolutionAttrs, anchor: GazetteerEntry, rel: PlaceRelative): ResolutionAttrs {
  const lat = anchor.lat as number;
  const lon = anchor.lon as number;
  const radius = radiusKm(anchor);
  const precision = r.precision === 3 ? 3 : 2;
  const relativeRef = { anchor: anchor.name, distanceKm: rel.distanceKm, bearing: rel.direction };
  if (rel.kind === 'distance' && rel.distanceKm !== null && rel.direction !== null) {
    const p = destination(lat, lon, BEARING_DEGREES[rel.direction], rel.distanceKm);
    return { ...r, lat: round6(p.lat), lon: round6(p.lon), precision, relative: relativeRef, uncertaintyKm: round(radius + Math.max(1, 0.2 * rel.distanceKm)),
      reason: `${rel.distanceKm} km ${rel.direction} of ${anchor.name}; ${r.reason}` };
  }
  const widen = rel.kind === 'distance' ? rel.distanceKm ?? NEAR_KM : rel.kind === 'near' ? NEAR_KM : rel.kind === 'outskirts' ? OUTSKIRTS_KM : DIRECTION_KM;
  const what = rel.kind === 'distance' ? `within ${widen} km of` : rel.kind === 'direction' ? `${rel.direction ?? ''} of` : `${rel.kind === 'near' ? 'near' : 'on the outskirts of'}`;
  return { ...r, precision, relative: relativeRef, uncertaintyKm: round(radius + widen), reason: `${what} ${anchor.name}; ${r.reason}` };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
