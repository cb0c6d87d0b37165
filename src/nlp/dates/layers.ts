/** Layers assigned by the dates stage (see dates-stage.ts). */

export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'range' | 'time';
export type DateKind = 'absolute' | 'relative' | 'weekday' | 'since' | 'until' | 'duration-ago' | 'part-of-day';
export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';
/** What the relative parts of a date were resolved against. */
export type DateReferenceSource = 'publication' | 'timestamp';

/** Which calendar parts the text itself states; the rest were inferred from the reference date. */
export interface StatedParts {
  year: boolean;
  month: boolean;
  day: boolean;
  weekday: boolean;
  time: boolean;
}

export interface DateAttrs {
  /** The day meant, `YYYY-MM-DD`, when the expression names one day; null for longer periods or when unresolved. */
  value: string | null;
  /** Inclusive bounds, `YYYY-MM-DD`; a `since` date has no end before the reference, an `until` date no start. */
  start: string | null;
  end: string | null;
  /** `HH:mm` when a clock time is stated ("by noon", "at 4:30 p.m."). */
  time: string | null;
  precision: DatePrecision;
  kind: DateKind;
  stated: StatedParts;
  /** Null when nothing was inferred from a reference date, or when there was none to infer from. */
  reference: DateReferenceSource | null;
  /** The clause reads as future ("will", "is due to", "next Monday") or the date falls after the reference. */
  future: boolean;
  partOfDay: PartOfDay | null;
}

declare module '../../core/layers.js' {
  interface LayerTypes {
    /** A date or time expression in a sentence, resolved against the publication date or the live-blog entry's timestamp. */
    date: DateAttrs;
  }
}
