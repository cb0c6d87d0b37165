/** The read-only knowledge the places stage is built with: the gazetteer, a memo of its lookups, the demonyms. */
import { nameKeys, sharedGazetteer, type Gazetteer } from '../../geo/index.js';
import { buildDemonyms, type Demonyms } from './demonyms.js';
import { cachedLookup, type LookupFn } from './scan-names.js';

export interface PlaceKnowledge {
  readonly gazetteer: Gazetteer;
  readonly lookup: LookupFn;
  readonly demonyms: Demonyms;
  /** `gazetteer.couldStartName`, remembered per word. */
  readonly couldStart: (word: string) => boolean;
  /** Whether the gazetteer has a key for this text, remembered per text. */
  readonly isName: (text: string) => boolean;
}

const MEMO_LIMIT = 50_000;

function remembered<T>(fn: (s: string) => T): (s: string) => T {
  const memo = new Map<string, T>();
  return (s) => {
    let hit = memo.get(s);
    if (hit === undefined) {
      hit = fn(s);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(s, hit);
    }
    return hit;
  };
}

export function placeKnowledge(gazetteer: Gazetteer = sharedGazetteer()): PlaceKnowledge {
  const lookup = cachedLookup(gazetteer);
  // "Rakhine" qualifies Buddhists and names a state: a qualifier that names a region stays a place.
  const namesRegion = (word: string): boolean => lookup(word).some((c) => c.featureType === 'admin1' || c.featureType === 'region');
  return {
    gazetteer,
    lookup,
    demonyms: buildDemonyms(namesRegion),
    couldStart: remembered((w) => gazetteer.couldStartName(w)),
    isName: remembered((t) => nameKeys(t).some((key) => gazetteer.mightBeName(key))),
  };
}
