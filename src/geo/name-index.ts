/**
 * Which keys a place is indexed under, and the in-memory key index of the
 * small layers (user files, theatre packs). The world and GeoNames layers
 * store the same keys precomputed.
 */
import { indexableCore } from './descriptors.js';
import { foldWord, keysOfWords, nameWords, splitName } from './normalize-name.js';
import type { FeatureType, GazetteerEntry } from './types.js';

/**
 * How many readings of `e` a layer indexes. Lookups always try both; a layer
 * indexing only the first (e as i) still meets every query spelling of its
 * names, and keeps European names with an e (Reka, Eden) from meeting Arabic
 * ones with an a (Raqqa, Aden). Curated layers index both so that a source's
 * single spelling with an e (Kukjeli) meets queries written with an a.
 */
export type Readings = 'both' | 'first';

export interface NameKeys {
  /** Keys of the name as written. */
  keys: string[];
  /** Keys of its core without a descriptor that fits its kind ("Nineveh" of "Nineveh Governorate"). */
  coreKeys: string[];
  /** Whether the core keys are indexed even where another place has that name (see `indexableCore`). */
  coreAlways: boolean;
  /**
   * Folded words a text may open the name with: the first word of each key,
   * and the first written word (an article, "University" of "University of
   * Mosul"), so a scanner can skip most tokens with one Set lookup.
   */
  starts: string[];
}

export function keysOfName(name: string, type: FeatureType, readings: Readings): NameKeys {
  const { written, words } = splitName(name);
  const pick = (w: readonly string[]): string[] => (readings === 'both' ? keysOfWords(w) : keysOfWords(w).slice(0, 1));
  const core = indexableCore(words, type);
  const keys = pick(words);
  const starts = keys.map((k) => {
    const space = k.indexOf(' ');
    return space < 0 ? k : k.slice(0, space);
  });
  if (written[0] !== undefined) starts.push(...foldWord(written[0]));
  return { keys, coreKeys: core === null ? [] : pick(core.core), coreAlways: core?.always ?? false, starts };
}

/**
 * Collects postings for a layer: names first, then cores, so a core only
 * lands where the layer has no place of that name (unless it must always).
 */
export class PostingsBuilder {
  readonly postings = new Map<string, number[]>();
  readonly starts = new Set<string>();
  maxWords = 0;
  private readonly cores: { row: number; keys: string[] }[] = [];

  constructor(private readonly readings: Readings) {}

  add(row: number, names: Iterable<string>, type: FeatureType): void {
    const own = new Set<string>();
    for (const name of new Set(names)) {
      const { keys, coreKeys, coreAlways, starts } = keysOfName(name, type, this.readings);
      for (const key of keys) own.add(key);
      if (coreKeys.length > 0) {
        if (coreAlways) for (const key of coreKeys) own.add(key);
        else this.cores.push({ row, keys: coreKeys });
      }
      for (const w of starts) this.starts.add(w);
    }
    for (const key of own) this.post(key, row);
  }

  /** Adds the deferred cores; call once after every row was added. */
  finish(): this {
    const named = new Set(this.postings.keys());
    for (const { row, keys } of this.cores) {
      for (const key of keys) if (!named.has(key) && !this.postings.get(key)?.includes(row)) this.post(key, row);
    }
    this.cores.length = 0;
    return this;
  }

  private post(key: string, row: number): void {
    const list = this.postings.get(key);
    if (list === undefined) this.postings.set(key, [row]);
    else list.push(row);
    let words = 1;
    for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) words++;
    if (words > this.maxWords) this.maxWords = words;
  }
}

/** The folded readings of a written word's first name word, to test against start words; null for no letters. */
export function firstWordFolds(word: string): readonly [string, string] | null {
  const first = nameWords(word)[0];
  return first === undefined ? null : foldWord(first);
}

export class NameIndex {
  private readonly postings: Map<string, number[]>;
  readonly starts: Set<string>;
  readonly maxWords: number;

  constructor(readonly entries: readonly GazetteerEntry[]) {
    const builder = new PostingsBuilder('both');
    entries.forEach((e, i) => builder.add(i, [e.name, e.asciiName, ...e.altNames], e.featureType));
    builder.finish();
    this.postings = builder.postings;
    this.starts = builder.starts;
    this.maxWords = builder.maxWords;
  }

  get keyCount(): number {
    return this.postings.size;
  }

  has(key: string): boolean {
    return this.postings.has(key);
  }

  lookup(key: string): GazetteerEntry[] {
    return (this.postings.get(key) ?? []).map((i) => this.entries[i] as GazetteerEntry);
  }
}
