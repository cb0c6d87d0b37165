/** Affiliations from actor mentions, from bodies the dictionary lacks, and from a known leader's party. */
import type { Annotation } from '../../core/layers.js';
import { ancestors, type ActorDictionary } from '../actors/dictionary.js';
import type { RangeRef } from '../structure/layers.js';
import type { Affiliation } from './layers.js';
import '../actors/layers.js';

export function actorAffiliation(actor: Annotation<'actor'>): Affiliation {
  return { start: actor.start, end: actor.end, canonical: actor.attrs.canonical, side: actor.attrs.side, actor: actor.attrs.id, stated: true };
}

/** A body named in the text that the actor dictionary does not know ("executive director of Kesh Malek"). */
export function namedAffiliation(text: string, start: number, end: number): Affiliation {
  return { start, end, canonical: text.slice(start, end), side: null, actor: null, stated: true };
}

/** A known leader's party from the dictionary (Haider al-Abadi → Government of Iraq), placed on the name. */
export function parentAffiliation(dictionary: ActorDictionary, actorId: string, name: RangeRef): Affiliation | null {
  const parent = ancestors(dictionary, actorId)[0];
  if (!parent) return null;
  const side = parent.side ?? dictionary.actors.get(actorId)?.side ?? null;
  return { start: name.start, end: name.end, canonical: parent.name, side, actor: parent.id, stated: false };
}
