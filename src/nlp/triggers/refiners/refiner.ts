/**
 * Refiners run in order over the candidates of one sentence (see refine.ts):
 * each owns one concern and returns the candidates it keeps, changed or not.
 */
import type { Candidate } from '../candidate.js';
import type { DateAttrs } from '../../dates/layers.js';
import type { Lexicon } from '../lexicon.js';
import type { SentenceView } from '../sentence-view.js';

/** A date mention of the sentence, placed on the view's tokens. */
export interface SentenceDate {
  readonly first: number;
  readonly end: number;
  readonly attrs: DateAttrs;
}

export interface RefineContext {
  readonly view: SentenceView;
  readonly lexicon: Lexicon;
  readonly dates: readonly SentenceDate[];
  /** The document's "now", `YYYY-MM-DD` (its publication date), or null when unknown. */
  readonly reference: string | null;
}

export type Refiner = (candidates: Candidate[], ctx: RefineContext) => Candidate[];
