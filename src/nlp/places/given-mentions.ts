/**
 * Place mentions at spans someone else chose: a geoparsing corpus's gold
 * toponyms, so the resolver can be scored apart from recognition. The
 * candidates come from the same lookup as the stage's; a demonym given as a
 * toponym ("Turkish") stands for its country.
 */
import type { Document } from '../../core/document.js';
import type { Stage } from '../../core/stage.js';
import type { Candidate } from '../../geo/index.js';
import { placeAnnotations } from './describe-mentions.js';
import type { RawMention } from './find-places.js';
import type { PlaceKnowledge } from './knowledge.js';
import './layers.js';
import '../sentences/layers.js';

export interface GivenSpan {
  start: number;
  end: number;
}

export function givenMentions(doc: Document, spans: readonly GivenSpan[], k: PlaceKnowledge): RawMention[] {
  const sentences = doc.layer('sentence');
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end).filter((s, i, all) => i === 0 || s.start >= (all[i - 1] as GivenSpan).end);
  return sorted.map((s) => {
    const name = doc.text.slice(s.start, s.end).replace(/['’]s$/, '');
    const sentence = Math.max(0, sentences.findIndex((x) => x.start <= s.start && s.start < x.end));
    return { start: s.start, end: s.end, name, candidates: candidatesFor(name, k), type: null, anchored: false, cue: 'gazetteer', sentence };
  });
}

/** A demonym means its country before it means a village spelled like it ("Russian", not Rosian). */
function candidatesFor(name: string, k: PlaceKnowledge): Candidate[] {
  const code = k.demonyms.byWord.get(name.toLowerCase());
  const country = code === undefined || code === null ? null : k.gazetteer.get(`world:country:${code}`);
  return country === null ? k.lookup(name) : [{ ...country, matchedKey: name.toLowerCase(), sameAs: [] }];
}

/** A stage assigning `place` at the spans `spansOf` gives for each document, in place of recognition. */
export function givenPlacesStage(spansOf: (doc: Document) => readonly GivenSpan[], k: PlaceKnowledge): Stage {
  return {
    name: 'given-places',
    version: '1',
    requires: ['sentence'],
    assigns: ['place'],
    run(doc) {
      return { layers: { place: placeAnnotations(doc, givenMentions(doc, spansOf(doc), k)) } };
    },
  };
}
