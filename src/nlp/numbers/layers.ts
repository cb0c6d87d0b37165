/** The layer assigned by the numbers stage (see numbers-stage.ts). */
import type { RangeRef } from '../structure/layers.js';

export type QuantityKind =
  | 'count'
  | 'range'
  | 'age'
  | 'percent'
  | 'distance'
  | 'money'
  | 'ordinal'
  | 'year'
  | 'duration'
  | 'vague';

/** How the text qualifies the number: "about 1000", "at least 14", "up to 20", "dozens". */
export type Approx =
  | 'exact'
  | 'about'
  | 'at-least'
  | 'at-most'
  | 'more-than'
  | 'less-than'
  | 'nearly'
  | 'up-to'
  | 'vague';

/** Compass bearing of a relative location ("22km east of Mosul" is E). */
export type Direction = 'N' | 'NE' | 'E' | 'SE' | 'S' | 'SW' | 'W' | 'NW';

/**
 * One number expression. `value` is the single number the text states (null
 * for ranges and vague words); `low`/`high` are the bounds it implies:
 *
 * | approx                               | low   | high  |
 * |--------------------------------------|-------|-------|
 * | exact ("14")                         | value | value |
 * | about ("some 150")                   | null  | null  |
 * | at-least, more-than ("over 40,000")  | value | null  |
 * | at-most, up-to, less-than, nearly    | null  | value |
 * | ranges ("3000-5000", "between 20 and 30") | stated low | stated high |
 * | vague ("dozens", see vague-amounts.ts)    | convention | null |
 */
export interface QuantityAttrs {
  kind: QuantityKind;
  value: number | null;
  low: number | null;
  high: number | null;
  approx: Approx;
  /** 'km', 'm', 'mi', 'ft', 'yd', 'nmi', '%', 'pp', an ISO 4217 code ('USD'), or a time unit ('years'); null for plain numbers. */
  unit: string | null;
  /** True when a number in the expression is written in words ("two", "a dozen", "hundreds"). */
  words: boolean;
  /** Distances only: the distance in kilometres (the value, the middle of a range, or the lower bound of a vague amount). */
  km: number | null;
  /** Distances only: the bearing from the anchor ("east of" is E). */
  direction: Direction | null;
  /** Distances only: the place measured from ("Mosul" in "22km east of Mosul"). */
  anchor: RangeRef | null;
  /** Distances only: true when a place is given but no bearing ("800 metres from Karama"), i.e. a ring around it. */
  ring: boolean;
  /** What is counted ("fighters" in "3000-5000 fighters"), or whose age it is ("Emad Hassan", "boy"). */
  counted: RangeRef | null;
}

declare module '../../core/layers.js' {
  interface LayerTypes {
    /** A number expression with its reading; dates, times and identifiers ("F-16", "Resolution 2254") are not quantities. */
    quantity: QuantityAttrs;
  }
}
