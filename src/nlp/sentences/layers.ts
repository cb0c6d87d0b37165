/** Layers assigned by the sentences stage. */
import type { ParagraphRole } from '../structure/layers.js';

declare module '../../core/layers.js' {
  interface LayerTypes {
    /** A sentence of a readable paragraph (title, headline, body, caption); boilerplate and bylines have none. */
    sentence: {
      /** Index into the `paragraph` layer of the paragraph holding it. */
      paragraph: number;
      role: ParagraphRole;
    };
    /** A token with its part of speech (Universal POS tags, as wink-nlp gives them). */
    token: {
      pos: string;
      /** Lower-cased, with typographic apostrophes made straight ("Didn’t" → "didn't"), for lexicon lookups. */
      norm: string;
      /** Index into the `sentence` layer. */
      sentence: number;
    };
    /**
     * A dateline opening a story: "BAGHDAD (Reuters) -", "MOSUL, Iraq —", or
     * "ADEN" in wire copy whose "(Reuters) -" was stripped. It belongs to no
     * sentence, so its words have no tokens.
     */
    dateline: {
      /** The place as written, title-cased when written in capitals: "Baghdad", "Winston-Salem". */
      place: string;
      country: string | null;
      agency: string | null;
      /** A date written in the dateline ("March 17"), as written. */
      date: string | null;
    };
  }
}

export {};
