/**
 * Names for GeoNames admin-1 codes. GeoNames gives each place a code but the
 * world layer's GeoNames package has no region names; the countries package
 * names the regions and says which region each of its own cities is in.
 *
 * A code gets the region that holds at least 80 % of its places according
 * to the countries package (places matched by name within 10 km). Where the
 * package files its cities one level lower than GeoNames' admin-1 (French
 * departments, Italian and Spanish provinces, English counties), no region
 * holds that many; such a code gets the nearest first-level region that holds
 * no cities of its own (Île-de-France, Campania, England), one code per
 * region, if that region lies within 250 km of the code's places.
 */
import { distanceKm } from '../distance.js';
import type { GeonamesRow } from '../geonames/geonames-row.js';
import { nameKeys } from '../normalize-name.js';
import type { CscCity, CscState } from './world-sources.js';

const MATCH_KM = 10;
const MAJORITY = 0.8;
const UPPER_REGION_KM = 250;
/** Kinds of first-level unit; a childless "metropolitan collectivity" or "decentralized regional entity" is not one. */
const FIRST_LEVEL_RE = /\b(?:region|community|country|province|state)\b/i;

/** GeoNames admin-1 code → state id of the countries package. */
export function admin1Regions(places: readonly GeonamesRow[], states: readonly CscState[], cities: readonly CscCity[]): Map<string, number> {
  const out = byMajority(places, cities);
  const withCities = new Set(cities.map((c) => c.stateId));
  const taken = new Set(out.values());
  const upper = states.filter((s) => !withCities.has(s.id) && !taken.has(s.id) && FIRST_LEVEL_RE.test(s.type ?? '') && s.lat !== null && s.lon !== null);
  const pairs: { code: string; state: number; km: number }[] = [];
  for (const [code, centre] of centres(places)) {
    if (out.has(code)) continue;
    for (const s of upper) pairs.push({ code, state: s.id, km: distanceKm(centre.lat, centre.lon, s.lat as number, s.lon as number) });
  }
  pairs.sort((a, b) => a.km - b.km);
  for (const { code, state, km } of pairs) {
    if (km > UPPER_REGION_KM) break;
    if (out.has(code) || taken.has(state)) continue;
    out.set(code, state);
    taken.add(state);
  }
  return out;
}

function byMajority(places: readonly GeonamesRow[], cities: readonly CscCity[]): Map<string, number> {
  const byKey = new Map<string, CscCity[]>();
  for (const c of cities) {
    for (const key of nameKeys(c.name)) {
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [c]);
      else list.push(c);
    }
  }
  const votes = new Map<string, Map<number, number>>();
  for (const p of places) {
    if (p.admin1 === '') continue;
    const match = nameKeys(p.name)
      .flatMap((k) => byKey.get(k) ?? [])
      .find((c) => distanceKm(p.lat, p.lon, c.lat, c.lon) <= MATCH_KM);
    if (match === undefined) continue;
    const tally = votes.get(p.admin1) ?? new Map<number, number>();
    tally.set(match.stateId, (tally.get(match.stateId) ?? 0) + 1);
    votes.set(p.admin1, tally);
  }
  const out = new Map<string, number>();
  for (const [code, tally] of votes) {
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (const [state, n] of tally) {
      total += n;
      if (n > bestCount) [best, bestCount] = [state, n];
    }
    if (bestCount / total > MAJORITY) out.set(code, best);
  }
  return out;
}

/** Mean point of each admin-1 code's places. */
function centres(places: readonly GeonamesRow[]): Map<string, { lat: number; lon: number }> {
  const sums = new Map<string, { lat: number; lon: number; n: number }>();
  for (const p of places) {
    if (p.admin1 === '' || p.admin1 === '00') continue;
    const s = sums.get(p.admin1) ?? { lat: 0, lon: 0, n: 0 };
    s.lat += p.lat;
    s.lon += p.lon;
    s.n++;
    sums.set(p.admin1, s);
  }
  return new Map([...sums].map(([code, s]) => [code, { lat: s.lat / s.n, lon: s.lon / s.n }]));
}
