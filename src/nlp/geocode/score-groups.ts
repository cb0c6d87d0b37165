/**
 * Scores every candidate of every name group from its prominence, the words
 * around its mentions, the document's focus and the places already chosen,
 * in a few rounds: each round's choices become the next round's focus and
 * neighbours, so "Georgia" follows "Atlanta" and "Karama" follows Qayyarah.
 */
import { distanceKm, type GazetteerEntry } from '../../geo/index.js';
import { BEARING_DEGREES, destination } from './destination.js';
import { prior, radiusKm, regionKey, sizeRank, typeFit } from './entry-facts.js';
import { entryKeys } from './entry-keys.js';
import type { MentionContext, NameGroup } from './mention-context.js';

export interface Scored {
  entry: GazetteerEntry;
  score: number;
}

const ROUNDS = 3;

/** How much each kind of evidence weighs; the defaults were set on the seeds, the dev set and the geoparsing corpora. */
export interface ScoreWeights {
  /** Per decade of population. */
  population: number;
  /** Per decade of alternate names. */
  altNames: number;
  ownName: number;
  type: number;
  contained: number;
  notContained: number;
  countryFocus: number;
  regionFocus: number;
  neighbour: number;
  neighbourKm: number;
  relation: number;
  /** A region named like a city inside it is most often the city ("Aleppo", "Geneva"). */
  regionLikeCity: number;
}

export const DEFAULT_WEIGHTS: Readonly<ScoreWeights> = {
  population: 0.8, altNames: 1, ownName: 2.5, type: 2.5, contained: 4, notContained: -2, countryFocus: 6, regionFocus: 4,
  neighbour: 2.5, neighbourKm: 100, relation: 4, regionLikeCity: -3,
};

export function scoreGroups(ctx: MentionContext, seed: ReadonlyMap<string, number>, w: Readonly<ScoreWeights> = DEFAULT_WEIGHTS): Scored[][] {
  const priors = ctx.groups.map((g) =>
    g.entries.map((e) => prior(e, w) + ownName(g, e, w) + typeScore(ctx, g, e, w) + containerScore(ctx, g, e, w) + regionVsCity(ctx, g, e, w)),
  );
  let scored: Scored[][] = ctx.groups.map((g, i) => rank(g.entries, (e, j) => (priors[i] as number[])[j] as number));
  for (let round = 0; round < ROUNDS; round++) {
    const choice = scored.map((s) => confidentChoice(s));
    const focus = focusMasses(ctx, choice, seed);
    const anchors = anchorsOf(choice);
    scored = ctx.groups.map((g, gi) =>
      rank(g.entries, (e, j) => {
        let s = (priors[gi] as number[])[j] as number;
        s += focusScore(e, focus, choice[gi] ?? null, ctx.groups[gi] as NameGroup, w);
        s += neighbourScore(e, anchors, gi, w);
        s += relationScore(ctx, g, e, choice, w);
        return s;
      }),
    );
  }
  return scored;
}

function rank(entries: readonly GazetteerEntry[], score: (e: GazetteerEntry, i: number) => number): Scored[] {
  return entries.map((entry, i) => ({ entry, score: score(entry, i) })).sort((a, b) => b.score - a.score);
}

/** The best entry when it leads clearly enough to inform the others; with its weight. */
interface Choice {
  entry: GazetteerEntry;
  weight: number;
}

function confidentChoice(s: readonly Scored[]): Choice | null {
  const best = s[0];
  if (best === undefined) return null;
  const margin = best.score - (s[1]?.score ?? -Infinity);
  return { entry: best.entry, weight: margin >= 2 ? 1 : Math.max(0.2, margin / 2) };
}

interface Focus {
  countries: Map<string, number>;
  regions: Map<string, number>;
  total: number;
}

function focusMasses(ctx: MentionContext, choice: readonly (Choice | null)[], seed: ReadonlyMap<string, number>): Focus {
  const countries = new Map(seed);
  const regions = new Map<string, number>();
  let total = [...seed.values()].reduce((a, b) => a + b, 0);
  choice.forEach((c, gi) => {
    if (c === null || c.entry.country === null) return;
    const w = c.weight * Math.sqrt((ctx.groups[gi] as NameGroup).mentions.length);
    countries.set(c.entry.country, (countries.get(c.entry.country) ?? 0) + w);
    const r = regionKey(c.entry);
    if (r !== null) regions.set(r, (regions.get(r) ?? 0) + w);
    total += w;
  });
  return { countries, regions, total };
}

/** Share of the document's other evidence in the entry's country and region; the group's own vote is left out. */
function focusScore(e: GazetteerEntry, f: Focus, own: Choice | null, g: NameGroup, w: Readonly<ScoreWeights>): number {
  if (e.country === null) return 0;
  const ownW = own === null ? 0 : own.weight * Math.sqrt(g.mentions.length);
  const ownCountry = own !== null && own.entry.country === e.country ? ownW : 0;
  const r = regionKey(e);
  const ownRegion = own !== null && r !== null && regionKey(own.entry) === r ? ownW : 0;
  const total = f.total - ownW + 1;
  const cs = ((f.countries.get(e.country) ?? 0) - ownCountry) / total;
  const rs = r === null ? 0 : ((f.regions.get(r) ?? 0) - ownRegion) / total;
  return w.countryFocus * Math.max(0, cs) + w.regionFocus * Math.max(0, rs);
}

