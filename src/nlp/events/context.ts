/**
 * The document as the argument rules read it: each sentence with its tokens,
 * and the mention layers kept start-sorted for range lookups. Built once per
 * document so that each trigger only touches its own sentence.
 */
import type { Document } from '../../core/document.js';
import type { Annotation } from '../../core/layers.js';
import '../actors/layers.js';
import '../dates/layers.js';
import type { ResolutionAttrs } from '../geocode/layers.js';
import '../numbers/layers.js';
import '../people/layers.js';
import '../quotes/layers.js';
import '../places/layers.js';
import '../sentences/layers.js';
import '../structure/layers.js';
import { containing, within } from './sentence-index.js';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly pos: string;
  readonly norm: string;
  /** Position inside its sentence. */
  readonly i: number;
}

export interface SentenceView {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  readonly role: string;
  readonly tokens: readonly Token[];
}

export interface EventContext {
  readonly doc: Document;
  readonly text: string;
  readonly sentences: readonly SentenceView[];
  readonly actors: readonly Annotation<'actor'>[];
  readonly outlets: readonly Annotation<'outlet'>[];
  readonly dates: readonly Annotation<'date'>[];
  readonly quantities: readonly Annotation<'quantity'>[];
  readonly places: readonly Annotation<'place'>[];
  readonly people: readonly Annotation<'person'>[];
  /** Reported claims ("X said that …") and quotations, by the span of what was said. */
  readonly attributions: readonly Annotation<'attribution'>[];
  readonly quotes: readonly Annotation<'quote'>[];
  /** What the geocode stage made of a place mention; null when unresolved or not geocoded. */
  resolution(place: { start: number }): ResolutionAttrs | null;
  /** The gazetteer feature type of the place a mention resolved to ('country', 'admin1', 'city'…), or null. */
  placeFeature(place: { start: number }): string | null;
  /** Offsets of quotation marks, including `?` marks standing for lost curly quotes. */
  readonly quoteMarks: ReadonlySet<number>;
  /** Quotations, from an opening to the next closing mark. */
  readonly quotations: readonly { start: number; end: number }[];
  /** Offsets where a date mention starts ("since October 17"). */
  readonly dateStarts: ReadonlySet<number>;
  /** Offsets where an actor mention starts: "and IS" is a list of actors, not a second verb phrase. */
  readonly actorStarts: ReadonlySet<number>;
}

export function buildContext(doc: Document): EventContext {
  const byIndex: Token[][] = doc.layer('sentence').map(() => []);
  for (const t of doc.layer('token')) {
    const list = byIndex[t.attrs.sentence];
    if (!list) continue;
    list.push({ start: t.start, end: t.end, quote: t.quote, pos: t.attrs.pos, norm: t.attrs.norm, i: list.length });
  }
  const sentences = doc.layer('sentence').map((s, index) => ({
    index,
    start: s.start,
    end: s.end,
    paragraph: s.attrs.paragraph,
    role: s.attrs.role,
    tokens: byIndex[index] ?? [],
  }));
  const resolved = new Map<number, ResolutionAttrs>();
  for (const r of doc.layer('place-resolution')) if (r.attrs.resolved) resolved.set(r.start, r.attrs);
  return {
    doc,
    text: doc.text,
    sentences,
    actors: doc.layer('actor'),
    outlets: doc.layer('outlet'),
    dates: doc.layer('date'),
    quantities: doc.layer('quantity'),
    places: doc.layer('place'),
    people: doc.layer('person'),
    attributions: doc.layer('attribution'),
    quotes: doc.layer('quote'),
    resolution: (p) => resolved.get(p.start) ?? null,
    placeFeature: (p) => resolved.get(p.start)?.featureType ?? null,
    quoteMarks: new Set(doc.layer('quote-mark').map((q) => q.start)),
    quotations: quotations(doc.layer('quote-mark')),
    dateStarts: new Set(doc.layer('date').map((d) => d.start)),
    actorStarts: new Set(doc.layer('actor').map((a) => a.start)),
  };
}

function quotations(marks: readonly Annotation<'quote-mark'>[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let open: number | null = null;
  for (const m of marks) {
    if (m.attrs.role === 'open') open = m.start;
    else if (open !== null) {
      out.push({ start: open, end: m.end });
      open = null;
    }
  }
  return out;
}

export function sentenceAt(ctx: EventContext, offset: number): SentenceView | undefined {
  return containing(ctx.sentences, offset);
}

/** Mentions of a layer inside a character range. */
export function mentionsIn<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  return within(items, start, end);
}

/** Index of the token covering or first after `offset` in a sentence; tokens.length when none. */
export function tokenAt(sentence: SentenceView, offset: number): number {
  const tokens = sentence.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
