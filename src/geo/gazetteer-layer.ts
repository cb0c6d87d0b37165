/** One layer of the gazetteer, and the in-memory layer the user files and theatre packs make. */
import { NameIndex } from './name-index.js';
import type { GazetteerEntry, Layer } from './types.js';

export interface GazetteerLayer {
  readonly layer: Layer;
  /** Number of places. */
  readonly size: number;
  /** Number of distinct index keys. */
  readonly keyCount: number;
  /** Most words in any key: how long an n-gram a scanner needs to try. */
  readonly maxWords: number;
  has(key: string): boolean;
  /** Whether some key opens with this folded word (see `startWordsOfName`). */
  startsWith(foldedWord: string): boolean;
  lookup(key: string): GazetteerEntry[];
  get(id: string): GazetteerEntry | null;
  byCountry(iso2: string): GazetteerEntry[];
  /** Entries whose `parentId` is this id. */
  children(id: string): GazetteerEntry[];
}

export class EntriesLayer implements GazetteerLayer {
  private readonly index: NameIndex;
  private readonly byId = new Map<string, GazetteerEntry>();
  private readonly childLists = new Map<string, GazetteerEntry[]>();

  constructor(readonly layer: Layer, readonly entries: readonly GazetteerEntry[]) {
    this.index = new NameIndex(entries);
    for (const e of entries) {
      this.byId.set(e.id, e);
      if (e.parentId === null) continue;
      const list = this.childLists.get(e.parentId);
      if (list === undefined) this.childLists.set(e.parentId, [e]);
      else list.push(e);
    }
  }

  get size(): number {
    return this.entries.length;
  }

  get keyCount(): number {
    return this.index.keyCount;
  }

  get maxWords(): number {
    return this.index.maxWords;
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  startsWith(foldedWord: string): boolean {
    return this.index.starts.has(foldedWord);
  }

  lookup(key: string): GazetteerEntry[] {
    return this.index.lookup(key);
  }

  get(id: string): GazetteerEntry | null {
    return this.byId.get(id) ?? null;
  }

  byCountry(iso2: string): GazetteerEntry[] {
    return this.entries.filter((e) => e.country === iso2);
  }

  children(id: string): GazetteerEntry[] {
    return this.childLists.get(id) ?? [];
  }
}
