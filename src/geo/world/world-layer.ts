/** The world base layer over the column table: keys in a Map, entry objects made on demand. */
import type { GazetteerLayer } from '../gazetteer-layer.js';
import type { GazetteerEntry } from '../types.js';
import { entryAt } from './world-table.js';
import type { WorldTable } from './world-table.js';

export class WorldLayer implements GazetteerLayer {
  readonly layer = 'world' as const;
  private readonly postings = new Map<string, number | number[]>();
  private readonly starts: Set<string>;
  private rowOfId: Map<string, number> | null = null;
  private childRows: Map<number, number[]> | null = null;
  private readonly source: string;

  private readonly table: WorldTable;

  constructor(table: WorldTable) {
    const { keys, postings } = table;
    for (let i = 0; i < keys.length; i++) this.postings.set(keys[i] as string, postings[i] as number | number[]);
    this.starts = new Set(table.starts);
    // The key arrays now live in the Map and the Set; keeping them would double their memory.
    this.table = { ...table, keys: [], postings: [], starts: [] };
    this.source = `world layer: GeoNames via ${table.builtFrom}`;
  }

  get size(): number {
    return this.table.ids.length;
  }

  get keyCount(): number {
    return this.postings.size;
  }

  get maxWords(): number {
    return this.table.maxWords;
  }

  has(key: string): boolean {
    return this.postings.has(key);
  }

  startsWith(foldedWord: string): boolean {
    return this.starts.has(foldedWord);
  }

  lookup(key: string): GazetteerEntry[] {
    const rows = this.postings.get(key);
    if (rows === undefined) return [];
    return typeof rows === 'number' ? [this.entry(rows)] : rows.map((r) => this.entry(r));
  }

  get(id: string): GazetteerEntry | null {
    if (!id.startsWith('world:')) return null;
    this.rowOfId ??= new Map(this.table.ids.map((rowId, i) => [`world:${rowId}`, i]));
    const row = this.rowOfId.get(id);
    return row === undefined ? null : this.entry(row);
  }

  byCountry(iso2: string): GazetteerEntry[] {
    const out: GazetteerEntry[] = [];
    this.table.countries.forEach((c, i) => {
      if (c === iso2) out.push(this.entry(i));
    });
    return out;
  }

  children(id: string): GazetteerEntry[] {
    if (this.childRows === null) {
      const map = new Map<number, number[]>();
      this.table.parents.forEach((p, i) => {
        if (p < 0) return;
        const list = map.get(p);
        if (list === undefined) map.set(p, [i]);
        else list.push(i);
      });
      this.childRows = map;
    }
    this.rowOfId ??= new Map(this.table.ids.map((rowId, i) => [`world:${rowId}`, i]));
    const row = this.rowOfId.get(id);
    return row === undefined ? [] : (this.childRows.get(row) ?? []).map((r) => this.entry(r));
  }

  private entry(row: number): GazetteerEntry {
    return entryAt(this.table, row, this.source);
  }
}