/** A confidently chosen place smaller than a region, as a point: the neighbours others are scored against. */
interface Anchor {
  group: number;
  id: string;
  lat: number;
  lon: number;
}

function anchorsOf(choice: readonly (Choice | null)[]): Anchor[] {
  const out: Anchor[] = [];
  choice.forEach((c, group) => {
    if (c === null || c.weight < 0.5 || c.entry.lat === null || c.entry.lon === null || sizeRank(c.entry.featureType) >= 4) return;
    out.push({ group, id: c.entry.id, lat: c.entry.lat, lon: c.entry.lon });
  });
  return out;
}

const KM_PER_DEGREE = 111.195;

/** Close to a place the document names is likely: news stays in one area. Countries and regions say little. */
function neighbourScore(e: GazetteerEntry, anchors: readonly Anchor[], own: number, w: Readonly<ScoreWeights>): number {
  if (e.lat === null || e.lon === null || sizeRank(e.featureType) >= 4) return 0;
  // An equirectangular distance: plenty for a score that fades over a hundred kilometres, and no trigonometry per pair.
  const cos = Math.cos((e.lat * Math.PI) / 180);
  let nearest = Infinity;
  for (const a of anchors) {
    if (a.group === own || a.id === e.id) continue;
    const dx = (a.lon - e.lon) * cos;
    const dy = a.lat - e.lat;
    nearest = Math.min(nearest, Math.sqrt(dx * dx + dy * dy) * KM_PER_DEGREE);
  }
  return nearest === Infinity ? 0 : w.neighbour * Math.exp(-nearest / w.neighbourKm);
}

/** Named by its own name rather than an alternate one: "Chicago" is Chicago before it is Willard, once called Chicago. */
function ownName(g: NameGroup, e: GazetteerEntry, w: Readonly<ScoreWeights>): number {
  return entryKeys(e).own.has(g.key) ? w.ownName : 0;
}

function typeScore(ctx: MentionContext, g: NameGroup, e: GazetteerEntry, w: Readonly<ScoreWeights>): number {
  let best = 0;
  for (const m of g.mentions) {
    const a = (ctx.places[m] as (typeof ctx.places)[number]).attrs;
    const fit = typeFit(a.type, a.anchored, e.featureType);
    if (Math.abs(fit) > Math.abs(best)) best = fit;
  }
  return w.type * best;
}

/** "X, Y", "X in Y": an entry inside one of Y's entries gains, one outside all of them loses. */
function containerScore(ctx: MentionContext, g: NameGroup, e: GazetteerEntry, w: Readonly<ScoreWeights>): number {
  let best = 0;
  for (const m of g.mentions) {
    const c = ctx.containerOf[m] ?? -1;
    if (c < 0) continue;
    const outer = (ctx.groups[ctx.groupOf[c] as number] as NameGroup).entries.filter((y) => sizeRank(y.featureType) > sizeRank(e.featureType));
    if (outer.length === 0) continue;
    const s = outer.some((y) => contains(y, e)) ? w.contained : w.notContained;
    if (s > best || best === 0) best = s;
  }
  return best;
}

export function contains(outer: GazetteerEntry, inner: GazetteerEntry): boolean {
  if (outer.country !== null && inner.country !== null && outer.country !== inner.country) return false;
  if (outer.featureType === 'country') return outer.country !== null && outer.country === inner.country;
  if (entryKeys(inner).admin.has(entryKeys(outer).name)) return true;
  if (outer.lat === null || outer.lon === null || inner.lat === null || inner.lon === null) return false;
  return distanceKm(outer.lat, outer.lon, inner.lat, inner.lon) <= radiusKm(outer) * 1.5;
}

function regionVsCity(ctx: MentionContext, g: NameGroup, e: GazetteerEntry, w: Readonly<ScoreWeights>): number {
  if (e.featureType !== 'admin1' || e.lat === null || e.lon === null) return 0;
  if (g.mentions.some((m) => ctx.places[m]?.attrs.type === 'province')) return 0;
  const city = g.entries.some(
    (c) => c.featureType !== 'admin1' && c.featureType !== 'country' && c.country === e.country && c.lat !== null && c.lon !== null &&
      distanceKm(c.lat, c.lon, e.lat as number, e.lon as number) <= 150,
  );
  return city ? w.regionLikeCity : 0;
}

/** A mention located by a relative phrase ("Bartella, 22km east of Mosul") should sit where the phrase puts it. */
function relationScore(ctx: MentionContext, g: NameGroup, e: GazetteerEntry, choice: readonly (Choice | null)[], w: Readonly<ScoreWeights>): number {
  if (e.lat === null || e.lon === null) return 0;
  let best = 0;
  for (const m of g.mentions) {
    for (const r of ctx.locatedBy[m] ?? []) {
      const rel = ctx.places[r]?.attrs.relative;
      const anchor = choice[ctx.groupOf[r] as number]?.entry;
      if (rel === null || rel === undefined || anchor === undefined || anchor.lat === null || anchor.lon === null) continue;
      const km = rel.distanceKm;
      const expected = km !== null && rel.direction !== null ? destination(anchor.lat, anchor.lon, BEARING_DEGREES[rel.direction], km) : { lat: anchor.lat, lon: anchor.lon };
      const d = distanceKm(e.lat, e.lon, expected.lat, expected.lon);
      const scale = km !== null && rel.direction !== null ? 5 + 0.3 * km : 40 + (km ?? 0);
      best = Math.max(best, w.relation * Math.exp(-d / scale));
    }
  }
  return best;
}
