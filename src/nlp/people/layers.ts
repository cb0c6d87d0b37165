/** The layer assigned by the people stage (see people-stage.ts). */
import type { RangeRef } from '../structure/layers.js';

/** How a mention names the person: in full ("Sami al-Aridi"), by surname ("Aridi"), by pronoun, or by title alone ("the Foreign Secretary"). */
export type PersonMentionKind = 'full' | 'surname' | 'pronoun' | 'title';

export type Gender = 'female' | 'male';

/** The organisation a person speaks or acts for: an actor mention, or a named body the actor dictionary lacks. */
export interface Affiliation extends RangeRef {
  canonical: string;
  side: string | null;
  /** Actor dictionary id, or null for a body the dictionary does not know ("Kesh Malek"). */
  actor: string | null;
  /** False when taken from the actor dictionary (a known leader's party) rather than the text; the range is then the name's. */
  stated: boolean;
}

export interface PersonAttrs {
  /** The same for every mention of one person in the document. */
  personId: string;
  /** The fullest name the document writes ("Sami al-Aridi"); for a known leader named by surname only, the dictionary's name. */
  full: string;
  /** Rank or office, canonical form ("Major General", "Prime Minister", "Lieutenant Colonel"), or null. */
  title: string | null;
  /** What the person is or does, as written ("former policeman", "spokeswoman", "executive director"), or null. */
  role: string | null;
  affiliation: Affiliation | null;
  age: number | null;
  mention: PersonMentionKind;
  gender: Gender | null;
  /** Title, name and apposition together ("Emad Hassan, 33, a former policeman"): the words that describe the person here. */
  extent: RangeRef;
  /** Known leaders: the actor dictionary id ("haider-al-abadi"). */
  actor: string | null;
}

declare module '../../core/layers.js' {
  interface LayerTypes {
    /** A mention of a person; later mentions (surname, pronoun, title) carry the personId of the first. */
    person: PersonAttrs;
  }
}
