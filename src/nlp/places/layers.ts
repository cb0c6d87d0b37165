/** The layer assigned by the places stage (see places-stage.ts). */
import type { Direction } from '../numbers/layers.js';
import type { RangeRef } from '../structure/layers.js';

/** Which rule found a mention. `gazetteer` needs no context; the others found a name the gazetteer may not know. */
export type PlaceCue =
  | 'gazetteer'
  | 'dateline'
  | 'descriptor' // "the Tahrir district", "Ali Rash village"
  | 'of-descriptor' // "village of X", "the neighbourhoods of X, Y and Z"
  | 'comma-container' // "Kelleyland, Louisiana"
  | 'relative' // "near X", "outskirts of X", "east of X", "800 metres from X"
  | 'preposition'; // "in X", "at X": only for names that look like names

/**
 * The kind of place the words around a name say it is ("village", "air base").
 * `facility` kinds name something at a place: when the gazetteer lacks the
 * facility itself, the mention is anchored to the place it is named after.
 */
export type PlaceTypeCue =
  | 'country'
  | 'province'
  | 'district'
  | 'neighbourhood'
  | 'city'
  | 'town'
  | 'village'
  | 'area'
  | 'camp'
  | 'base'
  | 'airport'
  | 'university'
  | 'facility'
  | 'river'
  | 'mountain';

/** What the text says about where the place lies relative to this mention's place. */
export interface PlaceRelative {
  /** How the relation is written. */
  kind: 'distance' | 'near' | 'outskirts' | 'direction';
  /** Kilometres from this place, when a distance is stated. */
  distanceKm: number | null;
  /** Bearing from this place to the located point ("east of X" is E). */
  direction: Direction | null;
  /** True when a distance is given without a bearing: a ring around this place. */
  ring: boolean;
  /** The words of the relation: "22km east of", "on the eastern outskirts of". */
  phrase: RangeRef;
  /** The mention this one locates ("Bartella" in "Bartella, 22km east of Mosul"), when there is one. */
  anchorOf: RangeRef | null;
}

export interface PlaceAttrs {
  /** The name as written, without a descriptor: "Gogjali" of "the Gogjali neighbourhood". */
  name: string;
  /** The name's normalised key (`normalizeName`), so mentions of one name can be grouped. */
  key: string;
  /** Gazetteer ids of the places the name may mean, best prior first (at most 10). */
  candidates: string[];
  /** How many candidates the gazetteer had before the list was cut. */
  candidateCount: number;
  cue: PlaceCue;
  /** The kind of place the text says it is, or null. */
  type: PlaceTypeCue | null;
  /** True when the mention names a facility the gazetteer lacks, so `candidates` are the places it is named after. */
  anchored: boolean;
  /** The place this one is said to lie in ("X, Y", "X in Y", "the X district of Y"), as a span of that mention. */
  within: RangeRef | null;
  relative: PlaceRelative | null;
}

declare module '../../core/layers.js' {
  interface LayerTypes {
    /** A toponym inside a sentence, with the gazetteer entries it may refer to; resolution is the geocode stage's. */
    place: PlaceAttrs;
  }
}

export {};
