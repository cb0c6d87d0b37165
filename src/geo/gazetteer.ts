/**
 * The layered gazetteer: user files, theatre packs, GeoNames imports and the
 * world base layer, asked highest priority first. Read-only once built, so
 * one instance serves every document of a process.
 */
import { splitDescriptor } from './descriptors.js';
import { distanceKm } from './distance.js';
import type { GazetteerLayer } from './gazetteer-layer.js';
import { firstWordFolds } from './name-index.js';
import { keysOfWords, nameWords } from './normalize-name.js';
import { LAYER_PRIORITY } from './types.js';
import type { Candidate, FeatureType, GazetteerEntry, GazetteerProblem, Layer } from './types.js';

export interface LayerStats {
  layer: Layer;
  places: number;
  keys: number;
}

export class Gazetteer {
  readonly maxNameWords: number;

  constructor(
    /** Highest priority first. */
    readonly layers: readonly GazetteerLayer[],
    /** Bad rows and files met while loading; the rest loaded. */
    readonly problems: readonly GazetteerProblem[] = [],
  ) {
    this.maxNameWords = Math.max(0, ...layers.map((l) => l.maxWords));
  }

  get stats(): LayerStats[] {
    return this.layers.map((l) => ({ layer: l.layer, places: l.size, keys: l.keyCount }));
  }

  /**
   * Places a written name may refer to, highest layer first, then most
   * populous. "Aleppo province" also finds regions named Aleppo, and only
   * those kinds its descriptor fits. A lower-layer entry for a place a higher
   * layer already gives (same kind, close by) is folded into it (`sameAs`).
   */
  lookup(name: string): Candidate[] {
    const words = nameWords(name);
    const found = new Map<string, Candidate>();
    const collect = (keys: readonly string[], fits: readonly FeatureType[] | null): void => {
      for (const layer of this.layers) {
        for (const key of keys) {
          for (const e of layer.lookup(key)) {
            if (found.has(e.id) || (fits !== null && !fits.includes(e.featureType))) continue;
            found.set(e.id, { ...e, matchedKey: key, sameAs: [] });
          }
        }
      }
    };
    collect(keysOfWords(words), null);
    const split = splitDescriptor(words);
    if (split !== null && split.core.length > 0) collect(keysOfWords(split.core), split.fits);
    return foldDuplicates([...found.values()]);
  }

  /** Candidates for an already normalised key (see `nameKeys`), without descriptor handling. */
  lookupKey(key: string): Candidate[] {
    const out: Candidate[] = [];
    for (const layer of this.layers) for (const e of layer.lookup(key)) out.push({ ...e, matchedKey: key, sameAs: [] });
    return foldDuplicates(out);
  }

  /** Whether any layer has this normalised key: the fast test a text scanner runs per n-gram. */
  mightBeName(key: string): boolean {
    return this.layers.some((l) => l.has(key));
  }

  /** Whether a written word could open a place name, to skip most tokens before building n-grams. */
  couldStartName(word: string): boolean {
    const folds = firstWordFolds(word);
    return folds !== null && this.layers.some((l) => l.startsWith(folds[0]) || l.startsWith(folds[1]));
  }

  get(id: string): GazetteerEntry | null {
    for (const l of this.layers) {
      const e = l.get(id);
      if (e !== null) return e;
    }
    return null;
  }

  byCountry(iso2: string): GazetteerEntry[] {
    return this.layers.flatMap((l) => l.byCountry(iso2.toUpperCase()));
  }

  /** The containing entries from the nearest outwards, following `parentId` within the entry's layer. */
  parents(id: string): GazetteerEntry[] {
    const out: GazetteerEntry[] = [];
    const seen = new Set<string>([id]);
    let parentId = this.get(id)?.parentId ?? null;
    while (parentId !== null && !seen.has(parentId)) {
      seen.add(parentId);
      const parent = this.get(parentId);
      if (parent === null) break;
      out.push(parent);
      parentId = parent.parentId;
    }
    return out;
  }

  children(id: string): GazetteerEntry[] {
    return this.layers.flatMap((l) => l.children(id));
  }
}

const FAMILY: Partial<Record<FeatureType, string>> = {
  city: 'populated', town: 'populated', village: 'populated', neighbourhood: 'populated',
  admin2: 'area', district: 'area', region: 'area',
};

/** How far apart two entries of one kind may lie and still be one place, km. */
const SAME_PLACE_KM: Record<string, number> = { populated: 10, area: 30, admin1: 100 };

function samePlace(a: GazetteerEntry, b: GazetteerEntry): boolean {
  const fa = FAMILY[a.featureType] ?? a.featureType;
  if (fa !== (FAMILY[b.featureType] ?? b.featureType)) return false;
  if (fa === 'country') return a.country !== null && a.country === b.country;
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return false;
  if (a.country !== null && b.country !== null && a.country !== b.country) return false;
  return distanceKm(a.lat, a.lon, b.lat, b.lon) <= (SAME_PLACE_KM[fa] ?? 3);
}

function foldDuplicates(candidates: Candidate[]): Candidate[] {
  const ranked = candidates
    .map((c, i) => ({ c, i }))
    .sort((x, y) => LAYER_PRIORITY[x.c.layer] - LAYER_PRIORITY[y.c.layer] || (y.c.population ?? 0) - (x.c.population ?? 0) || x.i - y.i)
    .map((x) => x.c);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    const host = kept.findIndex((k) => k.layer !== c.layer && samePlace(k, c));
    if (host < 0) {
      kept.push(c);
      continue;
    }
    const k = kept[host] as Candidate;
    kept[host] = { ...k, population: k.population ?? c.population, sameAs: [...k.sameAs, c.id] };
  }
  return kept;
}
