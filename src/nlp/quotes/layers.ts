/** Layers assigned by the quotes stage (see quotes-stage.ts). */
import type { RangeRef } from '../structure/layers.js';

/**
 * Who said it: a person (through the person layer, so "he" is the person
 * named before), an actor ("the Kremlin", "Islamic State"), or a generic
 * source ("officials", "a security official", "a military statement").
 * An outlet is never the speaker: it is the `via`.
 */
export interface Speaker {
  kind: 'person' | 'actor' | 'source';
  /** A person's full name; an actor or source as written, without its article ("Kremlin", "security official"). */
  name: string;
  personId: string | null;
  title: string | null;
  role: string | null;
  /** Canonical name of the body the speaker belongs to (a person's affiliation, or the actor itself). */
  affiliation: string | null;
  side: string | null;
  /** Actor dictionary id of the speaker (actors) or of its affiliation (people, sources), or null. */
  actor: string | null;
}

/** The news organisation that carried the words ("told Reuters", "CNN reported"). */
export interface Via extends RangeRef {
  /** Outlet dictionary id, or null for a generic carrier ("state television"). */
  id: string | null;
  canonical: string;
}

/** full: a quoted sentence or more; fragment: a few words inside a sentence ("called it “sad”"); term: a name or title in quotes ("the “caliphate”", a film). */
export type QuoteKind = 'full' | 'fragment' | 'term';

export interface QuoteAttrs {
  /** The quoted words, without the marks. */
  text: RangeRef;
  /** True for words attributed to someone or a full quotation; false for scare quotes, titles and unattributed fragments. */
  direct: boolean;
  kind: QuoteKind;
  speaker: Speaker | null;
  /** The words naming the speaker here ("he", "said Shehwaro", "the statement"). */
  speakerSpan: RangeRef | null;
  /** The reporting verb as written ("said", "told", "according to"), or null. */
  cue: string | null;
  cueSpan: RangeRef | null;
  outlet: Via | null;
  /** The speaker comes from the quotation before it ("“A,” he said. “B.”") rather than a cue of its own. */
  inherited: boolean;
  /** A mark was a `?` standing for a curly quote lost to encoding. */
  recovered: boolean;
}

export interface AttributionAttrs {
  speaker: Speaker | null;
  speakerSpan: RangeRef | null;
  cue: string;
  cueSpan: RangeRef;
  /** The outlet that carried the claim, or null. */
  via: Via | null;
  /** True when the content is a direct quotation (see the quote layer), false for reported speech. */
  direct: boolean;
}

declare module '../../core/layers.js' {
  interface LayerTypes {
    /** A quotation between quote marks (straight, curly or recovered `?`), with its speaker when the text gives one. */
    quote: QuoteAttrs;
    /** Content someone is reported to have said or claimed ("X said (that) …", "according to X", "CNN reported"): the span is the content. */
    attribution: AttributionAttrs;
  }
}
