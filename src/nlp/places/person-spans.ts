/**
 * Where the document names people: the people stage's mentions when it ran,
 * and the actors stage's named individuals ("Boris Johnson", "Haider
 * al-Abadi"). Names here are never places, and their surnames are not either
 * when they come back alone ("Johnson said").
 */
import type { Document } from '../../core/document.js';
import '../actors/layers.js';
import '../people/layers.js';

export function personSpans(doc: Document): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const p of doc.layer('person')) if (p.attrs.mention === 'full' || p.attrs.mention === 'surname') spans.push(p);
  for (const a of doc.layer('actor')) if (a.attrs.kind === 'person') spans.push(a);
  return spans.sort((a, b) => a.start - b.start);
}
