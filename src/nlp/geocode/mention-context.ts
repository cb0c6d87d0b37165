/**
 * The place mentions of a document as the resolver sees them: grouped by
 * name (one sense per document: "Karama" means one place throughout), with
 * their candidate entries, the mention they are said to lie in, and the
 * relative locations that point at them.
 */
import type { Document } from '../../core/document.js';
import type { Annotation } from '../../core/layers.js';
import type { GazetteerEntry } from '../../geo/index.js';
import '../places/layers.js';

const LIST_GAP = /^\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?$/i;

export interface NameGroup {
  key: string;
  /** Indices into the place layer. */
  mentions: number[];
  entries: GazetteerEntry[];
}

export interface MentionContext {
  places: readonly Annotation<'place'>[];
  groups: NameGroup[];
  /** Group index of each mention. */
  groupOf: number[];
  /** Mention index of the place each mention is said to lie in, or -1. */
  containerOf: number[];
  /** Mention indices whose relative phrase locates this mention ("Bartella, 22km east of Mosul" → the Mosul mention). */
  locatedBy: number[][];
}

export function mentionContext(doc: Document, entry: (id: string) => GazetteerEntry | null): MentionContext {
  const places = doc.layer('place');
  const byKey = new Map<string, number>();
  const groups: NameGroup[] = [];
  const groupOf: number[] = [];
  const startIndex = new Map<number, number>();
  places.forEach((p, i) => {
    startIndex.set(p.start, i);
    // Mentions share a sense when they share a name and candidates: "Aleppo province" and "Aleppo" do not.
    const key = `${p.attrs.key}|${p.attrs.anchored ? 'anchored' : ''}|${p.attrs.candidates.length === 0 ? p.start : p.attrs.candidates.join(',')}`;
    let g = byKey.get(key);
    if (g === undefined) {
      g = groups.length;
      byKey.set(key, g);
      const entries = p.attrs.candidates.map(entry).filter((e): e is GazetteerEntry => e !== null);
      groups.push({ key: p.attrs.key, mentions: [], entries });
    }
    (groups[g] as NameGroup).mentions.push(i);
    groupOf.push(g);
  });
  const containerOf = places.map((p) => (p.attrs.within === null ? -1 : startIndex.get(p.attrs.within.start) ?? -1));
  const locatedBy: number[][] = places.map(() => []);
  places.forEach((p, i) => {
    const target = p.attrs.relative?.anchorOf;
    if (target === undefined || target === null) return;
    // "Suran and Tal El Hisn north of Aleppo": the relation locates the whole list.
    for (let t = startIndex.get(target.start); t !== undefined && t >= 0; t--) {
      (locatedBy[t] as number[]).push(i);
      const before = places[t - 1];
      if (before === undefined || !LIST_GAP.test(doc.text.slice(before.end, (places[t] as Annotation<'place'>).start))) break;
    }
  });
  return { places, groups, groupOf, containerOf, locatedBy };
}
