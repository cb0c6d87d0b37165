/**
 * A trigger while the parsers and refiners work on it: token positions in
 * its sentence view plus everything the layer will say about it. Refiners
 * fill in or drop candidates; `toAnnotation` turns a survivor into the layer.
 */
import type { AnnotationInput } from '../../core/layers.js';
import type { Modality } from '../../core/records.js';
import type { EventType } from './event-types.js';
import type { CueSpan } from './layers.js';
import type { TriggerEntry } from './lexicon.js';
import type { SentenceView } from './sentence-view.js';
import './layers.js';

export interface Candidate {
  readonly entry: TriggerEntry;
  /** First token (index into the view's tokens). */
  first: number;
  /** Token after the last one. */
  end: number;
  /** Token ranges covered by the gaps of the form ("drove [Islamic State militants] from"). */
  readonly gaps: ReadonlyArray<readonly [number, number]>;
  /** Read as a noun ("the fighting", "their shelling") rather than a verb. */
  nominal: boolean;
  /** A participle describing the noun after it ("the recaptured town"). */
  attributive: boolean;
  voice: 'active' | 'passive' | null;
  type: EventType | null;
  altTypes: EventType[];
  modality: Modality | null;
  modalityCue: CueSpan | null;
  background: boolean;
  backgroundCue: CueSpan | null;
  rules: string[];
}

export function newCandidate(entry: TriggerEntry, first: number, end: number, gaps: Candidate['gaps']): Candidate {
  return {
    entry,
    first,
    end,
    gaps,
    nominal: entry.pos === 'noun',
    attributive: false,
    voice: null,
    type: null,
    altTypes: [],
    modality: null,
    modalityCue: null,
    background: false,
    backgroundCue: null,
    rules: [],
  };
}

/** Character span of tokens [first, end) of a view. */
export function spanOfTokens(view: SentenceView, first: number, end: number): CueSpan {
  return { start: view.tokens[first]!.start, end: view.tokens[end - 1]!.end };
}

export function toAnnotation(c: Candidate, view: SentenceView): AnnotationInput<'event-trigger'> | null {
  if (c.type === null) return null;
  const span = spanOfTokens(view, c.first, c.end);
  return {
    start: span.start,
    end: span.end,
    attrs: {
      type: c.type,
      altTypes: c.altTypes.filter((t) => t !== c.type),
      lexeme: c.entry.id,
      pos: c.entry.pos === 'phrase' ? 'phrase' : c.nominal ? 'noun' : 'verb',
      voice: c.nominal ? null : c.voice,
      sentence: view.index,
      modality: c.modality ?? 'asserted',
      modalityCue: c.modalityCue,
      background: c.background,
      backgroundCue: c.backgroundCue,
      rules: c.rules,
    },
  };
}
