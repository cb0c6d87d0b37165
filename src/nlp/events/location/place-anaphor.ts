/**
 * "will be evacuated from the village", "the aerial view of the city": a
 * definite place noun in the clause points back to the latest place of its
 * kind named before it ("the nearest village east of Mosul, Bazwaya").
 */
import type { Clause } from '../clause.js';
import type { EventContext } from '../context.js';
import { lowerBound } from '../sentence-index.js';
import type { Place } from './pick-place.js';

/** The kinds of place a noun can point back to: the mention's own type cue, or its gazetteer feature. */
const KINDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['village', ['village', 'town']],
  ['town', ['town', 'village', 'city']],
  ['city', ['city', 'town']],
  ['district', ['district', 'neighbourhood']],
  ['neighbourhood', ['neighbourhood', 'district']],
  ['neighborhood', ['neighbourhood', 'district']],
  ['suburb', ['neighbourhood', 'district', 'town']],
  ['camp', ['camp']],
  ['base', ['base', 'airport']],
  ['airport', ['airport', 'base']],
]);

/** How far back the place may be named, in characters (a few paragraphs). */
const REACH = 3000;

export function placeAnaphor(ctx: EventContext, clause: Clause): Place | undefined {
  const tokens = clause.sentence.tokens;
  for (let i = clause.from; i < clause.to; i++) {
    const t = tokens[i];
    const kinds = t && KINDS.get(t.norm);
    if (!t || !kinds) continue;
    const det = tokens[i - 1]?.pos === 'ADJ' ? tokens[i - 2] : tokens[i - 1];
    // "the village of Bazwaya" names its place; "a camp" points nowhere.
    if (det?.norm !== 'the' || tokens[i + 1]?.norm === 'of' || ctx.places.some((p) => p.start <= t.start && t.end <= p.end)) continue;
    const found = latestOfKind(ctx, t.start, kinds);
    if (found) return found;
  }
  return undefined;
}

function latestOfKind(ctx: EventContext, before: number, kinds: readonly string[]): Place | undefined {
  for (let i = lowerBound(ctx.places, before) - 1; i >= 0; i--) {
    const p = ctx.places[i];
    if (!p || p.start < before - REACH) break;
    const kind = p.attrs.type ?? ctx.placeFeature(p);
    if (kind && kinds.includes(kind)) return p;
  }
  return undefined;
}
