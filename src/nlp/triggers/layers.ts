/** The layer assigned by the triggers stage (see triggers-stage.ts): stage 1 of event extraction. */
import type { Modality } from '../../core/records.js';

export interface CueSpan {
  start: number;
  end: number;
}

export interface TriggerAttrs {
  /** DESIGN.md §3 type, e.g. 'battle.territory'. */
  type: string;
  /** Other types an analyst could defend for the same words. */
  altTypes: string[];
  /** Lexicon entry id (data/events/triggers.yaml), e.g. 'enter', 'air-strike'. */
  lexeme: string;
  pos: 'verb' | 'noun' | 'phrase';
  /** Null for nouns and for phrases that are not verbal. */
  voice: 'active' | 'passive' | null;
  /** Index into the sentence layer. */
  sentence: number;
  modality: Modality;
  /** The words that set the modality ("allegedly", "will be", "according to"); null when asserted. */
  modalityCue: CueSpan | null;
  /** History told as context ("drove out … in 2014"). */
  background: boolean;
  backgroundCue: CueSpan | null;
  /** Ids of the refiners that changed or confirmed it, e.g. 'sense/object-person', 'modality/reported'. */
  rules: string[];
}

declare module '../../core/layers.js' {
  interface LayerTypes {
    /** The words that make a sentence report a happening of a DESIGN.md §3 type, with its modality and whether it is background. */
    'event-trigger': TriggerAttrs;
  }
}
