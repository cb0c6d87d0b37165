/**
 * Where a document is about, before its place names are resolved: the
 * dateline's country ("MOSUL, Iraq —") and the countries of the actors it
 * names ("Iraqi forces", "the Afghan army"). Each is a mass of evidence per
 * country; the resolver adds the masses of the places it resolves.
 */
import type { Document } from '../../core/document.js';
import type { Gazetteer } from '../../geo/index.js';
import '../actors/layers.js';
import '../sentences/layers.js';

const DATELINE_WEIGHT = 3;
const ACTOR_WEIGHT = 0.5;
const ACTOR_CAP = 2;

export function seedFocus(doc: Document, gazetteer: Gazetteer): Map<string, number> {
  const mass = new Map<string, number>();
  const add = (cc: string, w: number, cap = Infinity): void => {
    mass.set(cc, Math.min(cap, (mass.get(cc) ?? 0) + w));
  };
  for (const d of doc.layer('dateline')) {
    const country = d.attrs.country === null ? null : gazetteer.lookup(d.attrs.country).find((c) => c.featureType === 'country' || c.featureType === 'admin1');
    if (country?.country) add(country.country, DATELINE_WEIGHT);
  }
  for (const a of doc.layer('actor')) if (a.attrs.country !== null) add(a.attrs.country.toUpperCase(), ACTOR_WEIGHT, ACTOR_CAP);
  return mass;
}
