/**
 * Turns raw mentions into `place` annotations: ranked candidate ids, the
 * name's key, a descriptor's kind carried across a list ("the Aden, Tahrir,
 * and Quds districts"), and the relations between neighbouring mentions.
 */
import type { Document } from '../../core/document.js';
import type { AnnotationInput } from '../../core/layers.js';
import { LAYER_PRIORITY, normalizeName, type Candidate } from '../../geo/index.js';
import '../numbers/layers.js';
import type { RawMention } from './find-places.js';
import type { PlaceRelative } from './layers.js';
import { anchorOf, relativeBefore, withinNext } from './relations.js';

export const MAX_CANDIDATES = 12;

const TYPE_ORDER: Readonly<Record<string, number>> = { country: 0, admin1: 1 };
const LIST_GAP = /^\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?$/i;
const PLURAL_DESCRIPTOR = /(?:districts|neighbou?rhoods|villages|towns|areas|provinces|suburbs)$/i;

/** Best prior first: the higher layer, then countries and regions (whose population the world layer lacks), then the larger place. */
export function rankCandidates(candidates: readonly Candidate[]): Candidate[] {
  return [...candidates].sort(
    (a, b) =>
      LAYER_PRIORITY[a.layer] - LAYER_PRIORITY[b.layer] ||
      (TYPE_ORDER[a.featureType] ?? 2) - (TYPE_ORDER[b.featureType] ?? 2) ||
      (b.population ?? 0) - (a.population ?? 0),
  );
}

export function placeAnnotations(doc: Document, mentions: readonly RawMention[]): AnnotationInput<'place'>[] {
  const text = doc.text;
  const sentences = doc.layer('sentence');
  const distances = doc.layer('quantity').filter((q) => q.attrs.kind === 'distance');
  const types = propagateListTypes(text, mentions);
  return mentions.map((m, i) => {
    const prev = mentions[i - 1];
    const next = mentions[i + 1];
    const samePrev = prev !== undefined && prev.sentence === m.sentence ? prev : undefined;
    const sameNext = next !== undefined && next.sentence === m.sentence ? next : undefined;
    const sentenceStart = sentences[m.sentence]?.start ?? 0;
    const rel = relativeBefore(text, sentenceStart, m, distances);
    const relative: PlaceRelative | null = rel === null ? null : { ...rel, anchorOf: anchorOf(text, samePrev, rel.phrase.start) };
    const type = types[i] ?? null;
    const ranked = rankCandidates(m.candidates);
    return {
      start: m.start,
      end: m.end,
      attrs: {
        name: m.name,
        key: normalizeName(m.name),
        candidates: ranked.slice(0, MAX_CANDIDATES).map((c) => c.id),
        candidateCount: ranked.length,
        cue: m.cue,
        type,
        anchored: m.anchored,
        within: withinNext(text, m, sameNext, type !== null),
        relative,
      },
    };
  });
}

/** A plural descriptor after a list, or a descriptor before "of" a list, names the kind of every item. */
function propagateListTypes(text: string, mentions: readonly RawMention[]): (RawMention['type'])[] {
  const types = mentions.map((m) => m.type);
  const linked = (a: RawMention, b: RawMention): boolean => a.sentence === b.sentence && LIST_GAP.test(text.slice(a.end, b.start));
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as RawMention;
    if (m.type === null) continue;
    if (PLURAL_DESCRIPTOR.test(text.slice(m.start, m.end))) {
      for (let j = i - 1; j >= 0 && types[j] === null && linked(mentions[j] as RawMention, mentions[j + 1] as RawMention); j--) types[j] = m.type;
    }
    if (/\bof\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 40), m.start)) || m.cue === 'of-descriptor') {
      for (let j = i + 1; j < mentions.length && types[j] === null && linked(mentions[j - 1] as RawMention, mentions[j] as RawMention); j++) types[j] = m.type;
    }
  }
  return types;
}
